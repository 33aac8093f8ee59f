/** Where "Edit this page" goes: the content file in the repository's web editor (GitHub, Gitea, Forgejo, GitLab all accept /edit/<branch>/<path>). */
export function editLink(repositoryUrl: string, file: string, branch = "main"): string {
  return `${repositoryUrl.replace(/\/+$/, "")}/edit/${branch}/${file.replace(/^\.?\//, "")}`;
}

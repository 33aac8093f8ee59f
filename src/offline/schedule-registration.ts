/**
 * The offline copy costs nothing before the page is idle: after the load event, at an idle moment,
 * this loads the registration (register.ts). Not in `astro dev`, which has no worker.
 */
if (import.meta.env.PROD && "serviceWorker" in navigator) {
  const idle = "requestIdleCallback" in window ? requestIdleCallback : setTimeout;
  addEventListener("load", () => idle(() => import("./register.ts")), { once: true });
}

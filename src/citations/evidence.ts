import type { EvidenceType, Reference } from "./bibliography.ts";

const LABELS: Record<EvidenceType, string> = {
  review: "Review",
  "clinical-trial": "Clinical trial",
  cohort: "Cohort / retrospective study",
  preclinical: "Preclinical (cell or animal)",
  structural: "Structural study",
  preprint: "Preprint",
  "not-classified": "Not classified",
};

/** "Clinical trial, phase II"; "Not classified" where the title and venue cannot tell. */
export function evidenceLabel(ref: Pick<Reference, "evidence" | "evidencePhase">): string {
  const label = LABELS[ref.evidence];
  return ref.evidencePhase ? `${label}, phase ${ref.evidencePhase}` : label;
}

/** All evidence types with their labels, in a stable order for filters and legends. */
export const EVIDENCE_LABELS = Object.entries(LABELS) as [EvidenceType, string][];

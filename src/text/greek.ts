/** Greek letters as biomedical names use them (NF-κB, PLCγ, β-catenin), spelled in Latin letters. */
const LATIN: Record<string, string> = {
  α: "alpha",
  β: "beta",
  γ: "gamma",
  δ: "delta",
  ε: "epsilon",
  ζ: "zeta",
  η: "eta",
  θ: "theta",
  ι: "iota",
  κ: "kappa",
  λ: "lambda",
  μ: "mu",
  ν: "nu",
  ξ: "xi",
  ο: "omicron",
  π: "pi",
  ρ: "rho",
  σ: "sigma",
  ς: "sigma",
  τ: "tau",
  υ: "upsilon",
  φ: "phi",
  χ: "chi",
  ψ: "psi",
  ω: "omega",
};

/** "NF-κB" → "NF-kappaB"; "Wnt/β-catenin" → "Wnt/beta-catenin". Capitals are lowered first. */
export function spellGreek(text: string): string {
  return text.replace(/[\u0391-\u03A9\u03B1-\u03C9]/g, (c) => LATIN[c.toLowerCase()] ?? c);
}

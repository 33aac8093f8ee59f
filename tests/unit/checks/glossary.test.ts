import { describe, expect, it } from "vitest";
import { checkGlossary } from "../../../src/checks/glossary.ts";
import { cleanTree, edit, run } from "./helpers.ts";

const GLOSSARY = "content/glossary.yaml";

describe("glossary", () => {
  it("names a term defined twice, at the second definition", () => {
    const tree = edit(cleanTree(), GLOSSARY, (t) => `${t}\n- term: ADCs\n  definition: The same thing again.\n`);
    expect(run(checkGlossary, tree)).toEqual([
      `${GLOSSARY}:10:3  glossary entry 3 ("ADCs") › term: the term "ADCs" is defined twice: also as "ADCs" (under "ADC") (entry 1)  (keep one)  [glossary]`,
    ]);
  });

  it("names an alias defined twice", () => {
    const tree = edit(cleanTree(), GLOSSARY, (t) => t.replace("  seeAlso: mapk", "  aliases: [Antibody–drug conjugate]\n  seeAlso: mapk"));
    expect(run(checkGlossary, tree)).toEqual([
      `${GLOSSARY}:6:3  glossary entry 2 ("Dimer") › term: "Antibody–drug conjugate" (under "Dimer") is defined twice: also as "antibody–drug conjugate" (under "ADC") (entry 1)  (keep one)  [glossary]`,
    ]);
  });

  it("names a field the schema does not know", () => {
    const tree = edit(cleanTree(), GLOSSARY, (t) => t.replace("  seeAlso: mapk", "  seeAlsoo: mapk"));
    expect(run(checkGlossary, tree)).toEqual([
      `${GLOSSARY}:8:3  glossary entry 2 ("Dimer") › seeAlsoo is not a known field  (did you mean "seeAlso"?)  [glossary]`,
    ]);
  });
});

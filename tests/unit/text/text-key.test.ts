import { describe, expect, it } from "vitest";
import { textKey } from "../../../src/text/text-key.ts";

describe("textKey", () => {
  it("folds case, Greek letters, accents, punctuation and spaces", () => {
    expect(textKey("NF-κB")).toBe("nfkappab");
    expect(textKey("NF kappa B")).toBe("nfkappab");
    expect(textKey("T-DXd")).toBe("tdxd");
    expect(textKey("PLCγ")).toBe("plcgamma");
    expect(textKey("Pérez")).toBe("perez");
  });

  it("reads an abbreviation the same with or without its hyphen", () => {
    expect(textKey("TDM1")).toBe(textKey("T-DM1"));
  });

  it("matches a title's Greek letters with their spelled-out names", () => {
    expect(textKey("Her2 activates NF-κB … IKKα")).toBe(textKey("Her2 activates NF-kappaB ... IKKalpha"));
  });
});

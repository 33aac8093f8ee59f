import { describe, expect, it } from "vitest";
import { conceptOf, correctionOf, respell } from "../../../src/search/answer.ts";
import type { VocabularyEntry } from "../../../src/search/vocabulary.ts";

const entry = (name: string, aliases: string[], type: string, url: string): VocabularyEntry => ({ name, aliases, type, url, card: "" });
const VOCABULARY = [
  entry("Trastuzumab", ["Herceptin"], "Drug", "/drugs/trastuzumab/"),
  entry("Pertuzumab", ["Perjeta"], "Drug", "/drugs/pertuzumab/"),
  entry("Lapatinib", ["Tykerb"], "Drug", "/drugs/lapatinib/"),
  entry("HER2", ["ERBB2", "neu"], "Glossary", "/glossary/#her2"),
  entry("ADC", ["antibody–drug conjugate"], "Glossary", "/glossary/#adc"),
  entry("HER2-targeted drugs", ["drugs", "HER2 drugs"], "Topic", "/drugs/"),
];

describe("conceptOf", () => {
  it.each([
    ["Herceptin", "/drugs/trastuzumab/"],
    ["herceptin", "/drugs/trastuzumab/"],
    ["what does pertuzumab bind", "/drugs/pertuzumab/"],
    ["which drugs target HER2", "/drugs/"],
    ["antibody drug conjugate", "/glossary/#adc"],
    ["antibody-drug conjugate", "/glossary/#adc"],
    ["ERBB2", "/glossary/#her2"],
  ])("%s → %s", (query, url) => {
    expect(conceptOf(query, VOCABULARY)?.url).toBe(url);
  });

  it("names nothing for a query of filler words or unknown words", () => {
    expect(conceptOf("what is the", VOCABULARY)).toBeUndefined();
    expect(conceptOf("xyzzy", VOCABULARY)).toBeUndefined();
  });
});

describe("correctionOf", () => {
  it("corrects a misspelling when one correction is clearly best", () => {
    expect(correctionOf("trastuzumb", VOCABULARY)).toMatchObject({ to: "Trastuzumab" });
    expect(correctionOf("lapatanib", VOCABULARY)).toMatchObject({ to: "Lapatinib" });
  });

  it("offers none for a word that is far from every name", () => {
    expect(correctionOf("xyzzy", VOCABULARY)).toBeUndefined();
  });
});

describe("respell", () => {
  it("writes US spellings as the pages do, keeping capitals", () => {
    expect(respell("Esophageal tumor", { esophageal: "oesophageal", tumor: "tumour" })).toBe("Oesophageal tumour");
  });
});

describe("plurals", () => {
  it("finds a concept named in the plural", () => {
    const vocabulary = [entry("Dimer", [], "Glossary", "/glossary/#dimer"), entry("TKI", [], "Glossary", "/glossary/#tki")];
    expect(conceptOf("dimers", vocabulary)?.url).toBe("/glossary/#dimer");
    expect(conceptOf("TKIs", vocabulary)?.url).toBe("/glossary/#tki");
    expect(conceptOf("metastasis", [entry("Metastasis", [], "Glossary", "/glossary/#metastasis")])?.url).toBe("/glossary/#metastasis");
  });
});

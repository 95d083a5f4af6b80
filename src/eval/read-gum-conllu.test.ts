import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deriveNamedSpans } from "./gum-named-mentions.js";
import { buildGumText, parseGumConllu, readGumDirectory } from "./read-gum-conllu.js";

// An invented two-sentence document in GUM's CoNLL-U shape (not GUM text).
const SAMPLE = [
  "# newdoc id = invented",
  "# newpar",
  "# text = Professor Ada Quill visited the Royal Harbour Museum.",
  "1\tProfessor\tprofessor\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(1-person-new-x-cf1-1,2,3-coref-Ada_Quill",
  "2\tAda\tAda\tPROPN\tNNP\t_\t3\tflat\t_\t_",
  "3\tQuill\tQuill\tPROPN\tNNP\t_\t4\tnsubj\t_\tEntity=1)",
  "4\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_",
  "5\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\tEntity=(2-place-new-x-cf2-2,3,4-sgl",
  "6\tRoyal\tRoyal\tPROPN\tNNP\t_\t8\tcompound\t_\t_",
  "7\tHarbour\tHarbour\tPROPN\tNNP\t_\t8\tcompound\t_\t_",
  "8\tMuseum\tMuseum\tPROPN\tNNP\t_\t4\tobj\t_\tEntity=2)|SpaceAfter=No",
  "9\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
  "",
  "# newpar",
  "# text = She liked it.",
  "1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv-x-cf1-1-ana)",
  "2\tliked\tlike\tVERB\tVBD\t_\t0\troot\t_\t_",
  "3\tit\tit\tPRON\tPRP\t_\t2\tobj\t_\tEntity=(3-object-new-x-cf3-1-sgl)|SpaceAfter=No",
  "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
  "",
].join("\n");

describe("parseGumConllu", () => {
  const doc = parseGumConllu("invented", SAMPLE);

  it("reads nested and single-token mentions with their coreference ids", () => {
    expect(doc.mentions.map((m) => [m.entity, m.type, m.start, m.end, m.identity])).toEqual([
      ["1", "person", 0, 3, "Ada_Quill"],
      ["2", "place", 4, 8, null],
      ["1", "person", 9, 10, null],
      ["3", "object", 11, 12, null],
    ]);
  });

  it("rebuilds the text with SpaceAfter and paragraph breaks", () => {
    const { text, offsets } = buildGumText(doc);
    expect(text).toBe("Professor Ada Quill visited the Royal Harbour Museum.\n\nShe liked it.");
    const [a, b] = offsets[9] ?? [0, 0];
    expect(text.slice(a, b)).toBe("She");
  });

  it("derives named spans from minimal spans of proper-noun-headed mentions", () => {
    expect(deriveNamedSpans(doc).map((s) => [s.start, s.end, s.cls])).toEqual([
      [0, 3, "PERSON"],
      [5, 8, "PLACE"],
    ]);
  });
});

// Invented: a title alone ("the Secretary"), a plural group ("Muslims"), a titled name.
const TITLES = [
  "# newdoc id = titles",
  "# newpar",
  "# text = The Secretary met Muslims and Secretary Ada Quill.",
  "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1-person-new-x-cf1-2-coref",
  "2\tSecretary\tSecretary\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=1)",
  "3\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_",
  "4\tMuslims\tMuslim\tPROPN\tNNPS\t_\t3\tobj\t_\tEntity=(2-person-new-x-cf2-1-sgl)",
  "5\tand\tand\tCCONJ\tCC\t_\t8\tcc\t_\t_",
  "6\tSecretary\tSecretary\tPROPN\tNNP\t_\t8\tcompound\t_\tEntity=(3-person-new-x-cf3-1,2,3-sgl",
  "7\tAda\tAda\tPROPN\tNNP\t_\t8\tflat\t_\t_",
  "8\tQuill\tQuill\tPROPN\tNNP\t_\t4\tconj\t_\tEntity=3)|SpaceAfter=No",
  "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_",
  "",
].join("\n");

describe("GUM person mentions that are not personal names", () => {
  const spans = deriveNamedSpans(parseGumConllu("titles", TITLES));
  it.each([
    ["a title alone with 'the' is a role nominal, not a name", 1, undefined],
    ["a plural proper noun is a group (OTHER, our NORP)", 3, "OTHER"],
    ["a title before a name stays a personal name (negative case)", 5, "PERSON"],
  ])("%s", (_, start, cls) => {
    expect(spans.find((s) => s.start === start)?.cls).toBe(cls);
  });
});

const GUM_DEV = new URL("../../../shared/data/gum/dev", import.meta.url);

describe.skipIf(!existsSync(GUM_DEV))("GUM dev (skipped: ../shared/data/gum is absent)", () => {
  it("reads every document with mentions", () => {
    const docs = readGumDirectory(GUM_DEV.pathname);
    expect(docs.length).toBeGreaterThan(0);
    for (const d of docs) expect(d.mentions.length).toBeGreaterThan(0);
    const named = docs.reduce((n, d) => n + deriveNamedSpans(d).length, 0);
    expect(named).toBeGreaterThan(100);
  });
});

import { readFileSync } from "node:fs";
import type { ConlluDocument } from "./read-conllu.js";

/** A gold `<date>` of GUM's XML, placed on the CoNLL-U text. */
export interface GoldDate {
  span: [number, number];
  text: string;
  /** Attributes as written: when, from, to, notBefore, notAfter. */
  attributes: Record<string, string>;
}

export interface GumDates {
  /** `dateCreated` from the header: the document date. */
  documentDate: string | null;
  dates: GoldDate[];
}

const OPEN_DATE = /^<date\b([^>]*)>/;
const ATTRIBUTE = /(\w+)="([^"]*)"/g;

/**
 * Reads the `<date>` elements of a GUM XML file. The XML lists one word a line in the same order
 * as the CoNLL-U words, so the n-th XML word is the n-th CoNLL-U word.
 */
export function readGumDates(xmlPath: string, doc: ConlluDocument): GumDates {
  const lines = readFileSync(xmlPath, "utf8").split("\n");
  const words = doc.sentences.flatMap((s) => s.words);
  const header = /dateCreated="([^"]+)"/.exec(lines[0] ?? "");
  const open: Array<{ attributes: Record<string, string>; first: number }> = [];
  const dates: GoldDate[] = [];
  let index = 0;
  for (const line of lines) {
    const m = OPEN_DATE.exec(line);
    if (m) {
      const attributes: Record<string, string> = {};
      for (const a of (m[1] ?? "").matchAll(ATTRIBUTE)) attributes[a[1] ?? ""] = a[2] ?? "";
      open.push({ attributes, first: index });
    } else if (line.startsWith("</date>")) {
      const date = open.pop();
      const first = date ? words[date.first] : undefined;
      const last = words[index - 1];
      if (date && first && last && index > date.first) {
        const span: [number, number] = [first.span[0], last.span[1]];
        dates.push({ span, text: doc.text.slice(span[0], span[1]), attributes: date.attributes });
      }
    } else if (line.includes("\t")) index++;
  }
  if (index !== words.length)
    throw new Error(`${xmlPath}: ${index} XML words, ${words.length} CoNLL-U words`);
  return { documentDate: header?.[1] ?? null, dates: dates.sort((a, b) => a.span[0] - b.span[0]) };
}

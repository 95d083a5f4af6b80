import type { Paragraph, Span } from "../../model.js";

/** A stretch of text inside quotation marks; may run over several paragraphs. */
export interface QuoteRegion {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark (or the end of the last piece when unclosed). */
  close: number;
  /** What stands inside the marks, one piece per paragraph. */
  pieces: Span[];
  /** False when no closing mark was found: the region stops at its paragraph's end. */
  closed: boolean;
  /** Paragraph index of the first and last piece. */
  firstParagraph: number;
  lastParagraph: number;
}

type Family = "double" | "single";

interface Mark {
  at: number;
  length: number;
  family: Family;
  canOpen: boolean;
  canClose: boolean;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);

/** Reads the quotation mark at `i`, if any, with whether it may open or close. */
function readMark(text: string, i: number, start: number, end: number): Mark | null {
  const c = text[i];
  const prev = i > start ? text[i - 1] : undefined;
  if ((c === "'" || c === "`") && text[i + 1] === c && i + 1 < end) {
    // `` and '' stand for double marks in some wire texts.
    const after = i + 2 < end ? text[i + 2] : undefined;
    return {
      at: i,
      length: 2,
      family: "double",
      canOpen: c === "`" || (isSpace(prev) && !isSpace(after)) || prev === "(",
      canClose: c === "'" && !isSpace(prev),
    };
  }
  const next = i + 1 < end ? text[i + 1] : undefined;
  switch (c) {
    case "“":
      return {
        at: i,
        length: 1,
        family: "double",
        canOpen: true,
        canClose: !isSpace(prev) && !isWordChar(next),
      };
    case "”":
      return { at: i, length: 1, family: "double", canOpen: false, canClose: true };
    case "„":
    case "«":
      return { at: i, length: 1, family: "double", canOpen: true, canClose: false };
    case "»":
      return { at: i, length: 1, family: "double", canOpen: false, canClose: true };
    case '"':
      return {
        at: i,
        length: 1,
        family: "double",
        canOpen: !isWordChar(prev) || isSpace(prev),
        canClose: !isSpace(prev),
      };
    case "‘":
      return {
        at: i,
        length: 1,
        family: "single",
        canOpen: !isWordChar(prev) && !isSpace(next),
        canClose: false,
      };
    case "’":
    case "'":
      // An apostrophe inside a word (it’s, voters’ ) is not a mark.
      if (isWordChar(prev) && isWordChar(next)) return null;
      return {
        at: i,
        length: 1,
        family: "single",
        canOpen: c === "'" && !isWordChar(prev) && isWordChar(next),
        canClose: !isSpace(prev) && !isWordChar(next),
      };
    default:
      return null;
  }
}

interface Open {
  at: number;
  family: Family;
  contentStart: number;
  paragraph: number;
  pieces: Span[];
}

/**
 * Finds quotation regions paragraph by paragraph, in one pass. Double marks make top-level
 * regions; single marks count only outside double ones (elsewhere they are nested quotes or
 * apostrophes). An unclosed region stops at its paragraph's end unless the next paragraph opens
 * with a mark (the convention for a quotation running over several paragraphs).
 */
export function findQuoteRegions(text: string, paragraphs: Paragraph[]): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let carry: Open | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const [start, end] = (paragraphs[p] as Paragraph).span;
    let open: Open | null = null;
    let i = start;
    while (i < end && isSpace(text[i])) i++;
    if (carry) {
      const c: Open = carry;
      const m = readMark(text, i, start, end);
      if (m?.canOpen && m.family === c.family) {
        open = { ...c, contentStart: i + m.length };
        i += m.length;
      } else {
        regions.push(finishRegion(c, c.pieces.at(-1)?.[1] ?? c.contentStart, false));
      }
      carry = null;
    }
    for (; i < end; i++) {
      const m = readMark(text, i, start, end);
      if (!m) continue;
      if (open && m.family === open.family && m.canClose) {
        open.pieces.push([open.contentStart, i]);
        regions.push(finishRegion(open, i + m.length, true, p));
        open = null;
      } else if (!open && m.canOpen) {
        open = { at: i, family: m.family, contentStart: i + m.length, paragraph: p, pieces: [] };
      }
      i += m.length - 1;
    }
    if (open) {
      let e = end;
      while (e > open.contentStart && isSpace(text[e - 1])) e--;
      open.pieces.push([open.contentStart, e]);
      // Single marks left open are apostrophes far more often than quotations.
      if (open.family === "double") carry = open;
    }
  }
  if (carry)
    regions.push(finishRegion(carry, carry.pieces.at(-1)?.[1] ?? carry.contentStart, false));
  return regions.filter((r) => r.pieces.some(([a, b]) => b > a));
}

function finishRegion(
  o: Open,
  close: number,
  closed: boolean,
  lastParagraph?: number,
): QuoteRegion {
  const pieces = o.pieces.filter(([a, b]) => b > a);
  const lp = lastParagraph ?? o.paragraph + Math.max(0, o.pieces.length - 1);
  return { open: o.at, close, pieces, closed, firstParagraph: o.paragraph, lastParagraph: lp };
}

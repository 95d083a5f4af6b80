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
  // "''... 'a special case,''' Mr. Putin said": after a word, three marks close a nested single
  // quotation and then the double one; read the first alone so '' closes the outer quote.
  const tripled = c === "'" && text[i + 1] === "'" && text[i + 2] === "'" && i + 2 < end;
  if (tripled && !isSpace(prev)) {
    return { at: i, length: 1, family: "single", canOpen: false, canClose: true };
  }
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
        // "'a flight to quality,' " he said": a space may part a nested closing mark from it.
        canClose: !isSpace(prev) || (i - 2 >= start && /['’]/.test(text[i - 2] ?? "")),
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
  /** The opening mark as written, to match its closing mark. */
  style: string;
  contentStart: number;
  paragraph: number;
  pieces: Span[];
}

/** Closing marks that may end a quotation opened with each mark. */
const CLOSERS: Record<string, string[]> = {
  "“": ["”", "“", '"'],
  "„": ["“", "”"],
  "«": ["»"],
  '"': ['"', "”", "“"],
  "``": ["''", "”"],
  "''": ["''", "”"],
  "‘": ["’"],
  "'": ["'", "’"],
};

function closes(open: Open, text: string, m: Mark): boolean {
  if (m.family !== open.family || !m.canClose) return false;
  const mark = text.slice(m.at, m.at + m.length);
  return (CLOSERS[open.style] ?? []).includes(mark);
}

interface ScanResult {
  regions: QuoteRegion[];
  open: Open | null;
}

/** Scans one paragraph from `from`, continuing `open` if given. Linear in the paragraph. */
function scanParagraph(
  text: string,
  p: number,
  from: number,
  end: number,
  start: number,
  carried: Open | null,
): ScanResult {
  const regions: QuoteRegion[] = [];
  let open = carried;
  for (let i = from; i < end; i++) {
    const m = readMark(text, i, start, end);
    if (!m) continue;
    if (open && closes(open, text, m)) {
      open.pieces.push([open.contentStart, i]);
      regions.push(finishRegion(open, i + m.length, true, p));
      open = null;
    } else if (!open && m.canOpen) {
      const style = text.slice(i, i + m.length);
      open = {
        at: i,
        family: m.family,
        style,
        contentStart: i + m.length,
        paragraph: p,
        pieces: [],
      };
    }
    i += m.length - 1;
  }
  return { regions, open };
}

/** The mark that opens paragraph `p`, as written, or null. */
function openingMarkOf(text: string, paragraph: Paragraph | undefined): string | null {
  if (!paragraph) return null;
  let i = paragraph.span[0];
  while (i < paragraph.span[1] && isSpace(text[i])) i++;
  const m = readMark(text, i, paragraph.span[0], paragraph.span[1]);
  return m?.canOpen ? text.slice(i, i + m.length) : null;
}

/**
 * Finds quotation regions paragraph by paragraph. Double marks make top-level regions; single
 * marks count only outside double ones (elsewhere they are nested quotes or apostrophes). A
 * region left open at a paragraph's end continues when the next paragraph opens with the same
 * mark (a quotation running over several paragraphs); one opened at the paragraph's start ends
 * there; one opened mid-paragraph is a stray mark, and the rest of the paragraph is read again
 * without it (once, so the pass stays linear).
 */
export function findQuoteRegions(text: string, paragraphs: Paragraph[]): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let carry: Open | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const [start, end] = (paragraphs[p] as Paragraph).span;
    let i = start;
    while (i < end && isSpace(text[i])) i++;
    let open: Open | null = null;
    if (carry) {
      const m = readMark(text, i, start, end);
      open = { ...carry, contentStart: i + (m?.length ?? 0) };
      i += m?.length ?? 0;
      carry = null;
    }
    const first = scanParagraph(text, p, i, end, start, open);
    for (const r of first.regions) regions.push(r);
    let left = first.open;
    if (
      left &&
      left.paragraph === p &&
      left.at > i &&
      openingMarkOf(text, paragraphs[p + 1]) !== left.style
    ) {
      const again = scanParagraph(text, p, left.at + left.style.length, end, start, null);
      for (const r of again.regions) regions.push(r);
      left = null;
    }
    if (!left) continue;
    let e = end;
    while (e > left.contentStart && isSpace(text[e - 1])) e--;
    left.pieces.push([left.contentStart, e]);
    // Single marks left open are apostrophes far more often than quotations.
    if (left.family !== "double") continue;
    if (openingMarkOf(text, paragraphs[p + 1]) === left.style) carry = left;
    else regions.push(finishRegion(left, e, false, p));
  }
  if (carry) {
    const last = carry.pieces.at(-1)?.[1] ?? carry.contentStart;
    regions.push(finishRegion(carry, last, false, paragraphs.length - 1));
  }
  return regions.filter((r) => r.pieces.some(([a, b]) => b > a));
}

function finishRegion(o: Open, close: number, closed: boolean, lastParagraph: number): QuoteRegion {
  const pieces = o.pieces.filter(([a, b]) => b > a);
  return { open: o.at, close, pieces, closed, firstParagraph: o.paragraph, lastParagraph };
}

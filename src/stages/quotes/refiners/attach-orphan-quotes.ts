import type { Paragraph } from "../../../model.js";
import type { Draft } from "../context.js";
import type { QuoteRegion } from "../find-quote-regions.js";

/** A quotation of fewer words than this, with no cue of its own, is taken for a scare quote. */
const MIN_STATEMENT_WORDS = 3;

/**
 * Quotations no rule claimed: one that follows a direct quote in the same paragraph continues
 * it (“...,” he said. “...”) and becomes another content piece, and so does one that fills the
 * next paragraph on its own (the speaker goes on); the rest are scare quotes, titles or
 * nicknames and are left out.
 */
export function attachOrphanQuotes(
  text: string,
  drafts: Draft[],
  regions: QuoteRegion[],
  paragraphs: Paragraph[],
): Draft[] {
  const claimed = new Set<QuoteRegion>();
  for (const d of drafts) for (const r of d.regions) claimed.add(r);
  const direct = drafts
    .filter((d) => d.regions.length === 1 && d.contentSpans[0] === d.regions[0]?.pieces[0])
    .sort((a, b) => (a.regions[0]?.open ?? 0) - (b.regions[0]?.open ?? 0));
  // Binary search over sorted starts keeps the pass O(n log n) however many orphans there are.
  const starts = drafts.map((d) => d.contentSpans[0]?.[0] ?? -1).sort((a, b) => a - b);
  let k = 0;
  for (const r of regions) {
    if (claimed.has(r)) continue;
    while (k + 1 < direct.length && (direct[k + 1]?.regions[0]?.close ?? 0) <= r.open) k++;
    const owner = direct[k];
    const ownerRegion = owner?.regions.at(-1);
    if (!owner || !ownerRegion || ownerRegion.close > r.open) continue;
    const nextParagraph =
      ownerRegion.lastParagraph + 1 === r.firstParagraph &&
      fillsParagraph(text, r, paragraphs) &&
      !startsBetween(starts, ownerRegion.close, r.open);
    if (ownerRegion.lastParagraph !== r.firstParagraph && !nextParagraph) continue;
    if (
      (countWords(text, r) < MIN_STATEMENT_WORDS && !isShortSentence(text, r)) ||
      isSingleMarked(text, r) !== isSingleMarked(text, ownerRegion) ||
      !continuesStatement(text, ownerRegion, r)
    ) {
      continue;
    }
    for (const p of r.pieces) owner.contentSpans.push(p);
    owner.regions.push(r);
    claimed.add(r);
  }
  for (const r of regions) {
    if (!claimed.has(r) && isUnattributedStatement(text, r, paragraphs)) {
      drafts.push(unattributed(r));
    }
  }
  return drafts;
}

/** Words a quotation standing alone needs to be taken for a statement rather than a title. */
const MIN_UNATTRIBUTED_WORDS = 4;

/**
 * A paragraph that is one whole quoted sentence (“We were never asked.”) and that no cue or
 * earlier quote claimed: a statement whose speaker the text does not give (`speaker: null`).
 */
function isUnattributedStatement(text: string, r: QuoteRegion, paragraphs: Paragraph[]): boolean {
  if (!fillsParagraph(text, r, paragraphs) || isSingleMarked(text, r)) return false;
  const last = r.pieces.at(-1);
  if (!last || !/[.!?…]["'”’]*$/.test(text.slice(last[0], last[1]).trimEnd())) return false;
  const first = r.pieces[0];
  if (!first || !/^\p{Lu}/u.test(text.slice(first[0], first[1]))) return false;
  return countWords(text, r) >= MIN_UNATTRIBUTED_WORDS;
}

function unattributed(r: QuoteRegion): Draft {
  return {
    contentSpans: [...r.pieces],
    source: null,
    cue: null,
    addressee: null,
    regions: [r],
    rule: "quotes/unattributed",
    paragraph: r.firstParagraph,
  };
}

/** True when the quotation is all its paragraph holds, bar white space and final punctuation. */
function fillsParagraph(text: string, r: QuoteRegion, paragraphs: Paragraph[]): boolean {
  const first = paragraphs[r.firstParagraph];
  const last = paragraphs[r.lastParagraph];
  if (!first || !last || !r.closed) return false;
  return (
    /^\s*$/.test(text.slice(first.span[0], r.open)) &&
    /^[\s.,;!?…]*$/.test(text.slice(r.close, last.span[1]))
  );
}

/** True when some draft's content starts between two offsets (`starts` sorted ascending). */
function startsBetween(starts: number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && (starts[lo] as number) < to;
}

const INLINE_SPACE = /[^\S\n]/;

/** Longest attribution between the two halves of a split quotation, in characters. */
const MAX_SPLIT_GAP = 80;

/**
 * True when the quotation goes on from the owner's: the second half of a split quote (“...,”
 * Putin said, “however ...”) or a quotation opening a new sentence, not one in mid-sentence.
 */
function continuesStatement(text: string, owner: QuoteRegion, r: QuoteRegion): boolean {
  const gap = r.open - owner.close;
  if (gap <= MAX_SPLIT_GAP && /[,:]\s*$/.test(text.slice(owner.close, r.open))) return true;
  let i = r.open - 1;
  // Any space but a line break: sites often put a no-break space between sentences.
  while (i > owner.close && INLINE_SPACE.test(text[i] ?? "")) i--;
  return /[\n.!?"”'’:…]/.test(text[i] ?? "\n");
}

/**
 * True when the region opens with a single mark (‘ or ' but not ''). A speaker goes on in the
 * marks they started with; a single-marked line after a double-marked quote is a title.
 */
function isSingleMarked(text: string, r: QuoteRegion): boolean {
  const c = text[r.open];
  return c === "‘" || (c === "'" && text[r.open + 1] !== "'");
}

/**
 * “Big time.”, “Very good.”: a short quotation that is a sentence of its own (capital first,
 * final punctuation inside the marks) goes on the statement too; a scare quote is not one.
 */
function isShortSentence(text: string, r: QuoteRegion): boolean {
  if (r.pieces.length !== 1 || !r.pieces[0]) return false;
  const [a, b] = r.pieces[0];
  const inner = text.slice(a, b).trim();
  return /^\p{Lu}/u.test(inner) && /[.!?…]$/.test(inner);
}

function countWords(text: string, r: QuoteRegion): number {
  let n = 0;
  for (const [a, b] of r.pieces) n += text.slice(a, b).split(/\s+/).filter(Boolean).length;
  return n;
}

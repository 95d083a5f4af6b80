import type { Draft } from "../context.js";
import type { QuoteRegion } from "../find-quote-regions.js";

/** A quotation of fewer words than this, with no cue of its own, is taken for a scare quote. */
const MIN_STATEMENT_WORDS = 3;

/**
 * Quotations no rule claimed: one that follows a direct quote in the same paragraph continues
 * it (“...,” he said. “...”) and becomes another content piece; the rest are scare quotes,
 * titles or nicknames and are left out.
 */
export function attachOrphanQuotes(text: string, drafts: Draft[], regions: QuoteRegion[]): Draft[] {
  const claimed = new Set<QuoteRegion>();
  for (const d of drafts) for (const r of d.regions) claimed.add(r);
  const direct = drafts
    .filter((d) => d.regions.length === 1 && d.contentSpans[0] === d.regions[0]?.pieces[0])
    .sort((a, b) => (a.regions[0]?.open ?? 0) - (b.regions[0]?.open ?? 0));
  let k = 0;
  for (const r of regions) {
    if (claimed.has(r)) continue;
    while (k + 1 < direct.length && (direct[k + 1]?.regions[0]?.close ?? 0) <= r.open) k++;
    const owner = direct[k];
    const ownerRegion = owner?.regions.at(-1);
    if (!owner || !ownerRegion || ownerRegion.close > r.open) continue;
    if (ownerRegion.lastParagraph !== r.firstParagraph) continue;
    if (countWords(text, r) < MIN_STATEMENT_WORDS || !continuesStatement(text, ownerRegion, r)) {
      continue;
    }
    for (const p of r.pieces) owner.contentSpans.push(p);
    owner.regions.push(r);
    claimed.add(r);
  }
  return drafts;
}

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
  while (i > owner.close && (text[i] === " " || text[i] === "\t")) i--;
  return /[\n.!?"”'’:…]/.test(text[i] ?? "\n");
}

function countWords(text: string, r: QuoteRegion): number {
  let n = 0;
  for (const [a, b] of r.pieces) n += text.slice(a, b).split(/\s+/).filter(Boolean).length;
  return n;
}

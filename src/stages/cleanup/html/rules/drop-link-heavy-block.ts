import type { TextBlock } from "../text-block.js";

/** Above this share of link text a block is a link list (related articles, tags, menus). */
const MAX_LINK_DENSITY = 0.5;
/** Long blocks are kept even when link-heavy: some prose links every other phrase. */
const LONG_BLOCK = 400;
/** Unlinked text this long beside the links is a sentence about them (a source described,
 * a recommended place with why): prose that links, not a link list. */
const MIN_OWN_WORDS = 8;

/** A block this long with few links is a paragraph of the story. */
const PROSE_BLOCK = 150;
const PROSE_LINK_SHARE = 0.3;
/** Link lines in a run longer than this are a menu or a teaser list, even amid the story. */
const MAX_INLINE_RUN = 4;

/** Whether a block is mostly links: a "read more" line, a related-article item, a tag cloud. */
export function isLinkHeavyBlock(block: TextBlock): boolean {
  if (block.text.length >= LONG_BLOCK) return false;
  if (block.ownWordChars >= MIN_OWN_WORDS) return false;
  return block.linkChars / Math.max(1, block.text.length) > MAX_LINK_DENSITY;
}

/**
 * Drops link-heavy blocks, except a short run of them standing between paragraphs of the story:
 * there they are the story's own list (the resources it names, the products it compares), while
 * before the first paragraph or after the last they are menus and related links. A link line the
 * page repeats ("Check price", "Read more") is a button wherever it stands.
 */
export function dropLinkHeavyBlocks(blocks: TextBlock[]): TextBlock[] {
  const heavy = blocks.map(isLinkHeavyBlock);
  const runLength = lengthsOfRuns(heavy);
  const copies = new Map<string, number>();
  blocks.forEach((block, i) => {
    if (heavy[i]) copies.set(block.text, (copies.get(block.text) ?? 0) + 1);
  });
  let first = blocks.length;
  let last = -1;
  blocks.forEach((block, i) => {
    if (!isProseBlock(block)) return;
    first = Math.min(first, i);
    last = i;
  });
  return blocks.filter(
    (block, i) =>
      !heavy[i] ||
      (i > first &&
        i < last &&
        (runLength[i] as number) <= MAX_INLINE_RUN &&
        copies.get(block.text) === 1),
  );
}

function isProseBlock(block: TextBlock): boolean {
  return block.text.length >= PROSE_BLOCK && block.linkChars / block.text.length < PROSE_LINK_SHARE;
}

/** For each position, the length of the run of `true` it stands in (0 where false). */
function lengthsOfRuns(flags: boolean[]): number[] {
  const lengths = new Array<number>(flags.length).fill(0);
  let start = 0;
  while (start < flags.length) {
    if (!flags[start]) {
      start++;
      continue;
    }
    let end = start;
    while (end < flags.length && flags[end]) end++;
    lengths.fill(end - start, start, end);
    start = end;
  }
  return lengths;
}

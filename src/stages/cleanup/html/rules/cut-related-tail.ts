import { STRONG_TAIL_HEADING, TAIL_HEADING } from "../lexicon/boilerplate-patterns.js";
import type { TextBlock } from "../text-block.js";

/** A tail heading this early is more likely a section title of the article itself. */
const MIN_SHARE_BEFORE_TAIL = 0.4;

/** Blocks this long after a tail heading are article prose, not teasers. */
const PROSE_BLOCK = 200;
/** Prose after the heading worth this share of the text before it: the heading titled a box
 * inside the article ("Read more" between two halves), not the page's tail. */
const PROSE_AFTER_SHARE = 0.25;

/** Text after the heading nearly as long as the text before it: the page goes on, and the
 * heading labels something inside it (a "Most popular" badge in a comparison, a "Comments"
 * column of a table), not the page's tail. */
const TEXT_AFTER_SHARE = 0.75;

/**
 * Finds where the page's tail starts ("Related articles", "Comments", "About the author")
 * and returns the index of the first block to drop, or `blocks.length` when there is none.
 */
export function cutRelatedTail(blocks: TextBlock[]): number {
  const total = blocks.reduce((sum, block) => sum + block.text.length, 0);
  let seen = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as TextBlock;
    if (
      block.text.length < 80 &&
      seen >= total * MIN_SHARE_BEFORE_TAIL &&
      (TAIL_HEADING.test(block.text) || isStrongTailHeading(block)) &&
      (isStrongTailHeading(block) ||
        (countProseAfter(blocks, i) < seen * PROSE_AFTER_SHARE &&
          total - seen - block.text.length < seen * TEXT_AFTER_SHARE))
    ) {
      return i;
    }
    seen += block.text.length;
  }
  return blocks.length;
}

/** A heading element ("Read this next", "More from the blog") that only ever starts a tail. */
function isStrongTailHeading(block: TextBlock): boolean {
  return /^h[2-6]$/.test(block.tag) && STRONG_TAIL_HEADING.test(block.text);
}

function countProseAfter(blocks: TextBlock[], from: number): number {
  let prose = 0;
  for (let j = from + 1; j < blocks.length; j++) {
    const length = (blocks[j] as TextBlock).text.length;
    if (length >= PROSE_BLOCK) prose += length;
  }
  return prose;
}

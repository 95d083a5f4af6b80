import { TAIL_HEADING } from "../lexicon/boilerplate-patterns.js";
import type { TextBlock } from "../text-block.js";

/** A tail heading this early is more likely a section title of the article itself. */
const MIN_SHARE_BEFORE_TAIL = 0.4;

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
      TAIL_HEADING.test(block.text)
    ) {
      return i;
    }
    seen += block.text.length;
  }
  return blocks.length;
}

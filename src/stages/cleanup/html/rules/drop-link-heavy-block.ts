import type { TextBlock } from "../text-block.js";

/** Above this share of link text a block is a link list (related articles, tags, menus). */
const MAX_LINK_DENSITY = 0.5;
/** Long blocks are kept even when link-heavy: some prose links every other phrase. */
const LONG_BLOCK = 400;
/** Unlinked text this long beside the links is a sentence about them (a source described,
 * a recommended place with why): prose that links, not a link list. */
const MIN_OWN_WORDS = 8;

/** Drops blocks that are mostly links: "read more" lines, related-article lists, tag clouds. */
export function dropLinkHeavyBlock(block: TextBlock): boolean {
  if (block.text.length >= LONG_BLOCK) return false;
  if (block.ownWordChars >= MIN_OWN_WORDS) return false;
  return block.linkChars / Math.max(1, block.text.length) > MAX_LINK_DENSITY;
}

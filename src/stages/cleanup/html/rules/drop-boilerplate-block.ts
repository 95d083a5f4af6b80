import { BOILERPLATE_BLOCK } from "../lexicon/boilerplate-patterns.js";
import type { TextBlock } from "../text-block.js";

/** Only short blocks are tested: furniture lines are short, and the regex stays cheap. */
const MAX_FURNITURE_LENGTH = 450;

/** Drops short furniture lines: ads, "read more", cookie and paywall notices, share prompts. */
export function dropBoilerplateBlock(block: TextBlock): boolean {
  if (block.text.length > MAX_FURNITURE_LENGTH) return false;
  return BOILERPLATE_BLOCK.test(block.text);
}

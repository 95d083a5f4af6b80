import {
  AUTHOR_BIO,
  BOILERPLATE_BLOCK,
  NOTICE_BLOCK_START,
} from "../lexicon/boilerplate-patterns.js";
import type { TextBlock } from "../text-block.js";

/** Only short blocks are tested: furniture lines are short, and the regex stays cheap. */
const MAX_FURNITURE_LENGTH = 450;
/** Disclosures and disclaimers run longer than other furniture lines. */
const MAX_NOTICE_LENGTH = 700;

/** Drops short furniture lines: ads, "read more", cookie and paywall notices, share prompts. */
export function dropBoilerplateBlock(block: TextBlock): boolean {
  if (block.text.length > MAX_NOTICE_LENGTH) return false;
  if (NOTICE_BLOCK_START.test(block.text)) return true;
  if (AUTHOR_BIO.test(block.text)) return true;
  return block.text.length <= MAX_FURNITURE_LENGTH && BOILERPLATE_BLOCK.test(block.text);
}

import type { TextBlock } from "../text-block.js";

/** Tags of picture and media captions. */
const CAPTION_TAGS = new Set(["figcaption", "caption"]);

/**
 * Drops captions: they describe pictures, not the story, and the benchmark's main text leaves
 * them out (on 300 wcxb-dev pages 294 of 314 captions were not in the main text).
 */
export function dropCaptionBlock(block: TextBlock): boolean {
  return CAPTION_TAGS.has(block.tag);
}

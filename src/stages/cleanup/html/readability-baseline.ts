import { Readability } from "@mozilla/readability";
import { DOMParser } from "linkedom";
import { readBlocks } from "./extract-main-text.js";
import { parseHtml } from "./parse-html.js";
import type { TextBlock } from "./text-block.js";

/**
 * Mozilla Readability over linkedom, read out as blocks the same way as our own extractor.
 * The baseline of the extraction eval and the fallback when our scorer finds too little.
 */
export function extractWithReadability(html: string): {
  title: string | null;
  blocks: TextBlock[];
} {
  try {
    const document = new DOMParser().parseFromString(html, "text/html");
    // biome-ignore lint/suspicious/noExplicitAny: linkedom's Document is not the DOM lib type.
    const article = new Readability(document as any).parse();
    if (!article?.content) return { title: article?.title ?? null, blocks: [] };
    const parsed = parseHtml(article.content);
    return { title: article.title ?? null, blocks: readBlocks(parsed.root) };
  } catch {
    return { title: null, blocks: [] };
  }
}

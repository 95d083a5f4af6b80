import type { RawArticle } from "../../../model.js";

/** A plain-text article: the whole text; cleanup reads its header lines. */
export function readText(id: string, text: string): RawArticle[] {
  return [{ id, raw: text, format: "text" }];
}

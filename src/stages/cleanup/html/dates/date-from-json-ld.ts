import { parseDateString } from "./parse-date-string.js";
import { isArticleNode, type JsonLdNode } from "./read-json-ld.js";

/** Fields in order of trust: the publication date first, creation and upload as stand-ins. */
const FIELDS = ["datePublished", "dateCreated", "uploadDate"];

/** The publication date from JSON-LD: article-like nodes first, then any node. With
 * `modified`, the modification date instead (a last stand-in). */
export function findDateFromJsonLd(
  nodes: JsonLdNode[],
  kind: "published" | "modified" = "published",
): string | null {
  const articles = nodes.filter(isArticleNode);
  for (const group of [articles, nodes]) {
    for (const field of kind === "published" ? FIELDS : ["dateModified"]) {
      for (const node of group) {
        const value = node[field];
        if (typeof value !== "string") continue;
        const date = parseDateString(value);
        if (date !== null) return date;
      }
    }
  }
  return null;
}

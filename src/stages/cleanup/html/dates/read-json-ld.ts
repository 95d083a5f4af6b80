/** JSON-LD objects of a page, flattened (`@graph`, arrays, nested values). Bounded and iterative. */

/** A page with more JSON-LD nodes than this is not worth reading further. */
const MAX_NODES = 5_000;

export type JsonLdNode = Record<string, unknown>;

/** Parses every JSON-LD script and lists all objects in it; bad JSON is skipped. */
export function readJsonLd(scripts: string[]): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script.trim().replace(/^<!--|-->$/g, ""));
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    while (stack.length > 0 && nodes.length < MAX_NODES) {
      const value = stack.pop();
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
      } else if (value !== null && typeof value === "object") {
        nodes.push(value as JsonLdNode);
        const graph = (value as JsonLdNode)["@graph"];
        if (graph !== undefined) stack.push(graph);
        for (const key of ["mainEntity", "mainEntityOfPage", "itemListElement"]) {
          const inner = (value as JsonLdNode)[key];
          if (inner !== null && typeof inner === "object") stack.push(inner);
        }
      }
    }
  }
  return nodes;
}

const ARTICLE_TYPE = /article|posting|report|blog|news|webpage|creativework/i;

/** Whether a node is an article-like thing (NewsArticle, BlogPosting, WebPage...). */
export function isArticleNode(node: JsonLdNode): boolean {
  const type = node["@type"];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === "string" && ARTICLE_TYPE.test(t));
}

/** A string value of a node's field, or the `name` of an object value, or the first of a list. */
export function readJsonLdString(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(readJsonLdString).filter((v): v is string => v !== null);
    return names.length > 0 ? names.join(", ") : null;
  }
  if (value !== null && typeof value === "object") {
    return readJsonLdString((value as JsonLdNode).name);
  }
  return null;
}

import type { HtmlMetaTag } from "../parse-html.js";
import { type DateStamp, readDateStamp } from "./parse-date-string.js";

/** Meta names and properties that carry the publication date, most specific first. */
const DATE_KEYS = [
  "article:published_time",
  "og:article:published_time",
  "og:published_time",
  "datepublished",
  "article.published",
  "published_time",
  "publication_date",
  "publishdate",
  "publish-date",
  "publish_date",
  "pubdate",
  "sailthru.date",
  "parsely-pub-date",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date.created",
  "dcterms.created",
  "dc.date",
  "dcterms.date",
  "citation_publication_date",
  "citation_date",
  "prism.publicationdate",
  "date",
  "originalpublicationdate",
  "article:post_date",
  "datecreated",
  "created",
];

/** Modification dates: a stand-in, last of all, for pages that give no publication date. */
const MODIFIED_KEYS = [
  "article:modified_time",
  "og:updated_time",
  "datemodified",
  "last-modified",
  "dcterms.modified",
];

/** A date read from a meta tag, with the tag's name or property. */
export interface MetaDate extends DateStamp {
  key: string;
}

/**
 * The publication date from `<meta>` tags, by the order of DATE_KEYS (or MODIFIED_KEYS).
 * Numeric dates with the year last are read month first: tag values are written by software
 * whose default format is the American one (`11/01/2030 12:43:42`, `03-09-2030`); dotted
 * dates stay day first.
 */
export function findDateFromMeta(
  metas: HtmlMetaTag[],
  kind: "published" | "modified" = "published",
): MetaDate | null {
  for (const key of kind === "published" ? DATE_KEYS : MODIFIED_KEYS) {
    for (const meta of metas) {
      if (meta.key !== key) continue;
      const date = readDateStamp(meta.content, { loose: true, order: "mdy" });
      if (date !== null) return { ...date, key };
    }
  }
  return null;
}

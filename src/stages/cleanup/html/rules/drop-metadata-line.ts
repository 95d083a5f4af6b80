import { MONTH_ALTERNATION } from "../lexicon/month-names.js";
import type { TextBlock } from "../text-block.js";

/** Date lines, bylines and reading times are short; longer blocks are prose. */
const MAX_METADATA_LINE = 80;
const DATE_WORDS = `(\\d{1,2}(st|nd|rd|th|\\.)?\\s+(${MONTH_ALTERNATION})\\.?,?\\s+\\d{4}|(${MONTH_ALTERNATION})\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})`;
const METADATA_LINE = new RegExp(
  `^((updated|published|posted|last updated|modified|date|veröffentlicht|aktualisiert)( on| am)?:?\\s*)?${DATE_WORDS}([\\s,|·•-]+\\d{1,2}:\\d{2}(\\s?[ap]\\.?m\\.?)?)?[\\s.]*$|^\\d+\\s*(min|minute|minutes|mins)\\.?\\s*(read|lesezeit)?$|^(by|von|written by|words by)\\s+[\\p{Lu}][\\p{L}.'’-]*(\\s+[\\p{Lu}][\\p{L}.'’-]*){0,3}([,|]\\s*.{0,40})?$`,
  "iu",
);

/** Drops date lines, bylines and reading times: metadata, read separately, not main text. */
export function dropMetadataLine(block: TextBlock): boolean {
  return block.text.length <= MAX_METADATA_LINE && METADATA_LINE.test(block.text);
}

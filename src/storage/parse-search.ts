/**
 * The user's search language, parsed once so no user text ever reaches a query engine as syntax:
 * words, "quoted phrases", `word*` prefixes, `-word` exclusions and `OR` between terms.
 * Everything else (FTS operators, quotes left open, SQL) is read as plain words.
 */
import { InvalidInputError } from "../errors.js";

const MAX_QUERY_LENGTH = 1000;
const MAX_TERMS = 32;
/** Letters and digits: what the full-text tokenizer keeps; all else separates words. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const PIECE = /(-?)"([^"]*)"?(\*?)|(\S+)/g;

export interface SearchTerm {
  /** The words of the term, in order (a phrase when more than one). */
  words: string[];
  prefix: boolean;
}

/** Terms combined: every group must match (a group matches when any term in it does). */
export interface ParsedSearch {
  groups: SearchTerm[][];
  excluded: SearchTerm[];
}

export function parseSearch(input: string): ParsedSearch {
  if (input.length > MAX_QUERY_LENGTH) {
    throw new InvalidInputError(
      "USAGE",
      `search text is too long: expected at most ${MAX_QUERY_LENGTH} characters, got ${input.length}`,
    );
  }
  const groups: SearchTerm[][] = [];
  const excluded: SearchTerm[] = [];
  let joinNext = false;
  let count = 0;
  for (const match of input.matchAll(PIECE)) {
    const [, minus, phrase, star, bare] = match;
    if (bare === "OR") {
      joinNext = groups.length > 0;
      continue;
    }
    const negated = bare !== undefined ? bare.startsWith("-") && bare.length > 1 : minus === "-";
    const body = phrase ?? (negated ? (bare ?? "").slice(1) : (bare ?? ""));
    const prefix = phrase !== undefined ? star === "*" : body.endsWith("*");
    const words = body.match(WORD) ?? [];
    if (words.length === 0) continue;
    count += 1;
    if (count > MAX_TERMS) {
      throw new InvalidInputError("USAGE", `search has too many terms: at most ${MAX_TERMS}`);
    }
    const term = { words, prefix };
    if (negated) excluded.push(term);
    else if (joinNext) groups[groups.length - 1]?.push(term);
    else groups.push([term]);
    joinNext = false;
  }
  if (groups.length === 0 && excluded.length > 0) {
    throw new InvalidInputError(
      "USAGE",
      "search needs at least one word that is not excluded (got only -words)",
    );
  }
  return { groups, excluded };
}

export function isEmptySearch(parsed: ParsedSearch): boolean {
  return parsed.groups.length === 0;
}

/** Renders a parsed search as an FTS5 expression: every word a quoted string. */
export function renderFts5(parsed: ParsedSearch): string {
  const renderTerm = (term: SearchTerm) =>
    `"${term.words.join(" ").replaceAll('"', '""')}"${term.prefix ? " *" : ""}`;
  const renderGroup = (group: SearchTerm[]) =>
    group.length === 1
      ? renderTerm(group[0] as SearchTerm)
      : `(${group.map(renderTerm).join(" OR ")})`;
  const positive = parsed.groups.map(renderGroup).join(" AND ");
  if (parsed.excluded.length === 0) return positive;
  return `(${positive}) NOT (${parsed.excluded.map(renderTerm).join(" OR ")})`;
}

/** An FTS5 expression matching names that contain all these words (for speaker/entity filters). */
export function renderNameMatch(input: string): string | null {
  const words = input.match(WORD) ?? [];
  if (words.length === 0) return null;
  return words.map((word) => `"${word.replaceAll('"', '""')}"`).join(" AND ");
}

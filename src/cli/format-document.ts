import type { AnalyzedDocument } from "../model.js";
import { contentText } from "../stages/quotes/content-text.js";

const EXCERPT_LENGTH = 100;

/** The readable default output: what a person wants to see of one analysed article. */
export function formatDocument(doc: AnalyzedDocument): string {
  const lines = [`== ${doc.id}`];
  field(lines, "title", doc.title);
  field(lines, "outlet", doc.outlet);
  field(lines, "byline", doc.byline);
  field(lines, "url", doc.url);
  const published = doc.published.value
    ? `${doc.published.value}${doc.published.offset ?? ""} (from ${doc.published.source})`
    : "unknown";
  field(lines, "published", published);
  if (doc.published.conflict) {
    field(
      lines,
      "  conflict",
      `text implies ${doc.published.conflict.implied}: ${doc.published.conflict.reason}`,
    );
  }
  if (doc.published.implied) field(lines, "  implied", doc.published.implied.value);
  field(
    lines,
    "text",
    `${doc.text.length} chars, ${doc.paragraphs.length} paragraphs, ${doc.sentences.length} sentences`,
  );
  for (const edit of doc.edits) {
    lines.push(`  ${edit.kind} [${edit.rule}] ${excerpt(edit.text)}`);
  }
  for (const entity of doc.entities ?? []) {
    lines.push(`  entity ${entity.type} ${entity.name} (${entity.mentions.length} mentions)`);
  }
  for (const quote of doc.quotes ?? []) {
    const speaker = quote.speaker ? quote.speaker.name : "unknown speaker";
    const content = contentText(doc.text, quote.contentSpans);
    lines.push(`  quote ${quote.kind} ${speaker}: ${excerpt(content)}`);
  }
  for (const timex of doc.timexes ?? []) {
    lines.push(`  time ${timex.type} "${timex.text}" = ${timex.value ?? "?"}`);
  }
  return lines.join("\n");
}

function field(lines: string[], name: string, value: string | null): void {
  if (value) lines.push(`${`${name}:`.padEnd(11)}${value}`);
}

function excerpt(text: string): string {
  const flat = JSON.stringify(text.replace(/\s+/g, " "));
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH - 2)}…"` : flat;
}

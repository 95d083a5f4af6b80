import type { Annotation, Span } from "../../../model.js";

/** Events a statement can be made at. */
const EVENTS =
  "rally|conference|press conference|news conference|event|meeting|summit|forum|debate|dinner|session|hearing|briefing|speech|address|interview|town hall|convention|gathering|ceremony|fundraiser|roundtable|assembly";

/** "Speaking at the annual Valdai Club conference," — a participle opening the sentence. */
const SPEAKING =
  /\b(?:[Ss]peaking|[Aa]ddressing|[Ww]riting|[Tt]alking)\s+(?:at|to|in|on|before|during)\s+([^,.;:“”"]{3,120})/u;
/** "in an interview with CBS", "at a rally in Ohio", "during Monday's debate". */
const AT_EVENT = new RegExp(
  `\\b(?:at|during|in)\\s+((?:a|an|the|his|her|their|its|[\\p{Lu}][\\p{L}’'.-]*(?:’s|'s)?)\\s+(?:[^,.;:“”"\\s]+\\s+){0,4}?(?:${EVENTS})\\b(?:\\s+(?:with|in|on|at|of|for)\\s+[^,.;:“”"]{2,60})?)`,
  "u",
);
/** "Responding to a question from the Financial Times". */
const RESPONDING = /\b[Rr]esponding to (?:a )?questions? (?:from|by) ([^,.;:“”"]{2,80})/u;

function annotate(text: string, offset: number, m: RegExpExecArray, rule: string): Annotation {
  const inner = m[1] as string;
  const start = offset + (m.index as number) + (m[0] as string).indexOf(inner);
  let end = start + inner.length;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return { span: [start, end], text: text.slice(start, end), rule };
}

/**
 * The occasion of a statement, read from its sentence: "Speaking at X", "at a rally in X",
 * "in an interview with X". Bounded patterns on one sentence, so linear overall.
 */
export function findOccasion(text: string, sentence: Span): Annotation | null {
  const body = text.slice(sentence[0], sentence[1]);
  const speaking = SPEAKING.exec(body);
  if (speaking) return annotate(text, sentence[0], speaking, "quotes/occasion-speaking");
  const event = AT_EVENT.exec(body);
  if (event) return annotate(text, sentence[0], event, "quotes/occasion-event");
  return null;
}

/** Who asked, when the sentence says "Responding to a question from X". */
export function findQuestioner(text: string, sentence: Span): Annotation | null {
  const m = RESPONDING.exec(text.slice(sentence[0], sentence[1]));
  return m ? annotate(text, sentence[0], m, "quotes/addressee-questioner") : null;
}

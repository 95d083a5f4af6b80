import {
  type Draft,
  extendSourceAfter,
  findSourceAfter,
  findSourceBefore,
  type SentenceContext,
  spanOfWords,
} from "../context.js";
import { FINAL_PUNCT, PRONOUNS, SOURCE_STOPS } from "../lexicon/cue-words.js";
import type { Word } from "../read-words.js";

/** Words the clause must go on with after a mid-sentence attribution to count as a piece. */
const MIN_SECOND_PIECE = 3;

/** Words before the attribution to count as a statement on their own. */
const MIN_FIRST_PIECE = 3;

/** Words an attribution may still take after its cue: "said Friday afternoon, as ...". */
const MAX_TAIL_WORDS = 4;

/** Most modifiers taken in before a source to reach the comma that ends the content. */
const MAX_MODIFIER_WORDS = 4;

/**
 * Index just after a comma when only a few lower-case or capitalised modifiers (no stop word,
 * pronoun or punctuation) stand between it and the source at `start`; else null.
 */
function findModifiersAfterComma(words: Word[], start: number): number | null {
  for (let k = start - 1; k >= 0 && start - k <= MAX_MODIFIER_WORDS + 1; k--) {
    const w = words[k] as Word;
    if (w.text === ",") return k + 1 < start ? k + 1 : null;
    if (w.punct || SOURCE_STOPS.has(w.lower) || PRONOUNS.has(w.lower)) return null;
  }
  return null;
}

/** True when only punctuation follows, or a few words and then a comma or the end. */
function closesSentence(words: Word[], from: number): boolean {
  let k = from;
  while (k < words.length && !(words[k] as Word).punct && k - from <= MAX_TAIL_WORDS) k++;
  if (k - from > MAX_TAIL_WORDS) return false;
  const stop = words[k];
  if (stop === undefined || stop.text === ",") return true;
  // Only closing punctuation may remain (a few marks at most).
  return words.length - k <= MAX_TAIL_WORDS && words.slice(k).every((w) => w.punct);
}

/**
 * Moscow was close to a deal, Mr Putin said. / ..., said Mr Putin. — the content, a comma,
 * then the speaker and the cue (either order) closing the sentence.
 */
export function matchContentSpeakerCue(
  ctx: SentenceContext,
  cueStart: number,
  head: number,
): Draft | null {
  const { words } = ctx;
  // Inverted order first when a comma stands right before the cue: ", said Mr Putin." A
  // participle there (", telling reporters, “...”") shares the subject instead.
  const inverted =
    (words[cueStart - 1] as Word | undefined)?.text === "," &&
    !(words[head] as Word).lower.endsWith("ing");
  let srcWords = inverted ? null : findSourceBefore(words, cueStart);
  // "..., Algerian foreign affairs ministry spokesman Benali Abdelaziz said.": modifiers the
  // walk stopped at still belong to the source when only they stand between it and the comma.
  if (srcWords && words[srcWords[0] - 1]?.text !== ",") {
    const lead = findModifiersAfterComma(words, srcWords[0]);
    if (lead !== null) srcWords = [lead, srcWords[1]];
  }
  let before = srcWords ? srcWords[0] : cueStart;
  let rule = "quotes/content-speaker-cue";
  if (!srcWords || (words[before - 1] as Word | undefined)?.text !== ",") {
    if (!inverted) return null;
    const found = findSourceAfter(words, head + 1);
    if (!found) return null;
    srcWords = extendSourceAfter(words, found);
    before = cueStart;
    rule = "quotes/content-cue-speaker";
  }
  // The attribution must close the sentence: only punctuation may follow.
  const tailFrom = rule === "quotes/content-speaker-cue" ? head + 1 : srcWords[1];
  if (!closesSentence(words, tailFrom)) return null;
  const comma = before - 1;
  if (comma < 1) return null;
  let s = 0;
  while (s < comma && (words[s] as Word).punct) s++;
  if (comma - s < 1) return null;
  const contentSpans = [spanOfWords(words, s, comma)];
  // "The economy, Putin said, is recovering.": the clause goes on after the attribution.
  if (words[tailFrom]?.text === ",") {
    let e = words.length;
    while (e > tailFrom + 1 && FINAL_PUNCT.has((words[e - 1] as Word).text)) e--;
    if (e - (tailFrom + 1) >= MIN_SECOND_PIECE)
      contentSpans.push(spanOfWords(words, tailFrom + 1, e));
  }
  // A short lead ("Voters, Clinton said, ...") counts only with the clause that goes on.
  if (comma - s < MIN_FIRST_PIECE && contentSpans.length < 2) return null;
  return {
    contentSpans,
    source: spanOfWords(words, srcWords[0], srcWords[1]),
    cue: spanOfWords(words, cueStart, head + 1),
    addressee: null,
    regions: [],
    rule,
    paragraph: ctx.paragraph,
  };
}

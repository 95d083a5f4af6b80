import {
  type Draft,
  findSourceBefore,
  regionEndingBefore,
  type SentenceContext,
  spanOfWords,
} from "../context.js";

/** “We were deceived,” he added. — the quote, then the speaker, then the cue. */
export function matchQuoteSpeakerCue(
  ctx: SentenceContext,
  cueStart: number,
  head: number,
): Draft | null {
  const { words } = ctx;
  const src = findSourceBefore(words, cueStart);
  if (!src) return null;
  const region = regionEndingBefore(ctx, (words[src[0]] as { start: number }).start);
  if (!region) return null;
  return {
    contentSpans: [...region.pieces],
    source: spanOfWords(words, src[0], src[1]),
    cue: spanOfWords(words, cueStart, head + 1),
    addressee: null,
    regions: [region],
    rule: "quotes/quote-speaker-cue",
    paragraph: ctx.paragraph,
  };
}

/** A closing signature line names the outlet: short, capitalised, no final punctuation. */
const MAX_SIGNATURE_WORDS = 6;
const MAX_SIGNATURE_LENGTH = 60;
const SIGNATURE_WORD = /^(?:\p{Lu}[\p{L}\p{M}.&'’-]*|of|the|and|de|du|la|le|al|[&-])$/u;

/** True when the paragraph reads as an outlet's signature ("The BRICS Post"). */
export function isSignature(paragraph: string): boolean {
  const text = paragraph.trim();
  if (text.length > MAX_SIGNATURE_LENGTH || /[.!?:;,"“”]$/.test(text) || text.includes("\n")) {
    return false;
  }
  const words = text.split(/\s+/);
  if (words.length > MAX_SIGNATURE_WORDS) return false;
  return /^\p{Lu}/u.test(text) && words.every((word) => SIGNATURE_WORD.test(word));
}

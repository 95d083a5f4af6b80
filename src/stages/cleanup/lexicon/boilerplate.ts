/**
 * Lines that are page furniture, not article text (matched against a whole trimmed line,
 * case-insensitive). Kept short and specific: a false hit deletes real text.
 */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  /^follow us(?: on)?(?: (?:twitter|facebook|instagram|telegram))?\s*:?$/i,
  /^(?:share|share this(?: article| story| page)?|share on (?:facebook|twitter|x|whatsapp|linkedin))\s*:?$/i,
  /^(?:tweet|e-?mail|print|whatsapp|facebook|twitter|linkedin|reddit|comments?)$/i,
  /^subscribe(?: now| to our newsletter| for free)?[.!]?$/i,
  /^sign up (?:for|to) (?:our|the) [\w -]{0,40}newsletters?[.!]?$/i,
  /^(?:click here|tap here) to [\w ,'-]{0,80}[.!]?$/i,
  /^(?:read more|related|related articles|recommended|more on this story|most read|you may also like)\s*:?$/i,
  /^advertisement$/i,
  /^(?:©|\(c\)|copyright)\s*.{0,80}(?:all rights reserved\.?)?$/i,
  /^all rights reserved\.?$/i,
];

/** Page furniture glued to the end of the last sentence ("…he added.Follow us on:"). */
export const TRAILING_BOILERPLATE =
  /(?<=[.!?”"’])\s*(?:follow us(?: on)?\s*:?|share this(?: article)?\s*:?|subscribe now[.!]?)\s*$/i;

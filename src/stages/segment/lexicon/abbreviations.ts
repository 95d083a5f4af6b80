/** Lexicon data only. Words are listed space-separated to keep the lists readable. */
const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Titles and honorifics (lowercase, no period): a name follows, so they never end a sentence. */
export const TITLE_ABBREVIATIONS = words(`
  mr mrs ms messrs dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr sen rep gov pres supt
  insp det rev fr hon amb sec atty st mt mme mlle no nos vol fig vs
`);

/** Abbreviations that keep their period as part of the token (lowercase, no period). */
export const ABBREVIATIONS = new Set([
  ...TITLE_ABBREVIATIONS,
  ...words(`
    ft jr sr esq inc ltd co corp plc llc bros dept univ assn etc approx est al ca cf ed eds op pp
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb
    nev okla ore pa tenn tex va vt wash wis wyo
  `),
]);

/**
 * Capitalised words that, after an abbreviation such as "U.S." or "Inc.", show that the
 * abbreviation also ended the sentence ("...sanctions on the U.S. The next day...").
 */
export const SENTENCE_STARTERS = words(`
  The A An He She It They We I You This That These Those But And Or So Yet In On At For If When
  While After Before His Her Their Our Its There Some Many Most Asked According However
  Meanwhile Still Now Then As What Why How Who Where Officials Critics
`);

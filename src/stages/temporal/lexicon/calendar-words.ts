import { MONTH_NAMES } from "../../../lexicon/calendar-names.js";

/** Calendar words: data only. Month and weekday numbers follow ISO (January = 1, Monday = 1). */

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Month names as a regex alternation, longest first so "Sept" wins over "Sep". */
export const MONTH_ALT =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

/** Full month names only: abbreviations alone ("Mar", "Dec") are too ambiguous without a number. */
export const FULL_MONTH_ALT = MONTH_NAMES.join("|");

export const WEEKDAYS: Record<string, number> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
};

export const WEEKDAY_ALT = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

/** TIMEX3 season codes and the months they cover (northern hemisphere, meteorological). */
export const SEASONS: Record<string, string> = {
  spring: "SP",
  summer: "SU",
  autumn: "FA",
  fall: "FA",
  winter: "WI",
};

/** Parts of a day and their TIMEX3 codes. */
export const DAY_PARTS: Record<string, string> = {
  morning: "MO",
  afternoon: "AF",
  evening: "EV",
  night: "NI",
};

/** Number words a duration or "ago" may use. */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  hundred: 100,
  "a hundred": 100,
  "a couple of": 2,
  "a few": -1,
  few: -1,
  several: -1,
  many: -1,
};

/** Number words and digits as a regex alternation ("a few" before "a"). */
export const NUMBER_ALT =
  "a couple of|a few|a hundred|several|few|many|\\d{1,3}(?:,\\d{3})+|\\d+|an|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|hundred";

/** Time units and their TIMEX3 letters; `time` units take the `PT` prefix. */
export const UNITS: Record<string, { letter: string; time: boolean; years?: number }> = {
  second: { letter: "S", time: true },
  minute: { letter: "M", time: true },
  hour: { letter: "H", time: true },
  day: { letter: "D", time: false },
  week: { letter: "W", time: false },
  fortnight: { letter: "W", time: false },
  month: { letter: "M", time: false },
  year: { letter: "Y", time: false },
  decade: { letter: "Y", time: false, years: 10 },
  century: { letter: "Y", time: false, years: 100 },
};

export const UNIT_ALT =
  "seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies)";

/** Decades in words: "the sixties" -> 196X (the twentieth century is assumed). */
export const DECADE_WORDS: Record<string, number> = {
  twenties: 192,
  thirties: 193,
  forties: 194,
  fifties: 195,
  sixties: 196,
  seventies: 197,
  eighties: 198,
  nineties: 199,
};

/** Ordinal words up to 21 for centuries ("the nineteenth century"). */
export const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  "twenty-first": 21,
};

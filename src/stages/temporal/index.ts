/** The temporal stage: time expressions, the document-date check, and when quotes were said. */
export { type FindTimexesOptions, findTimexes } from "./find-timexes.js";
export { checkPublished } from "./published/check-published.js";
export { timeQuotes } from "./time-quotes.js";

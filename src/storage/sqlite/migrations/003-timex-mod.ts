/** Migration 3: the TIMEX3 modifier (START, MID, END, APPROX, ...) the temporal stage now gives. */
export const migration = {
  version: 3,
  name: "timex-mod",
  sql: "ALTER TABLE timexes ADD COLUMN mod TEXT;",
};

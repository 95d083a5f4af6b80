/** Named historical periods with the dates commonly given for them: data only. */

export interface NamedPeriod {
  /** Spellings as written, capitals and all; a leading "the" is part of the name. */
  names: string[];
  /** ISO 8601 interval of TIMEX3 values: first day or year / last day or year. */
  value: string;
  /**
   * "war" names an event as well as a time ("served in the Vietnam War"), so it is a date only
   * after a time word ("during", "after"); an "era" is a time after "in" too.
   */
  kind: "war" | "era";
}

export const NAMED_PERIODS: NamedPeriod[] = [
  {
    names: ["World War II", "World War Two", "World War 2", "the Second World War", "WWII", "WW2"],
    value: "1939-09-01/1945-09-02",
    kind: "war",
  },
  {
    names: ["World War I", "World War One", "World War 1", "the First World War", "WWI", "WW1"],
    value: "1914-07-28/1918-11-11",
    kind: "war",
  },
  { names: ["the Great War"], value: "1914-07-28/1918-11-11", kind: "war" },
  { names: ["the Cold War"], value: "1947/1991", kind: "war" },
  { names: ["the Korean War"], value: "1950-06-25/1953-07-27", kind: "war" },
  { names: ["the Vietnam War"], value: "1955/1975", kind: "war" },
  { names: ["the Gulf War", "the First Gulf War"], value: "1990-08-02/1991-02-28", kind: "war" },
  { names: ["the Iraq War"], value: "2003/2011", kind: "war" },
  { names: ["the American Civil War"], value: "1861/1865", kind: "war" },
  {
    names: ["the American Revolution", "the American Revolutionary War"],
    value: "1775/1783",
    kind: "war",
  },
  { names: ["the French Revolution"], value: "1789/1799", kind: "war" },
  { names: ["the Napoleonic Wars"], value: "1803/1815", kind: "war" },
  { names: ["the Crusades"], value: "1095/1291", kind: "war" },
  { names: ["the Great Depression"], value: "1929/1939", kind: "era" },
  // The 5th to the 15th century, as most references date it.
  { names: ["the Middle Ages"], value: "0400/1499", kind: "era" },
  { names: ["the Victorian era"], value: "1837/1901", kind: "era" },
];

/** Names whose doubled form is real ("Sirhan Sirhan"), never repaired. Lowercase. */
export const REAL_DOUBLED_NAMES: ReadonlySet<string> = new Set([
  "sirhan",
  "boutros",
  "duran",
  "bora",
  "baden",
  "walla",
  "sing",
  "mahi",
  "bam",
  "tom",
  "pago",
  "kuala",
]);

/**
 * Repairs text that was UTF-8, read once as Windows-1252 (or Latin-1) and saved as UTF-8 again:
 * "donâ€™t" for "don’t", "cafÃ©" for "café", "Â " for a no-break space. Some sites serve
 * whole pages like this; the bytes are valid UTF-8, so only the characters tell.
 */

/** Windows-1252's characters for bytes 0x80-0x9F, as read back to the byte. */
const CP1252_BYTES = new Map<number, number>([
  [0x20ac, 0x80],
  [0x201a, 0x82],
  [0x0192, 0x83],
  [0x201e, 0x84],
  [0x2026, 0x85],
  [0x2020, 0x86],
  [0x2021, 0x87],
  [0x02c6, 0x88],
  [0x2030, 0x89],
  [0x0160, 0x8a],
  [0x2039, 0x8b],
  [0x0152, 0x8c],
  [0x017d, 0x8e],
  [0x2018, 0x91],
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x2022, 0x95],
  [0x2013, 0x96],
  [0x2014, 0x97],
  [0x02dc, 0x98],
  [0x2122, 0x99],
  [0x0161, 0x9a],
  [0x203a, 0x9b],
  [0x0153, 0x9c],
  [0x017e, 0x9e],
  [0x0178, 0x9f],
]);

/** A UTF-8 lead byte read as a character (Â..ô), then what its continuation bytes read as. */
const SUSPECT_RUN =
  /[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]{1,3}/g;

/**
 * One odd pair ("CAFÉ”") can be meant; a page read wrongly has them throughout. Below this
 * many runs that decode as UTF-8 the text is left as it is.
 */
const MIN_REPAIRABLE_RUNS = 3;

/**
 * The text with its doubly-encoded runs decoded; unchanged when it has (almost) none.
 * `minRuns` is lowered only for a short text of a page already found double-encoded (its title).
 */
export function repairDoubleEncoding(text: string, minRuns = MIN_REPAIRABLE_RUNS): string {
  let repairable = 0;
  for (const match of text.matchAll(SUSPECT_RUN)) {
    if (decodeRun(match[0]) !== null && ++repairable >= minRuns) break;
  }
  if (repairable < minRuns) return text;
  return text.replace(SUSPECT_RUN, (run) => decodeRun(run) ?? run);
}

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

/** The run's characters as bytes, decoded as UTF-8; null unless they make one whole character. */
function decodeRun(run: string): string | null {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i);
    const byte = code <= 0xff ? code : CP1252_BYTES.get(code);
    if (byte === undefined) return null;
    bytes[i] = byte;
  }
  const lead = run.charCodeAt(0);
  const expected = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  if (bytes.length !== expected) return null;
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Windows-1252's bytes 0x80-0x9F (curly quotes, dashes, the euro sign, ...). Node's TextDecoder
 * without full ICU decodes "windows-1252" as Latin-1, turning them into C1 control characters
 * that later read as junk; so this table is applied by hand. 0 marks bytes 1252 leaves unused.
 */
const HIGH_CONTROL_RANGE: readonly number[] = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Decodes Windows-1252 (also what the web means by "iso-8859-1" and "us-ascii"). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder("latin1").decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (char) => {
    const mapped = HIGH_CONTROL_RANGE[char.charCodeAt(0) - 0x80] ?? 0;
    return mapped === 0 ? char : String.fromCharCode(mapped);
  });
}

/** True for the labels TextDecoder maps to windows-1252. */
export function isWindows1252(encoding: string): boolean {
  return encoding === "windows-1252";
}

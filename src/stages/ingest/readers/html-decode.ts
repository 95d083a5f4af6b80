import { gunzipSync } from "node:zlib";
import { InvalidInputError } from "../../../errors.js";
import { decodeWindows1252, isWindows1252 } from "../decode-windows-1252.js";
import { repairDoubleEncoding } from "../repair-double-encoding.js";

/** How far into a page a `<meta charset>` is looked for (the HTML spec says 1024; pages lie). */
const CHARSET_SNIFF_BYTES = 4096;
/** Default cap on what a gzip member may expand to: stops gzip bombs. */
export const DEFAULT_MAX_GUNZIP_BYTES = 64 * 1024 * 1024;

const META_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{2,40})/i;
const XML_ENCODING = /<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.-]{2,40})["']/i;

/** Labels pages give that TextDecoder knows under another name. */
const CHARSET_ALIASES: Record<string, string> = {
  "x-sjis": "shift_jis",
  sjis: "shift_jis",
  ms932: "shift_jis",
  cp1251: "windows-1251",
  cp1252: "windows-1252",
  "win-1251": "windows-1251",
  unicode: "utf-16le",
};

/**
 * Decodes page bytes: a BOM first, then the charset the caller was told (HTTP header, WARC),
 * then `<meta charset>` / the XML declaration, then UTF-8 if the bytes are valid UTF-8, then
 * Windows-1252. Never throws on bad bytes: they become U+FFFD. Text that was UTF-8 read as
 * Windows-1252 once before it was saved ("donâ€™t") is repaired.
 */
export function decodeHtmlBytes(
  bytes: Uint8Array,
  options: { charset?: string | null } = {},
): { text: string; encoding: string } {
  const decoded = decodeBytes(bytes, options);
  return { text: repairDoubleEncoding(decoded.text), encoding: decoded.encoding };
}

function decodeBytes(
  bytes: Uint8Array,
  options: { charset?: string | null } = {},
): { text: string; encoding: string } {
  const bom = sniffBom(bytes);
  if (bom !== null)
    return { text: decodeWith(bom.encoding, bytes.subarray(bom.length)), encoding: bom.encoding };
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, CHARSET_SNIFF_BYTES));
  const declared =
    normalizeCharset(options.charset) ??
    normalizeCharset(META_CHARSET.exec(head)?.[1]) ??
    normalizeCharset(XML_ENCODING.exec(head)?.[1]);
  if (declared !== null && declared !== "utf-8") {
    return { text: decodeWith(declared, bytes), encoding: declared };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // A page that says UTF-8 but is not is usually Windows-1252: read it as that.
    return { text: decodeWith("windows-1252", bytes), encoding: "windows-1252" };
  }
}

function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/** A charset label TextDecoder accepts, or null for unknown labels. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const lower = label.trim().toLowerCase();
  const name = CHARSET_ALIASES[lower] ?? lower;
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return null;
  }
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  if (isWindows1252(normalizeCharset(encoding) ?? encoding)) return decodeWindows1252(bytes);
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/** Whether bytes start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Gunzips with a cap on the output: a gzip bomb is a TOO_LARGE error, not an out-of-memory. */
export function gunzipBounded(bytes: Uint8Array, maxBytes = DEFAULT_MAX_GUNZIP_BYTES): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError) {
      throw new InvalidInputError("TOO_LARGE", `gzip data expands past ${maxBytes} bytes`, {
        cause: error,
      });
    }
    throw new InvalidInputError("UNREADABLE", `bad gzip data: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

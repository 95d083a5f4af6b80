import { InvalidInputError } from "../../errors.js";
import { decodeWindows1252 } from "./decode-windows-1252.js";

/** How much of the start of a file is sniffed for binary content. */
const SNIFF_BYTES = 8192;
/** Share of control bytes above which a file is binary rather than text. */
const MAX_CONTROL_SHARE = 0.1;

/** Stateless when not streaming, so one decoder serves every call. */
const UTF8 = new TextDecoder("utf-8", { fatal: true });

export interface DecodedText {
  text: string;
  encoding: string;
  /** Set when the bytes were not valid in the declared/assumed encoding. */
  warning?: string;
}

/**
 * Bytes to text: BOMs for UTF-8/UTF-16, binary refused, invalid UTF-8 read as Windows-1252
 * (the usual culprit) with a warning rather than silently mangled.
 */
export function decodeBytes(id: string, bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new InvalidInputError("EMPTY_INPUT", `${id}: the input is empty`);
  const bom = readBom(bytes);
  if (bom) {
    const text = new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
    return { text, encoding: bom.encoding };
  }
  if (looksBinary(bytes)) {
    throw new InvalidInputError("BINARY_INPUT", `${id}: binary data, not a text article`);
  }
  try {
    return { text: UTF8.decode(bytes), encoding: "utf-8" };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      encoding: "windows-1252",
      warning: `${id}: not valid UTF-8; read as Windows-1252`,
    };
  }
}

function readBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: "utf-8", length: 3 };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  // An indexed loop: iterating the typed array with for-of was several times slower.
  for (let i = 0; i < length; i++) {
    const byte = bytes[i] as number;
    if (byte >= 32) continue;
    if (byte === 0) return true;
    if (byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++;
  }
  return control / length > MAX_CONTROL_SHARE;
}

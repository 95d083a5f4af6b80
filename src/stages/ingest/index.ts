import { InvalidInputError } from "../../errors.js";
import type { RawArticle } from "../../model.js";
import { decodeBytes } from "./decode-bytes.js";
import { readText } from "./readers/read-text.js";

export { decodeBytes } from "./decode-bytes.js";

export interface DecodeOptions {
  /** Called with non-fatal problems (e.g. an encoding fallback). */
  onWarning?: (message: string) => void;
}

/** The ingest stage: bytes of one input to the articles it holds. Pure. */
export function decodeInput(
  id: string,
  bytes: Uint8Array,
  options: DecodeOptions = {},
): RawArticle[] {
  const decoded = decodeBytes(id, bytes);
  if (decoded.warning) options.onWarning?.(decoded.warning);
  if (decoded.text.trim() === "") {
    throw new InvalidInputError("EMPTY_INPUT", `${id}: the input holds only white space`);
  }
  return readText(id, decoded.text);
}

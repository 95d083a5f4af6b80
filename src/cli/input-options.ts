import type { Command } from "commander";
import { DEFAULT_MAX_BYTES } from "../io/read-inputs.js";
import { parseIsoDateOption, parsePositiveInteger } from "./options.js";

/** The flags every command that reads and analyses inputs shares. */
export interface InputFlags {
  documentDate?: string;
  fallbackDate?: string;
  maxBytes: number;
  progress: boolean;
}

/** Adds the shared input flags (dates, size limit, progress) to a command. */
export function addInputOptions(command: Command): Command {
  return command
    .option("--document-date <YYYY-MM-DD>", "use this document date, overriding the input's", (v) =>
      parseIsoDateOption("--document-date", v),
    )
    .option("--fallback-date <YYYY-MM-DD>", "document date for inputs that carry none", (v) =>
      parseIsoDateOption("--fallback-date", v),
    )
    .option(
      "--max-bytes <n>",
      "refuse inputs larger than this",
      (v) => parsePositiveInteger("--max-bytes", v),
      DEFAULT_MAX_BYTES,
    )
    .option("--no-progress", "never show a progress bar");
}

import { type Command, Option } from "commander";
import { describeError, EXIT } from "../../errors.js";
import { countInputs, readInputs } from "../../io/read-inputs.js";
import type { AnalyzedDocument } from "../../model.js";
import { type AnalyzeOptions, analyzeDocument } from "../../pipeline.js";
import { DuplicateFinder } from "../../stages/linking/duplicates/find-duplicates.js";
import { formatDocument } from "../format-document.js";
import { addInputOptions, type InputFlags } from "../input-options.js";
import { type Progress, startProgress } from "../progress.js";

interface AnalyzeFlags extends InputFlags {
  jsonl?: boolean;
  json?: boolean;
  verbatim?: boolean;
  tokens?: boolean;
  skipDuplicates?: boolean;
  fetch?: boolean;
}

export function registerAnalyze(program: Command): void {
  addInputOptions(
    program
      .command("analyze")
      .description("analyse articles (files, directories read recursively, or - for stdin)")
      .argument("<inputs...>", "files, directories or - for standard input"),
  )
    .option("--jsonl", "one JSON document per line (schema: docs/analysis.schema.json)")
    .addOption(new Option("--json", "one JSON array of documents").conflicts("jsonl"))
    .option("--verbatim", "keep the text exactly as read: spans are offsets into the input")
    .option("--tokens", "include tokens in JSON output")
    .option("--skip-duplicates", "leave out exact and near duplicates of earlier inputs")
    .option(
      "--fetch",
      "fetch the pages of feed items that carry only a summary, and sitemap entries",
    )
    .action(async (inputs: string[], flags: AnalyzeFlags) => {
      process.exitCode = await runAnalyze(inputs, flags);
    });
}

async function runAnalyze(inputs: string[], flags: AnalyzeFlags): Promise<number> {
  const options: AnalyzeOptions = {
    documentDate: flags.documentDate ?? null,
    fallbackDate: flags.fallbackDate ?? null,
    verbatim: flags.verbatim ?? false,
    tokens: flags.tokens ?? false,
  };
  const write = writerFor(flags);
  const progress = await maybeStartProgress(inputs, flags);
  let failed = 0;
  let internal = 0;
  const warn = (message: string) => progress.log(`newsgraph: warning: ${message}`);
  const duplicates = new DuplicateFinder();
  const readOptions = {
    maxBytes: flags.maxBytes,
    onWarning: warn,
    fetchLinks: flags.fetch ?? false,
  };
  for await (const result of readInputs(inputs, readOptions)) {
    progress.tick();
    if (!result.ok) {
      failed++;
      progress.log(`newsgraph: ${describeError(result.error)}`);
      continue;
    }
    try {
      const doc = analyzeDocument(result.article, options);
      const duplicateOf = duplicates.add(doc.id, doc.text);
      if (duplicateOf && flags.skipDuplicates) {
        progress.log(
          `newsgraph: skipped ${doc.id}: ${duplicateOf.kind} duplicate of ${duplicateOf.id}`,
        );
        continue;
      }
      write.document(duplicateOf ? { ...doc, duplicateOf } : doc);
    } catch (error) {
      internal++;
      const reason = error instanceof Error ? error.message : String(error);
      progress.log(`newsgraph: INTERNAL: ${result.article.id}: analysis failed (${reason})`);
    }
  }
  write.end();
  progress.stop();
  if (internal > 0) return EXIT.internal;
  return failed > 0 ? EXIT.someInputsFailed : EXIT.ok;
}

interface Writer {
  document(doc: AnalyzedDocument): void;
  end(): void;
}

function writerFor(flags: AnalyzeFlags): Writer {
  const out = process.stdout;
  if (flags.jsonl)
    return { document: (doc) => out.write(`${JSON.stringify(doc)}\n`), end: () => {} };
  if (flags.json) {
    let first = true;
    return {
      document: (doc) => {
        out.write(`${first ? "[\n" : ",\n"}${JSON.stringify(doc, null, 1)}`);
        first = false;
      },
      end: () => out.write(first ? "[]\n" : "\n]\n"),
    };
  }
  return { document: (doc) => out.write(`${formatDocument(doc)}\n`), end: () => {} };
}

/** A bar only when many inputs are read, stderr is a terminal and stdout is not. */
async function maybeStartProgress(inputs: string[], flags: AnalyzeFlags): Promise<Progress> {
  const wanted = flags.progress && process.stderr.isTTY && !process.stdout.isTTY;
  const total = wanted ? await countInputs(inputs) : 0;
  return startProgress(wanted && total > 1 ? total : 0);
}

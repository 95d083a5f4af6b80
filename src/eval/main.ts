import { parseArgs } from "node:util";
import { describeError } from "../errors.js";

export interface EvalArgs {
  data: string;
  argv: string[];
}

type EvalTask = (args: EvalArgs) => Promise<void>;

/** Evaluation tasks: `npm run eval -- <task> --data <dir>`. One line each. */
const TASKS: Record<string, () => Promise<EvalTask>> = {
  segment: async () => (await import("./segment.js")).run,
  entities: async () => (await import("./entities.js")).run,
  time: async () => (await import("./time.js")).run,
  extraction: async () => (await import("./extraction.js")).run,
  dates: async () => (await import("./dates.js")).run,
  quotes: async () => (await import("./quotes.js")).run,
};

async function runEval(argv: string[]): Promise<number> {
  const [task, ...rest] = argv;
  const load = task ? TASKS[task] : undefined;
  if (!load) {
    process.stderr.write(`usage: npm run eval -- <${Object.keys(TASKS).join("|")}> --data <dir>\n`);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: { data: { type: "string" } },
    strict: false,
  });
  if (typeof values.data !== "string") {
    process.stderr.write(`eval ${task}: --data <dir> is required\n`);
    return 2;
  }
  try {
    await (await load())({ data: values.data, argv: rest });
    return 0;
  } catch (error) {
    process.stderr.write(`eval ${task}: ${describeError(error)}\n`);
    return 1;
  }
}

process.exitCode = await runEval(process.argv.slice(2));

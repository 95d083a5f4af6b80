import cliProgress from "cli-progress";

export interface Progress {
  tick(): void;
  /** Prints a line to stderr without breaking the bar. */
  log(line: string): void;
  stop(): void;
}

/** A progress bar on stderr with documents, rate and ETA; silent when `total` is 0. */
export function startProgress(total: number): Progress {
  if (total === 0) {
    return { tick: () => {}, log: (line) => process.stderr.write(`${line}\n`), stop: () => {} };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: "{bar} {value}/{total} documents | {rate}/s | ETA {eta_formatted}",
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  bar.start(total, 0, { rate: "0" });
  let done = 0;
  return {
    tick: () => {
      done++;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(done, { rate: (done / seconds).toFixed(1) });
    },
    log: (line) => {
      bar.stop();
      process.stderr.write(`${line}\n`);
      bar.start(total, done);
    },
    stop: () => bar.stop(),
  };
}

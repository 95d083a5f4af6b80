import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runCli } from "./testing/run-cli.js";

// A broken install: the tagger's weights cannot be read.
vi.mock("../stages/model-files.js", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../stages/model-files.js")>()),
  recordedModelProblems: () => [
    {
      file: "/opt/newsgraph/models/entities.model.json",
      reason: "ENOENT: no such file or directory",
      effect: "names come from rules and lexicons only",
    },
  ],
}));

const sample = join(import.meta.dirname, "..", "..", "samples", "harbour-ferry-vote.txt");

describe("missing model files", () => {
  afterEach(() => vi.restoreAllMocks());

  it("analyze still runs but warns once on stderr, naming the file and the loss", async () => {
    const { code, stdout, stderr } = await runCli(["analyze", sample, "--jsonl"]);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(stderr.trim().split("\n")).toEqual([
      "newsgraph: warning: cannot read /opt/newsgraph/models/entities.model.json (ENOENT: no such file or directory); names come from rules and lexicons only. Reinstall newsgraph to restore it.",
    ]);
  });

  it("commands that only read the store do not warn", async () => {
    const db = join(mkdtempSync(join(tmpdir(), "newsgraph-models-")), "absent.db");
    const { code, stderr } = await runCli(["quotes", "--db", db]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/absent\.db/);
    expect(stderr).not.toMatch(/warning/);
  });
});

import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { modelPath, readModelFile, recordedModelProblems } from "./model-files.js";

describe("model files", () => {
  it("finds the committed models at the package root", () => {
    expect(existsSync(modelPath("entities.model.json"))).toBe(true);
    expect(readModelFile<object>("quotes-cue.json", "unused")).not.toBeNull();
  });

  it("records a missing file with its reason and effect instead of throwing", () => {
    expect(readModelFile<object>("no-such-model.json", "nothing is learned")).toBeNull();
    const problem = recordedModelProblems().find((p) => p.file.endsWith("no-such-model.json"));
    expect(problem?.reason).toMatch(/ENOENT/);
    expect(problem?.effect).toBe("nothing is learned");
  });
});

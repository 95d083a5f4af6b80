// Prints vitest's JSON results as one plain closing line: "tests: N passed, N failed, N skipped".
import { existsSync, readFileSync } from "node:fs";

const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.log("tests: 0 passed, 1 failed (no results file: the test run did not finish)");
  process.exit(0);
}
const results = JSON.parse(readFileSync(file, "utf8"));
const skipped = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);
console.log(
  `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`,
);

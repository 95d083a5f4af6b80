import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { toCsvRow, writeLine } from "./output.js";

/** A sink with a one-byte buffer that drains on the next tick: every write waits. */
function slowSink(lines: string[]): Writable {
  return new Writable({
    highWaterMark: 1,
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      setImmediate(done);
    },
  });
}

describe("writeLine", () => {
  it("waits for a full buffer without leaving listeners behind", async () => {
    const lines: string[] = [];
    const sink = slowSink(lines);
    for (let i = 0; i < 200; i++) await writeLine(sink, `line ${i}`);
    expect(lines).toHaveLength(200);
    expect(sink.listenerCount("drain")).toBe(0);
    expect(sink.listenerCount("close")).toBeLessThanOrEqual(1);
  });

  it("stops quietly when the reader has gone away", async () => {
    const sink = slowSink([]);
    sink.destroy();
    expect(await writeLine(sink, "nobody reads this")).toBe(false);
  });
});

describe("toCsvRow", () => {
  it.each([
    [["plain", 3, null], "plain,3,"],
    [['say "no"', "a,b", "two\nlines"], '"say ""no""","a,b","two\nlines"'],
  ])("quotes what needs quoting (%#)", (values, row) => {
    expect(toCsvRow(values)).toBe(row);
  });
});

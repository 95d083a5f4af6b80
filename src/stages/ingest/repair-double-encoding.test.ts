import { describe, expect, it } from "vitest";
import { repairDoubleEncoding } from "./repair-double-encoding.js";

describe("repairDoubleEncoding", () => {
  it.each([
    [
      "curly quotes and dashes read as Windows-1252",
      "The mayorâ€™s plan â€” â€œnot yetâ€\u009d, she said.",
      "The mayor’s plan — “not yet”, she said.",
    ],
    [
      "accented letters and a no-break space",
      "CafÃ© on the quay, crÃ¨me brÃ»lÃ©e,\u00c2\u00a0open daily",
      "Café on the quay, crème brûlée,\u00a0open daily",
    ],
    [
      "bytes read as Latin-1 (control characters for 0x80-0x9F)",
      "donâ\u0080\u0099t, wonâ\u0080\u0099t, canâ\u0080\u0099t",
      "don’t, won’t, can’t",
    ],
    ["Cyrillic", "ÐŸÑ€Ð¸Ð²ÐµÑ‚", "Привет"],
  ])("repairs %s", (_what, broken, repaired) => {
    expect(repairDoubleEncoding(broken)).toBe(repaired);
  });

  it.each([
    ["a lone odd pair that may be meant", "The sign read “CAFÉ” in blue letters."],
    ["ordinary accented text", "Crème brûlée at the Café Zoë, São Paulo, Ærø."],
    ["text with no high characters", "The ferry leaves at nine."],
    ["only two runs that decode (fewer than three)", "Â» next page, Â« back"],
    ["runs a byte short of a character", "â€ one, â€ two, â€ three, â€ four"],
  ])("leaves alone %s", (_what, text) => {
    expect(repairDoubleEncoding(text)).toBe(text);
  });
});

import type { SourceRun } from "../../model.js";

/** Builds cleaned text from pieces of the source, remembering where each piece came from. */
export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  readonly sourceMap: SourceRun[] = [];

  constructor(private readonly source: string) {}

  get size(): number {
    return this.length;
  }

  copy(start: number, end: number): void {
    if (end <= start) return;
    const last = this.sourceMap.at(-1);
    if (last && last[0] + last[2] === this.length && last[1] + last[2] === start) {
      last[2] += end - start;
    } else this.sourceMap.push([this.length, start, end - start]);
    this.parts.push(this.source.slice(start, end));
    this.length += end - start;
  }

  insert(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  build(): string {
    return this.parts.join("");
  }
}

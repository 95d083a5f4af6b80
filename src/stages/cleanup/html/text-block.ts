/** A paragraph-like run of text found in the page, before filtering. */
export interface TextBlock {
  text: string;
  /** The innermost block tag it came from (`p`, `li`, `h2`, `blockquote`, `div`...). */
  tag: string;
  /** Characters of `text` that stood inside links. */
  linkChars: number;
  /** Letters and digits of `text` that stood outside links: the block's own words. */
  ownWordChars: number;
}

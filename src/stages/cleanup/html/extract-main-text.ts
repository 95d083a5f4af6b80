import { NEGATIVE_CLASS, POSITIVE_CLASS } from "./lexicon/boilerplate-patterns.js";
import type { HtmlChild, HtmlElement } from "./parse-html.js";
import { cutRelatedTail } from "./rules/cut-related-tail.js";
import { dropBoilerplateBlock } from "./rules/drop-boilerplate-block.js";
import { dropCaptionBlock } from "./rules/drop-caption-block.js";
import { dropLinkHeavyBlocks } from "./rules/drop-link-heavy-block.js";
import { dropMetadataLine } from "./rules/drop-metadata-line.js";
import { classAndId, isBoilerplateElement } from "./rules/is-boilerplate-element.js";
import type { TextBlock } from "./text-block.js";

/**
 * Main text of a page, Readability-style but on the light tree: paragraphs vote for their
 * ancestors, the best container (and its good siblings) is read out as blocks, and block rules
 * drop furniture lines. The block rules are where it keeps text Readability loses (quote-led
 * and short paragraphs inside the body) and drops what it lets through (read-more lines,
 * related lists, cookie/paywall notices).
 */

/** Paragraph-like blocks shorter than this do not vote for a container. */
const MIN_VOTING_LENGTH = 25;
/** How many ancestor levels a paragraph's score reaches, with its divisor per level. */
const VOTE_LEVELS = 5;
/** Class/id weight, as in Readability. */
const CLASS_WEIGHT = 25;
/** Siblings scoring at least this share of the best container join it. */
const SIBLING_SHARE = 0.2;
/** A sibling of the container's own class may carry more links (the story's opening with its
 * table of contents) and still be the story. */
const SAME_CLASS_LINK_SHARE = 0.4;

/**
 * Block rules, each dropping one kind of furniture line. Order does not matter: any hit drops.
 * The h1 is the headline, kept apart as the title.
 */
const BLOCK_RULES: ((block: TextBlock) => boolean)[] = [
  (block) => block.tag === "h1",
  dropCaptionBlock,
  dropBoilerplateBlock,
  dropMetadataLine,
];

/** Tags whose start and end break text into separate blocks. */
const BLOCK_TAGS = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "dl",
  "dd",
  "dt",
  "blockquote",
  "pre",
  "figure",
  "figcaption",
  "table",
  "thead",
  "tbody",
  "tr",
  "td",
  "th",
  "caption",
  "address",
  "center",
  "details",
  "summary",
  "hr",
  "body",
  "html",
]);

/** Tags whose content is code: nothing inside them is judged by its class. */
const CODE_TAGS = new Set(["pre", "code"]);

/** Tags that vote for their ancestors as paragraphs. */
const VOTING_TAGS = new Set(["p", "pre", "td", "blockquote"]);

interface NodeStats {
  score: number;
  textLength: number;
  linkLength: number;
  isCandidate: boolean;
  /** Text of voting paragraphs below (and in) this element. */
  goodText: number;
}

export interface MainText {
  blocks: TextBlock[];
  /** The container the text was read from (`article`, `div.entry-content`...). */
  container: string;
}

/** Finds the main text blocks of a parsed page. Never throws; may return no blocks. */
export function extractMainText(root: HtmlElement): MainText {
  const stats = measureElements(root);
  const best = pickBestContainer(root, stats);
  if (best === null) return { blocks: [], container: "none" };
  const parts = addLeadingProse(best, gatherSiblings(best, stats), stats);
  const blocks: TextBlock[] = [];
  for (const part of parts) for (const block of readBlocks(part, stats)) blocks.push(block);
  const kept = dropRepeatedBlocks(
    dropLinkHeavyBlocks(blocks.filter((block) => !BLOCK_RULES.some((drop) => drop(block)))),
  );
  const tail = cutRelatedTail(kept);
  return { blocks: kept.slice(0, tail), container: describeElement(best) };
}

/** Blocks at least this long are compared for repeats; short ones ("Step 1", "$7") recur. */
const MIN_REPEATED_LENGTH = 40;

/**
 * Drops later copies of a block: a page that says the same paragraph twice (mobile and desktop
 * versions, a call to action repeated, a slider's cloned slides) means it once.
 */
function dropRepeatedBlocks(blocks: TextBlock[]): TextBlock[] {
  const seen = new Set<string>();
  return blocks.filter((block) => {
    if (block.text.length < MIN_REPEATED_LENGTH) return true;
    if (seen.has(block.text)) return false;
    seen.add(block.text);
    return true;
  });
}

/** Text and link lengths of every element, furniture pruned, and paragraph votes. Iterative. */
function measureElements(root: HtmlElement): Map<HtmlElement, NodeStats> {
  const all = new Map<HtmlElement, NodeStats>();
  const order: HtmlElement[] = [];
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const element = stack.pop() as HtmlElement;
    order.push(element);
    for (const child of element.children) if (typeof child !== "string") stack.push(child);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const element = order[i] as HtmlElement;
    let textLength = 0;
    let linkLength = 0;
    for (const child of element.children) {
      if (typeof child === "string") {
        textLength += countVisible(child);
        continue;
      }
      const childStats = all.get(child) as NodeStats;
      textLength += childStats.textLength;
      linkLength += childStats.linkLength;
    }
    if (element.tag === "a") linkLength = textLength;
    all.set(element, { score: 0, textLength, linkLength, isCandidate: false, goodText: 0 });
  }
  // Prune furniture top-down, then take it out of its ancestors' counts.
  const kept = new Map<HtmlElement, NodeStats>();
  // Inside code, class names are token kinds (`hljs-comment`, `token tag`), not furniture.
  const inCode = new Set<HtmlElement>();
  for (const element of order) {
    const stat = all.get(element) as NodeStats;
    const parent = element.parent;
    if (parent !== null && !kept.has(parent)) continue;
    if (parent !== null && (CODE_TAGS.has(parent.tag) || inCode.has(parent))) {
      inCode.add(element);
      kept.set(element, stat);
      continue;
    }
    if (element !== root && isBoilerplateElement(element, stat.textLength, stat.linkLength)) {
      for (let a = element.parent; a !== null; a = a.parent) {
        const up = kept.get(a);
        if (up === undefined) break;
        up.textLength -= stat.textLength;
        up.linkLength -= stat.linkLength;
      }
      continue;
    }
    kept.set(element, stat);
  }
  for (const element of kept.keys()) voteForAncestors(element, kept);
  const keptOrder = [...kept.keys()];
  for (let i = keptOrder.length - 1; i >= 0; i--) {
    const element = keptOrder[i] as HtmlElement;
    const stat = kept.get(element) as NodeStats;
    // Code blocks vote but are no paragraphs: a listing (or the page's markdown source) beside
    // the story is no sign that the story goes on there.
    if (element.tag !== "pre" && isGoodParagraph(element, stat)) stat.goodText += stat.textLength;
    else if (element.tag === "li" && isProseItem(stat)) {
      // Its paragraphs, if any, are counted already.
      stat.goodText = Math.max(stat.goodText, stat.textLength);
    }
    const up = element.parent ? kept.get(element.parent) : undefined;
    if (up !== undefined) up.goodText += stat.goodText;
  }
  return kept;
}

function isGoodParagraph(element: HtmlElement, own: NodeStats): boolean {
  if (!isVotingElement(element, own)) return false;
  const linkShare = own.linkLength / Math.max(1, own.textLength);
  return own.textLength >= MIN_VOTING_LENGTH && linkShare <= 0.5;
}

/** A list item this long with few links holds a sentence: it counts as paragraph text (but
 * does not vote: lists of links and cards would). */
const MIN_PROSE_ITEM = 60;

function isProseItem(own: NodeStats): boolean {
  return own.textLength >= MIN_PROSE_ITEM && own.linkLength / Math.max(1, own.textLength) <= 0.5;
}

function voteForAncestors(element: HtmlElement, stats: Map<HtmlElement, NodeStats>): void {
  const own = stats.get(element);
  if (own === undefined || !isGoodParagraph(element, own)) return;
  const vote = 1 + countCommas(element) + Math.min(Math.floor(own.textLength / 100), 3);
  let ancestor = element.parent;
  for (let level = 0; ancestor !== null && level < VOTE_LEVELS; level++) {
    const ancestorStats = stats.get(ancestor);
    if (ancestorStats === undefined) break;
    if (!ancestorStats.isCandidate) {
      ancestorStats.isCandidate = true;
      ancestorStats.score = initialScore(ancestor);
    }
    ancestorStats.score += vote / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    ancestor = ancestor.parent;
  }
}

/** Paragraph tags vote; so does a div or section that holds its own text directly. */
function isVotingElement(element: HtmlElement, own: NodeStats): boolean {
  if (VOTING_TAGS.has(element.tag)) return true;
  if (element.tag !== "div" && element.tag !== "section" && element.tag !== "span") return false;
  if (own.textLength < MIN_VOTING_LENGTH) return false;
  for (const child of element.children) {
    if (typeof child !== "string" && BLOCK_TAGS.has(child.tag)) return false;
  }
  return true;
}

function initialScore(element: HtmlElement): number {
  let score = 0;
  switch (element.tag) {
    case "div":
    case "article":
    case "main":
      score = 5;
      break;
    case "section":
    case "pre":
    case "td":
    case "blockquote":
      score = 3;
      break;
    case "ol":
    case "ul":
    case "li":
    case "form":
    case "dl":
    case "dd":
    case "dt":
      score = -3;
      break;
    default:
      if (/^h[1-6]$|^th$|^address$/.test(element.tag)) score = -5;
  }
  return score + classWeight(element);
}

function classWeight(element: HtmlElement): number {
  const names = classAndId(element);
  if (names === "") return element.attrs.itemprop === "articleBody" ? CLASS_WEIGHT : 0;
  let weight = 0;
  if (NEGATIVE_CLASS.test(names)) weight -= CLASS_WEIGHT;
  if (POSITIVE_CLASS.test(names)) weight += CLASS_WEIGHT;
  if (element.attrs.itemprop === "articleBody") weight += CLASS_WEIGHT;
  return weight;
}

function pickBestContainer(
  root: HtmlElement,
  stats: Map<HtmlElement, NodeStats>,
): HtmlElement | null {
  const ranked: { element: HtmlElement; score: number }[] = [];
  for (const [element, stat] of stats) {
    if (!stat.isCandidate) continue;
    stat.score *= 1 - stat.linkLength / Math.max(1, stat.textLength);
    ranked.push({ element, score: stat.score });
  }
  ranked.sort((a, b) => b.score - a.score);
  const top = ranked[0];
  if (top === undefined) return findBody(root, stats);
  let best = climbToSharedAncestor(top, ranked.slice(1, TOP_CANDIDATES));
  best = climbWhileParentScoresHigher(best, stats);
  best = climbToMostParagraphs(best, stats);
  while (
    best.parent !== null &&
    best.parent.tag !== "body" &&
    onlyElementChild(best.parent) === best
  ) {
    best = best.parent;
  }
  return best;
}

/** How many top containers are compared when looking for a shared ancestor (Readability: 5). */
const TOP_CANDIDATES = 5;
/** Runners-up this close to the best count as pieces of the same article. */
const RUNNER_UP_SHARE = 0.75;
/** This many runners-up under one ancestor make it the container. */
const MIN_SHARED = 3;

/** When several near-best containers sit under one ancestor, the article is that ancestor. */
function climbToSharedAncestor(
  top: { element: HtmlElement; score: number },
  runnersUp: { element: HtmlElement; score: number }[],
): HtmlElement {
  const close = runnersUp.filter((c) => c.score / Math.max(1e-9, top.score) >= RUNNER_UP_SHARE);
  if (close.length < MIN_SHARED) return top.element;
  for (let a = top.element.parent; a !== null && a.tag !== "body"; a = a.parent) {
    let shared = 0;
    for (const c of close) if (isAncestor(a, c.element)) shared++;
    if (shared >= MIN_SHARED) return a;
  }
  return top.element;
}

/** Climbs while a parent scores higher than what is below it (Readability's parent check). */
function climbWhileParentScoresHigher(
  best: HtmlElement,
  stats: Map<HtmlElement, NodeStats>,
): HtmlElement {
  let lastScore = stats.get(best)?.score ?? 0;
  const threshold = lastScore / 3;
  for (let a = best.parent; a !== null && a.tag !== "body"; a = a.parent) {
    const s = stats.get(a);
    if (s === undefined || !s.isCandidate) continue;
    if (s.score < threshold) break;
    if (s.score > lastScore) return a;
    lastScore = s.score;
  }
  return best;
}

/** An ancestor holding this many times more paragraph text holds the rest of the article. */
const MORE_PARAGRAPHS = 2;
/** ...unless it is this link-heavy (a teaser grid, a listing). */
const MAX_CLIMB_LINK_SHARE = 0.3;

/**
 * Climbs to the nearest ancestor below `body` that holds much more paragraph text, for pages
 * whose article is cut into sibling sections (ad breaks, "zones", per-item cards).
 */
function climbToMostParagraphs(best: HtmlElement, stats: Map<HtmlElement, NodeStats>): HtmlElement {
  let current = best;
  let good = stats.get(best)?.goodText ?? 0;
  for (let a = best.parent; a !== null && a.tag !== "body" && a.tag !== "html"; a = a.parent) {
    const s = stats.get(a);
    if (s === undefined) break;
    if (
      s.goodText >= good * MORE_PARAGRAPHS &&
      s.linkLength / Math.max(1, s.textLength) < MAX_CLIMB_LINK_SHARE
    ) {
      current = a;
      good = s.goodText;
    }
  }
  return current;
}

function isAncestor(ancestor: HtmlElement, element: HtmlElement): boolean {
  for (let a = element.parent; a !== null; a = a.parent) if (a === ancestor) return true;
  return false;
}

function onlyElementChild(element: HtmlElement): HtmlElement | null {
  let only: HtmlElement | null = null;
  for (const child of element.children) {
    if (typeof child === "string") {
      if (child.trim() !== "") return null;
      continue;
    }
    if (only !== null) return null;
    only = child;
  }
  return only;
}

/** Without any voting paragraph, read the whole body (short pages, bare fragments). */
function findBody(root: HtmlElement, stats: Map<HtmlElement, NodeStats>): HtmlElement | null {
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const element = stack.pop() as HtmlElement;
    if (element.tag === "body") return element;
    for (const child of element.children) if (typeof child !== "string") stack.push(child);
  }
  const rootStats = stats.get(root);
  return rootStats !== undefined && rootStats.textLength > 0 ? root : null;
}

/** The best container and those of its siblings that look like more of the same article. */
function gatherSiblings(best: HtmlElement, stats: Map<HtmlElement, NodeStats>): HtmlElement[] {
  const parent = best.parent;
  if (parent === null) return [best];
  const bestStats = stats.get(best) as NodeStats;
  const threshold = Math.max(10, bestStats.score * SIBLING_SHARE);
  const bestClass = best.attrs.class ?? "";
  const parts: HtmlElement[] = [];
  for (const sibling of parent.children) {
    if (typeof sibling === "string") continue;
    if (sibling === best) {
      parts.push(sibling);
      continue;
    }
    const s = stats.get(sibling);
    if (s === undefined) continue;
    const linkShare = s.linkLength / Math.max(1, s.textLength);
    let bonus = 0;
    if (bestClass !== "" && sibling.attrs.class === bestClass) bonus = bestStats.score * 0.2;
    if (
      s.isCandidate &&
      s.score + bonus >= threshold &&
      linkShare < (bonus > 0 ? SAME_CLASS_LINK_SHARE : 0.3)
    ) {
      parts.push(sibling);
    } else if (isSameKindOfProse(best, sibling, s, linkShare)) parts.push(sibling);
    else if (sibling.tag === "p" && s.textLength > 80 && linkShare < 0.25) parts.push(sibling);
  }
  return parts;
}

/** A sibling section of the same tag and class, mostly paragraph text: the story's next part. */
const MIN_SIBLING_PROSE = 200;
const SIBLING_PROSE_SHARE = 0.6;

function isSameKindOfProse(
  best: HtmlElement,
  sibling: HtmlElement,
  s: NodeStats,
  linkShare: number,
): boolean {
  return (
    sibling.tag === best.tag &&
    (sibling.attrs.class ?? "") === (best.attrs.class ?? "") &&
    s.goodText >= MIN_SIBLING_PROSE &&
    s.goodText >= s.textLength * SIBLING_PROSE_SHARE &&
    linkShare < 0.3
  );
}

/** How many levels above the container are searched for a standfirst or intro before it. */
const LEADING_LEVELS = 3;
/** Paragraph text an element before the container needs to count as the article's intro, and
 * the share of its text that must be paragraphs (promos and bylines mix in short lines). */
const MIN_LEADING_PROSE = 250;
const LEADING_PROSE_SHARE = 0.8;

/**
 * Adds the article's opening when it stands apart, before the container (a standfirst under the
 * headline, an intro block, a summary box): elements just before the container or one of its
 * near ancestors that are mostly unlinked paragraph text. Only before: what follows the body
 * is far more often a bio, a call to action or teasers. Returned in page order.
 */
function addLeadingProse(
  best: HtmlElement,
  parts: HtmlElement[],
  stats: Map<HtmlElement, NodeStats>,
): HtmlElement[] {
  const leading: HtmlElement[] = [];
  let child = best;
  for (let level = 0; level < LEADING_LEVELS; level++) {
    const parent = child.parent;
    if (parent === null || parent.tag === "body" || parent.tag === "html") break;
    const before: HtmlElement[] = [];
    for (const sibling of parent.children) {
      if (sibling === child) break;
      if (typeof sibling === "string" || parts.includes(sibling)) continue;
      const s = stats.get(sibling);
      if (s === undefined) continue;
      if (isLeadingProse(s)) before.push(sibling);
    }
    leading.unshift(...before);
    child = parent;
  }
  return leading.length === 0 ? parts : [...leading, ...parts];
}

function isLeadingProse(s: NodeStats): boolean {
  return (
    s.goodText >= MIN_LEADING_PROSE &&
    s.goodText >= s.textLength * LEADING_PROSE_SHARE &&
    s.linkLength / Math.max(1, s.textLength) < 0.3
  );
}

/** Reads an element's text as blocks, skipping furniture. Iterative enter/exit walk. */
export function readBlocks(
  container: HtmlElement,
  kept: Map<HtmlElement, unknown> | null = null,
): TextBlock[] {
  const blocks: TextBlock[] = [];
  const tags: string[] = [];
  let buffer = "";
  let linkChars = 0;
  let ownWordChars = 0;
  let linkDepth = 0;
  const flush = (): void => {
    const text = buffer.replace(/\s+/g, " ").trim();
    if (text !== "") {
      const tag = tags[tags.length - 1] ?? "div";
      blocks.push({ text, tag, linkChars: Math.min(linkChars, text.length), ownWordChars });
    }
    buffer = "";
    linkChars = 0;
    ownWordChars = 0;
  };
  type Step = { node: HtmlChild; exit: boolean };
  const stack: Step[] = [{ node: container, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop() as Step;
    if (typeof node === "string") {
      buffer += node;
      if (linkDepth > 0) linkChars += countVisible(node);
      else ownWordChars += countWordChars(node);
      continue;
    }
    const isBlock = BLOCK_TAGS.has(node.tag);
    if (exit) {
      if (node.tag === "a") linkDepth--;
      if (isBlock) {
        flush();
        tags.pop();
      }
      continue;
    }
    if (node !== container && (kept ? !kept.has(node) : isBoilerplateElement(node))) continue;
    if (node.tag === "br") {
      buffer += "\n";
      continue;
    }
    if (node.tag === "img" || node.tag === "hr") continue;
    if (isBlock) {
      flush();
      tags.push(node.tag);
    }
    if (node.tag === "a") linkDepth++;
    if (INLINE_SPACED.has(node.tag)) buffer += " ";
    stack.push({ node, exit: true });
    for (let i = node.children.length - 1; i >= 0; i--) {
      stack.push({ node: node.children[i] as HtmlChild, exit: false });
    }
  }
  flush();
  return blocks;
}

/** Inline tags that stand between words in practice (table cells, labels). */
const INLINE_SPACED = new Set(["label", "time", "cite"]);

function countVisible(text: string): number {
  let count = 0;
  let inSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 9 || code === 13 || code === 160;
    if (!space) count++;
    else if (!inSpace) count++;
    inSpace = space;
  }
  return count;
}

/** Letters and digits (any script): characters that are neither space nor ASCII punctuation. */
function countWordChars(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) count++;
    else if ((code | 32) >= 97 && (code | 32) <= 122) count++;
    else if (code > 0xbf && code !== 0x2013 && code !== 0x2014 && !isWideSpaceOrQuote(code))
      count++;
  }
  return count;
}

function isWideSpaceOrQuote(code: number): boolean {
  return (code >= 0x2000 && code <= 0x206f) || code === 0x3000 || code === 0xfeff;
}

function countCommas(element: HtmlElement): number {
  let commas = 0;
  const stack: HtmlChild[] = [element];
  while (stack.length > 0) {
    const node = stack.pop() as HtmlChild;
    if (typeof node === "string") {
      for (let i = 0; i < node.length; i++) {
        const c = node.charCodeAt(i);
        if (c === 44 || c === 0x3001 || c === 0xff0c || c === 0x060c) commas++;
      }
      continue;
    }
    for (const child of node.children) stack.push(child);
  }
  return commas;
}

function describeElement(element: HtmlElement): string {
  const cls = element.attrs.class?.trim().split(/\s+/)[0];
  const id = element.attrs.id;
  return `${element.tag}${id ? `#${id}` : ""}${cls ? `.${cls}` : ""}`;
}

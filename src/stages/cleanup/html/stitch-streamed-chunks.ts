import type { HtmlElement } from "./parse-html.js";

/**
 * React's streaming server rendering (Next.js and others) sends parts of the page late, as
 * `<div hidden id="S:n">` chunks at the end of the body, and moves each into its place with an
 * inline script: `$RS("S:n","P:m")` for a segment into `<template id="P:m">`, `$RC("B:k","S:n")`
 * for a finished boundary `<template id="B:k">`. Without running the scripts the story sits
 * outside the article's container, cut into pieces; this does the moves the scripts would.
 */

/** A segment move or boundary completion call, as the inline scripts write them. */
const MOVE_CALL = /\$R([SC])\("([A-Za-z]:[0-9a-z]+)","([A-Za-z]:[0-9a-z]+)"\)/g;
export const STREAMED_PLACEHOLDER_ID = /^[BP]:[0-9a-z]+$/;
export const STREAMED_CHUNK_ID = /^S:[0-9a-z]+$/;
/** Only the leading part of an inline script is read: the move calls are short scripts, the
 * long ones are data payloads. */
export const MAX_SCRIPT_READ = 8_192;
/** A hostile page could ask for any number of moves; real pages make dozens. */
const MAX_MOVES = 2_000;

export interface StreamedChunks {
  placeholders: Map<string, HtmlElement>;
  chunks: Map<string, HtmlElement>;
  scripts: string[];
}

export function newStreamedChunks(): StreamedChunks {
  return { placeholders: new Map(), chunks: new Map(), scripts: [] };
}

/** Moves every chunk a script names into its placeholder, in script order. */
export function stitchStreamedChunks(found: StreamedChunks): void {
  if (found.chunks.size === 0 || found.placeholders.size === 0) return;
  let moves = 0;
  for (const script of found.scripts) {
    for (const call of script.matchAll(MOVE_CALL)) {
      if (moves >= MAX_MOVES) return;
      const [chunkId, placeholderId] = call[1] === "S" ? [call[2], call[3]] : [call[3], call[2]];
      const chunk = found.chunks.get(chunkId as string);
      const placeholder = found.placeholders.get(placeholderId as string);
      if (chunk === undefined || placeholder === undefined) continue;
      if (moveInto(chunk, placeholder)) moves++;
    }
  }
}

/** Replaces the placeholder by the chunk's children; the emptied chunk leaves the tree. */
function moveInto(chunk: HtmlElement, placeholder: HtmlElement): boolean {
  const target = placeholder.parent;
  const source = chunk.parent;
  if (target === null || source === null || isInside(target, chunk)) return false;
  const at = target.children.indexOf(placeholder);
  if (at < 0) return false;
  for (const child of chunk.children) if (typeof child !== "string") child.parent = target;
  target.children.splice(at, 1, ...chunk.children);
  chunk.children = [];
  const from = source.children.indexOf(chunk);
  if (from >= 0) source.children.splice(from, 1);
  chunk.parent = null;
  placeholder.parent = null;
  return true;
}

/** Whether `element` lies inside `ancestor` (a move must not put a chunk inside itself). */
function isInside(element: HtmlElement, ancestor: HtmlElement): boolean {
  for (let a: HtmlElement | null = element; a !== null; a = a.parent)
    if (a === ancestor) return true;
  return false;
}

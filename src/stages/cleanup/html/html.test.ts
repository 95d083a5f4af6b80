import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findDateFromText } from "./dates/date-from-text.js";
import { findDateFromUrl } from "./dates/date-from-url.js";
import { parseDateString, readUtcOffset } from "./dates/parse-date-string.js";
import { extractHtmlArticle, prefersFallback } from "./extract-html-article.js";
import { cleanHtml } from "./index.js";
import { type HtmlElement, parseHtml } from "./parse-html.js";

const FERRY = readFileSync(new URL("./fixtures/harbour-ferry.html", import.meta.url), "utf8");

function page(head: string, body: string): string {
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}

const PROSE =
  "<p>The council voted on Thursday to keep the library open on Sundays, after a petition signed by nearly three thousand residents.</p>" +
  "<p>Opening hours will stay the same through the winter, the chair of the committee said, and the extra cost will be met from reserves.</p>";

describe("extractHtmlArticle on a news page", () => {
  const article = extractHtmlArticle(FERRY);

  it("keeps the story's paragraphs, quote-led ones included, in order", () => {
    expect(article.paragraphs[0]).toMatch(/^The harbour ferry resumed its crossings/);
    expect(article.paragraphs[1]).toBe(
      "“We have waited all winter for this,” said Tomas Berg, who commutes to the island clinic every day. “The bus detour added an hour each way.”",
    );
    expect(article.paragraphs).toContain("What changes for passengers");
    expect(article.paragraphs.at(-1)).toMatch(/^Tickets bought before the closure/);
  });

  it.each([
    ["the cookie notice", /cookies/],
    ["the navigation", /^Home/],
    ["the caption", /leaves the north pier/],
    ["the advertisement label", /^Advertisement$/],
    ["the read-more line", /^Read more/],
    ["the paywall notice", /Subscribe to continue/],
    ["the share links", /Facebook/],
    ["the related articles", /Island clinic/],
    ["the sidebar", /Storm warning/],
    ["the footer", /All rights reserved/],
    ["the headline (it is the title)", /^Harbour ferry returns/],
  ])("leaves out %s", (_what, pattern) => {
    expect(article.paragraphs.filter((p) => pattern.test(p))).toEqual([]);
  });

  it("reads title, byline, outlet, canonical URL and language", () => {
    expect(article.title).toBe("Harbour ferry returns after winter repairs");
    expect(article.byline).toBe("Mara Lindqvist");
    expect(article.outlet).toBe("The Coastal Ledger");
    expect(article.url).toBe("https://ledger.example/news/2031/04/02/harbour-ferry-returns");
    expect(article.language).toBe("en");
  });

  it("takes the date from JSON-LD first and says so", () => {
    expect(article.published).toEqual({
      value: "2031-04-02T08:15",
      source: "jsonld",
      offset: "+01:00",
    });
  });
});

describe("boxes and repeats around the story", () => {
  it.each([
    [
      "an author box (BEM)",
      '<div class="post__author-bio"><p>Mara Lindqvist has covered the harbour since 2019 and writes about transport and the islands.</p></div>',
    ],
    [
      "an author box (camelCase)",
      '<div class="_authorDescription_x1"><p>Mara Lindqvist has covered the harbour since 2019 and writes about transport and the islands.</p></div>',
    ],
    [
      "an author-box plugin",
      '<div class="saboxplugin-wrap"><p>Mara Lindqvist has covered the harbour since 2019 and writes about transport and the islands.</p></div>',
    ],
    [
      "a contributor box",
      '<div class="story__contributor-area"><div class="contributor-bio">Mara Lindqvist has covered the harbour since 2019 and writes about transport and the islands.</div></div>',
    ],
    [
      "an about-the-author box",
      '<section class="about-the-author"><p>Mara Lindqvist has covered the harbour since 2019 and writes about transport and the islands.</p></section>',
    ],
  ])("leaves out %s", (_what, box) => {
    const article = extractHtmlArticle(page("", `<article>${PROSE}${box}</article>`), {
      fallback: false,
    });
    expect(article.paragraphs.join(" ")).toContain("The council voted on Thursday");
    expect(article.paragraphs.join(" ")).not.toContain("has covered the harbour");
  });

  it.each([
    ["a commission disclosure", "We may earn a commission when you buy through links on our site."],
    [
      "a sign-up consent line",
      "By signing up, you agree to receive recurring messages from the Ledger.",
    ],
    ["a price note", "Prices were accurate at the time this article was published."],
    ["a table-of-contents heading", "Table of Contents"],
    ["a tag line", "Tags: ferry, harbour, timetable"],
    ["a stock-photo credit", "Harbour at dusk via Getty Images"],
    [
      "a government-site banner",
      "Official websites use .gov. A .gov website belongs to an official government organization.",
    ],
    [
      "a government-site banner led by the lock notice",
      "Secure .gov websites use HTTPS. A lock or https:// means you have safely connected to the .gov website.",
    ],
    [
      "a copyright line with the sign after the word",
      "Copyright © 2030 The Coastal Ledger. All rights reserved.",
    ],
    [
      "a note about the writer",
      "Mara Lindqvist is a freelance transport writer who has covered the harbour since 2019.",
    ],
    [
      "an editors' selection notice",
      "While each product featured is independently selected by our editors, we may include paid promotion.",
    ],
    ["an age warning", "This post is over 3 years old. Some of it may be out of date."],
    ["a forwarded-newsletter prompt", "Was this newsletter forwarded to you? Sign up here."],
    ["placeholder text", "Lorem ipsum dolor sit amet, consectetur adipiscing elit."],
    ["a notifications prompt", "Would you like to receive notifications about new posts?"],
    [
      "a business-relationship disclosure",
      "As a business, we have financial relationships with some companies we cover.",
    ],
    ["a donation call", "Support the Ledger! Donate via card or become a member."],
  ])("leaves out %s", (_what, line) => {
    const article = extractHtmlArticle(page("", `<article>${PROSE}<p>${line}</p></article>`), {
      fallback: false,
    });
    expect(article.paragraphs).not.toContain(line);
    expect(article.paragraphs.join(" ")).toContain("The council voted on Thursday");
  });

  it("keeps a sentence about a writer that is the story's subject, not a note on its author", () => {
    const line = "The festival said the guest of honour is a writer from the islands.";
    const article = extractHtmlArticle(page("", `<article>${PROSE}<p>${line}</p></article>`), {
      fallback: false,
    });
    expect(article.paragraphs).toContain(line);
  });

  it("keeps a disclaimer paragraph (references keep them about as often as not)", () => {
    const line =
      "Disclaimer: the ferry timetable may change during storms; check before you travel.";
    const article = extractHtmlArticle(page("", `<article>${PROSE}<p>${line}</p></article>`), {
      fallback: false,
    });
    expect(article.paragraphs).toContain(line);
  });

  it("keeps one copy of a paragraph the page repeats, and short repeated lines", () => {
    const cta = "<p>Book a free consultation with our harbour transport team today and save.</p>";
    const article = extractHtmlArticle(
      page("", `<article>${PROSE}${cta}<p>Step 1</p>${PROSE}${cta}<p>Step 1</p></article>`),
      { fallback: false },
    );
    const count = (text: string) => article.paragraphs.filter((p) => p.startsWith(text)).length;
    expect(count("Book a free consultation")).toBe(1);
    expect(count("The council voted")).toBe(1);
    expect(count("Step 1")).toBe(2);
  });
});

describe("sibling sections", () => {
  const part = (title: string, text: string) =>
    `<section><h2>${title}</h2><p>${text}</p></section>`;
  const long =
    "The ferry company said the new timetable would add two crossings on weekdays and one on Sundays, starting in May, with a review after the summer season. Fares stay as they are until then, and season tickets bought before the closure remain valid.";

  it("joins a sibling section of the same kind (both unclassed) that holds mostly prose", () => {
    const html = page(
      "",
      `<main><section>${PROSE.repeat(8)}</section>${part("What changes", long)}</main>`,
    );
    expect(extractHtmlArticle(html, { fallback: false }).paragraphs).toContain(long);
  });

  it("joins a sibling of the container's own class that opens with a table of contents", () => {
    const toc = [1, 2, 3, 4, 5, 6]
      .map(
        (n) => `<li><a href="#s${n}">Section ${n} of the harbour report and its findings</a></li>`,
      )
      .join("");
    const opening = `<div class="rich-text"><p>${long}</p><p>${long.replace("ferry", "bus")}</p><ul>${toc}</ul></div>`;
    const html = page(
      "",
      `<main><div class="post">${opening}<div class="rich-text">${PROSE.repeat(10)}</div></div></main>`,
    );
    expect(extractHtmlArticle(html, { fallback: false }).paragraphs).toContain(long);
  });

  it("leaves out a sibling of another class, even when it holds prose", () => {
    const html = page(
      "",
      `<main><section>${PROSE.repeat(8)}</section><section class="promo-box"><h2>Our offer</h2><p>${long}</p><a href="/a">Link one</a> <a href="/b">Link two</a></section></main>`,
    );
    expect(extractHtmlArticle(html, { fallback: false }).paragraphs).not.toContain(long);
  });
});

describe("list items and the article's opening", () => {
  const item = (n: number) =>
    `<li>Step ${n}: check the timetable at the harbour office before you travel, since crossings change with the tide.</li>`;

  it("counts list items that hold sentences as article text when widening to the sections", () => {
    const intro = `<section class="intro"><div class="text">${PROSE.repeat(2)}</div></section>`;
    const listed = (k: number) =>
      `<section class="part"><h2>Part ${k}</h2><ul>${[1, 2, 3, 4].map(item).join("")}</ul></section>`;
    const html = page("", `<main>${intro}${listed(1)}${listed(2)}${listed(3)}</main>`);
    const text = extractHtmlArticle(html, { fallback: false }).paragraphs.join(" ");
    expect(text).toContain("The council voted on Thursday");
    expect(text).toContain("Step 4: check the timetable");
  });

  it("does not count a list of links as article text", () => {
    const intro = `<section class="intro"><div class="text">${PROSE.repeat(2)}</div></section>`;
    const links = `<section class="more"><ul>${[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `<li><a href="/s/${n}">Story number ${n} about the harbour ferry and its long winter closure</a></li>`).join("")}</ul></section>`;
    const html = page("", `<main>${intro}${links}</main>`);
    const text = extractHtmlArticle(html, { fallback: false }).paragraphs.join(" ");
    expect(text).toContain("The council voted on Thursday");
    expect(text).not.toContain("Story number");
  });

  const standfirst =
    "The harbour ferry will run again from Monday after a winter of repairs to its hull and engines, the operator said, ending four months in which islanders had to take a two-hour bus detour. Fares stay as they were, and season tickets bought before the closure remain valid.";
  const bio =
    "Mara Lindqvist has covered the harbour and the islands for the Ledger since 2019, and before that reported on transport and local politics for a regional radio station in the north of the country.";
  const body = `<div class="content"><div class="body">${PROSE.repeat(4)}</div></div>`;

  it("adds an intro paragraph that stands before the body, a few levels up", () => {
    const intro = `<div class="top"><div class="dek"><p>${standfirst}</p></div></div>`;
    const html = page("", `<article>${intro}${body}</article>`);
    expect(extractHtmlArticle(html, { fallback: false }).paragraphs[0]).toBe(standfirst);
  });

  it("does not add prose that stands after the body", () => {
    const html = page("", `<article>${body}<div class="note"><p>${bio}</p></div></article>`);
    expect(extractHtmlArticle(html, { fallback: false }).paragraphs).not.toContain(bio);
  });

  it("does not add a short promo line before the body", () => {
    const promo = "Sign in to save stories and get the morning briefing every weekday.";
    const html = page("", `<article><div class="promo"><p>${promo}</p></div>${body}</article>`);
    expect(extractHtmlArticle(html, { fallback: false }).paragraphs).not.toContain(promo);
  });
});

describe("double encoding written as entities", () => {
  it("repairs the text and the title", () => {
    const broken =
      "The caf&Atilde;&copy; reopened &acirc;&#128;&#148; its owner said it &acirc;&#128;&#153;s back on the menu, cr&Atilde;&uml;me br&Atilde;&raquo;l&Atilde;&copy;e too.";
    const html = `<html><head><title>Caf&Atilde;&copy; reopens</title></head><body><article><p>${broken} ${PROSE}</p></article></body></html>`;
    const article = extractHtmlArticle(html, { fallback: false });
    const text = article.paragraphs.join(" ");
    expect(text).toContain(
      "The café reopened — its owner said it ’s back on the menu, crème brûlée too.",
    );
    expect(article.title).toBe("Café reopens");
  });
});

describe("a whole document pasted inside the page", () => {
  it("reads an embedded <html><body> as a container, so the article's parts are joined", () => {
    const embedded = (k: number) =>
      `<div class="block"><html><body><div class="wrap"><div class="text"><h2>Part ${k}</h2>${PROSE.repeat(2)}</div></div></body></html></div>`;
    const html = page(
      "",
      `<main><nav><a href="/a">Home</a></nav><div class="content">${embedded(1)}${embedded(2)}${embedded(3)}</div></main>`,
    );
    const text = extractHtmlArticle(html, { fallback: false }).paragraphs.join(" ");
    for (const k of [1, 2, 3]) expect(text).toContain(`Part ${k}`);
  });

  it("keeps the page's own <body> as the body", () => {
    const root = parseHtml(
      `<html><body><div><html><body><p>Inner text</p></body></html></div><p>After</p></body></html>`,
    ).root;
    const html = root.children[0] as HtmlElement;
    const body = html.children[0] as HtmlElement;
    expect(body.tag).toBe("body");
    const div = body.children[0] as HtmlElement;
    expect((div.children[0] as HtmlElement).tag).toBe("div");
    expect(body.children.length).toBe(2);
  });
});

describe("chunks a streaming React page moves into place", () => {
  const part = (k: number) =>
    `<p>Part ${k}: the council voted on Thursday to keep the library open on Sundays, after a petition signed by nearly three thousand residents, the mayor said.</p>`;

  it("puts each chunk where its script moves it, in the article's order", () => {
    const html = page(
      "",
      `<main><article class="story">${part(1)}<template id="P:2"></template>${part(3)}<template id="B:0"></template><p>Loading…</p></article></main>
      <div hidden id="S:0">${part(4)}${part(5)}</div><script>$RC("B:0","S:0")</script>
      <div hidden id="S:2">${part(2)}</div><script>$RS("S:2","P:2")</script>`,
    );
    const text = extractHtmlArticle(html, { fallback: false }).paragraphs.join(" ");
    const order = [1, 2, 3, 4, 5].map((k) => text.indexOf(`Part ${k}:`));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("leaves a chunk that no script moves where it stands", () => {
    const parsed = parseHtml(
      `<body><template id="P:1"></template><div hidden id="S:1"><p>Late</p></div></body>`,
    );
    const tags: string[] = [];
    const stack: HtmlElement[] = [parsed.root];
    for (let e = stack.pop(); e; e = stack.pop()) {
      tags.push(e.attrs.id ?? e.tag);
      for (const c of e.children) if (typeof c !== "string") stack.push(c);
    }
    expect(tags).toContain("S:1");
  });
});

describe("code blocks beside the story", () => {
  it("does not widen the container to take in a long code block next to the story", () => {
    const story = Array.from(
      { length: 4 },
      (_, i) =>
        `<p>Part ${i}: the council voted on Thursday to keep the library open on Sundays, after a petition signed by nearly three thousand residents.</p>`,
    ).join("");
    const listing = `<pre>${"const timetable = loadTimetable(harbour); ".repeat(40)}</pre>`;
    const html = page("", `<main><div class="story">${story}</div>${listing}</main>`);
    const text = extractHtmlArticle(html, { fallback: false }).paragraphs.join(" ");
    expect(text).toContain("Part 3: the council voted");
    expect(text).not.toContain("loadTimetable");
  });
});

describe("hidden elements", () => {
  const story = PROSE.repeat(2);

  it("reads the hidden chunks a React page streams its article in (S:0, S:1f)", () => {
    const html = page(
      "",
      `<main><template id="B:0"></template></main><div hidden id="S:0"><article>${story}</article></div><div hidden id="S:1f"><p>The new timetable starts in May, with two more crossings on weekdays and one on Sundays, a spokesman said, and fares stay as they are until the review in the autumn, when the board meets again.</p><p>Season tickets, day passes and the islanders' discount cards bought before the closure remain valid, the company said, and refunds can be claimed at the harbour office.</p></div>`,
    );
    const text = extractHtmlArticle(html, { fallback: false }).paragraphs.join(" ");
    expect(text).toContain("The council voted on Thursday");
    expect(text).toContain("The new timetable starts in May");
  });

  it("still leaves out a short hidden element of another kind", () => {
    const menu = "Choose your region: North, South, Islands and the harbour district";
    const html = page(
      "",
      `<article>${story}<div hidden id="region-menu"><p>${menu}</p></div></article>`,
    );
    expect(extractHtmlArticle(html, { fallback: false }).paragraphs).not.toContain(menu);
  });
});

describe("code inside the story", () => {
  it("keeps the comments of a highlighted code block (token classes are no furniture)", () => {
    const code =
      '<pre><code><span class="hljs-comment"># stage only the files named after the command</span>\n<span class="hljs-built_in">git</span> add notes.txt</code></pre>';
    const html = page("", `<article>${PROSE.repeat(3)}${code}</article>`);
    const text = extractHtmlArticle(html, { fallback: false }).paragraphs.join(" ");
    expect(text).toContain("# stage only the files named after the command");
    expect(text).toContain("git add notes.txt");
  });

  it("still leaves out a comments section beside the code", () => {
    const comments =
      '<div class="comments"><p>Great post, thanks for explaining the staging area so clearly!</p></div>';
    const html = page(
      "",
      `<article>${PROSE.repeat(3)}<pre><code>git add notes.txt</code></pre>${comments}</article>`,
    );
    const text = extractHtmlArticle(html, { fallback: false }).paragraphs.join(" ");
    expect(text).toContain("git add notes.txt");
    expect(text).not.toContain("Great post");
  });
});

describe("prefersFallback", () => {
  it.each([
    [0, 300, true],
    [140, 290, true],
    [140, 250, false],
    [150, 150, false],
  ])("with %i characters of ours and %i of Readability's says %s", (ours, theirs, expected) => {
    expect(prefersFallback(ours, theirs)).toBe(expected);
  });
});

describe("forms", () => {
  it("leaves out a contact form inside the article and keeps a page wrapped in a form", () => {
    const contact =
      '<form class="lead"><label>First Name</label><input name="a"><label>Your phone number</label><input name="b"></form>';
    const inArticle = extractHtmlArticle(
      page("", `<article>${PROSE}${contact}${PROSE}</article>`),
      {
        fallback: false,
      },
    );
    expect(inArticle.paragraphs.join(" ")).not.toMatch(/First Name|phone number/);
    const wrapped = extractHtmlArticle(
      page("", `<form id="aspnetForm"><div class="content">${PROSE.repeat(8)}</div></form>`),
      { fallback: false },
    );
    expect(wrapped.paragraphs.join(" ")).toContain("The council voted on Thursday");
  });
});

describe("publication date, in order of trust", () => {
  it.each([
    [
      "JSON-LD",
      page(
        '<script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2030-05-06"}</script>',
        `<time datetime="2029-01-01">x</time>${PROSE}`,
      ),
      { value: "2030-05-06", source: "jsonld" },
    ],
    [
      "an article meta tag before JSON-LD",
      page(
        '<script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2030-05-06"}</script><meta property="article:published_time" content="2030-01-01">',
        PROSE,
      ),
      { value: "2030-01-01", source: "meta" },
    ],
    [
      "article meta tag",
      page(
        '<meta property="article:published_time" content="2030-01-02T10:30:00Z">',
        `<time datetime="2029-01-01">x</time>${PROSE}`,
      ),
      { value: "2030-01-02T10:30", source: "meta", offset: "Z" },
    ],
    [
      "<time> marked as published",
      page(
        "",
        `<time datetime="2029-12-31">old</time><p class="x">${PROSE}</p><time class="published" datetime="2030-03-04T09:00">4 March</time>`,
      ),
      { value: "2030-03-04T09:00", source: "time-element" },
    ],
    ["the URL path", page("", PROSE), { value: "2030-07-08", source: "url" }],
    [
      "a date line in the text",
      page("", `<div class="post-meta">Posted on 9 August 2030 by Ana</div>${PROSE}`),
      { value: "2030-08-09", source: "text" },
    ],
    [
      "a German date line",
      page("", `<div class="artikel-datum">Veröffentlicht am 3. Oktober 2030</div>${PROSE}`),
      { value: "2030-10-03", source: "text" },
    ],
  ])("reads it from %s", (what, html, expected) => {
    const url = what === "the URL path" ? "https://news.example/2030/07/08/library.html" : null;
    expect(extractHtmlArticle(html, { url }).published).toEqual(expected);
  });

  it.each([
    [
      "a URL date over a meta date of another day",
      page('<meta property="article:published_time" content="2030-07-09T10:00:00Z">', PROSE),
      "https://news.example/2030/07/08/library.html",
      { value: "2030-07-08", source: "url" },
    ],
    [
      "the meta date, with its time, when it falls on the URL's day",
      page('<meta property="article:published_time" content="2030-07-08T10:00:00Z">', PROSE),
      "https://news.example/2030/07/08/library.html",
      { value: "2030-07-08T10:00", source: "meta", offset: "Z" },
    ],
    [
      "no URL date from a one-digit day that starts the title",
      page('<meta property="article:published_time" content="2030-07-21">', PROSE),
      "https://blog.example/2030/07/3-questions-for-the-mayor/",
      { value: "2030-07-21", source: "meta" },
    ],
    [
      "a meta date over a <time> marked as published",
      page(
        '<meta name="date" content="2030-02-02">',
        `<time class="entry-date published" datetime="2030-02-01T09:00">1 Feb</time>${PROSE}`,
      ),
      null,
      { value: "2030-02-02", source: "meta" },
    ],
    [
      "the published date over a date line that gives the update",
      page(
        '<meta property="article:published_time" content="2029-03-01T08:00:00+01:00"><meta property="article:modified_time" content="2030-05-20T10:00:00+01:00">',
        `<div class="post-meta">Updated on 20.05.2030</div>${PROSE}`,
      ),
      null,
      { value: "2029-03-01T08:00", source: "meta", offset: "+01:00" },
    ],
    [
      "the shown date line when the modification date confirms it",
      page(
        '<meta property="article:published_time" content="2029-03-01T08:00:00+01:00"><meta property="article:modified_time" content="2030-05-20T10:00:00+01:00">',
        `<div class="article-date">20.05.2030</div>${PROSE}`,
      ),
      null,
      { value: "2030-05-20", source: "text" },
    ],
    [
      "the published date when the date line is not confirmed",
      page(
        '<meta property="article:published_time" content="2030-03-01T08:00:00+01:00">',
        `<div class="article-date">20.05.2030</div>${PROSE}`,
      ),
      null,
      { value: "2030-03-01T08:00", source: "meta", offset: "+01:00" },
    ],
    [
      "the local day of an American page whose stamp is early UTC",
      `<html lang="en-US"><head><meta property="article:published_time" content="2030-11-09T03:28:35+00:00"></head><body><div class="byline-date">Published Nov. 8, 2030, 10:28 p.m. ET</div>${PROSE}</body></html>`,
      null,
      { value: "2030-11-08", source: "text" },
    ],
    [
      "the UTC stamp's day on a German page (early UTC is the same day there)",
      `<html lang="de"><head><meta property="article:published_time" content="2030-10-31T04:41:58Z"></head><body><div class="post-date">30.10.2030</div>${PROSE}</body></html>`,
      null,
      { value: "2030-10-31T04:41", source: "meta", offset: "Z" },
    ],
    [
      "no date line from a related-articles box",
      page(
        "",
        `${PROSE}<aside class="related"><span class="date">2 March 2029</span> Older story</aside><div class="entry-meta">Posted 5 May 2030</div>`,
      ),
      null,
      { value: "2030-05-05", source: "text" },
    ],
    [
      "a one-digit URL date written as whole path segments",
      page('<meta property="article:published_time" content="2031-06-17">', PROSE),
      "https://blog.example/home/2030/7/12/summer-notes",
      { value: "2030-07-12", source: "url" },
    ],
    [
      "an itemprop publication date over an earlier header date classed `date`",
      page(
        "",
        `<header><time class="top-bar--date">Wednesday, 8 July 2030</time></header><span class="info" itemprop="datePublished" content="2030-04-27T18:50:00+02:00">27.04.2030</span>${PROSE}`,
      ),
      null,
      { value: "2030-04-27T18:50", source: "time-element", offset: "+02:00" },
    ],
    [
      "the update a page shows over its JSON-LD publication date",
      page(
        '<script type="application/ld+json">{"@type":"Article","datePublished":"2029-03-01T08:00:00Z","dateModified":"2030-05-20T10:00:00Z"}</script>',
        `<p>By Ana Ruiz · Updated May 20, 2030</p>${PROSE}`,
      ),
      null,
      { value: "2030-05-20T10:00", source: "jsonld", offset: "Z" },
    ],
    [
      "the Open Graph publication date over a shown update",
      page(
        '<meta property="article:published_time" content="2029-03-01T08:00:00Z"><meta property="article:modified_time" content="2030-05-20T10:00:00Z">',
        `<p>By Ana Ruiz · Updated May 20, 2030</p>${PROSE}`,
      ),
      null,
      { value: "2029-03-01T08:00", source: "meta", offset: "Z" },
    ],
    [
      "the JSON-LD publication date when the shown date is neither",
      page(
        '<script type="application/ld+json">{"@type":"Article","datePublished":"2029-03-01","dateModified":"2030-05-20"}</script>',
        `<p>Event on 4 June 2030</p>${PROSE}`,
      ),
      null,
      { value: "2029-03-01", source: "jsonld" },
    ],
    [
      "a shown date a week before a bare `date` meta tag (the tag holds a later change)",
      page(
        '<meta name="date" content="2030-02-12T09:00:00+01:00">',
        `<p>Stuttgart, 05.02.2030</p>${PROSE}`,
      ),
      null,
      { value: "2030-02-05", source: "text" },
    ],
    [
      "a bare `date` meta tag over a shown date months before it",
      page('<meta name="date" content="2030-06-12">', `<p>Founded 05.02.2030</p>${PROSE}`),
      null,
      { value: "2030-06-12", source: "meta" },
    ],
    [
      "a bare `date` meta tag over a shown date after it",
      page('<meta name="dc.date" content="2030-02-05">', `<p>Stuttgart, 12.02.2030</p>${PROSE}`),
      null,
      { value: "2030-02-05", source: "meta" },
    ],
    [
      "a dated article meta tag over an earlier shown date (only bare tags give way)",
      page(
        '<meta property="article:published_time" content="2030-02-12">',
        `<p>Stuttgart, 05.02.2030</p>${PROSE}`,
      ),
      null,
      { value: "2030-02-12", source: "meta" },
    ],
    [
      "month first in a meta tag's numeric date",
      page('<meta name="date" content="11/01/2030 12:43:42">', PROSE),
      null,
      { value: "2030-11-01", source: "meta" },
    ],
    [
      "a Russian date line",
      page("", `<div class="article-date">15 августа 2030, 13:43</div>${PROSE}`),
      null,
      { value: "2030-08-15", source: "text" },
    ],
    [
      "an RDFa publication date",
      page(
        "",
        `<span property="schema:dateCreated" content="2030-01-28T12:45:46+01:00">28.01.30</span>${PROSE}`,
      ),
      null,
      { value: "2030-01-28T12:45", source: "time-element", offset: "+01:00" },
    ],
    [
      "a date marked up inside the author box of the byline",
      page(
        "",
        `<div class="author-info"><span>By Ana Ruiz</span> <time itemprop="datePublished" datetime="2030-03-14">Mar 14, 2030</time></div>${PROSE}`,
      ),
      null,
      { value: "2030-03-14", source: "time-element" },
    ],
  ])("prefers %s", (_what, html, url, expected) => {
    expect(extractHtmlArticle(html, { url }).published).toEqual(expected);
  });

  it("reads the body of a page that never closes its head nor opens a body", () => {
    const article = extractHtmlArticle(
      `<!doctype html><html><head><title>Ferry news</title><meta charset="utf-8"><div id="article"><h1>Ferry news</h1><span class="publishing-date">07.11.2030</span>${PROSE}</div></html>`,
      { fallback: false },
    );
    expect(article.published).toEqual({ value: "2030-11-07", source: "text" });
    expect(article.paragraphs.join(" ")).toContain("The council voted on Thursday");
  });

  it("records no date when the page has none", () => {
    expect(extractHtmlArticle(page("", PROSE)).published).toBeNull();
  });
});

describe("parseDateString", () => {
  it.each([
    ["2030-01-02T03:04:05+01:00", {}, "2030-01-02T03:04"],
    ["20300102", {}, "2030-01-02"],
    ["Wed, 02 Jan 2030 10:00:00 GMT", { loose: true }, "2030-01-02T10:00"],
    ["January 2, 2030", { loose: true }, "2030-01-02"],
    ["2. Januar 2030", { loose: true }, "2030-01-02"],
    ["02.01.2030", { loose: true }, "2030-01-02"],
    ["01/02/2030", { loose: true, order: "mdy" as const }, "2030-01-02"],
    ["01/02/2030", { loose: true, order: "dmy" as const }, "2030-02-01"],
  ])("reads %s", (text, options, expected) => {
    expect(parseDateString(text, options)).toBe(expected);
  });

  it.each([["2030-02-30"], ["1850-01-01"], ["31/31/2030"], ["no date here"], ["2029-02-29"]])(
    "refuses %s",
    (text) => {
      expect(parseDateString(text, { loose: true })).toBeNull();
    },
  );
});

describe("readUtcOffset", () => {
  it.each([
    ["2030-01-02T03:04:05+01:00", "+01:00"],
    ["2030-01-02T03:04:05.123-0530", "-05:30"],
    ["2030-01-02 03:04 +02", "+02:00"],
    ["2030-01-02T03:04:05Z", "Z"],
    ["2030-01-02T03:04 UTC", "Z"],
    ["Wed, 02 Jan 2030 10:00:00 GMT", "Z"],
    ["Wed, 02 Jan 2030 10:00:00 -0800", "-08:00"],
  ])("reads the offset of %s", (text, expected) => {
    expect(readUtcOffset(text)).toBe(expected);
  });

  it.each([
    ["2030-01-02T03:04:05"],
    ["2030-01-02"],
    ["2030-01-02T03:04+25:00"],
    ["2030-01-02-05:00"],
  ])("finds none in %s", (text) => {
    expect(readUtcOffset(text)).toBeNull();
  });
});

describe("findDateFromUrl", () => {
  it.each([
    ["https://a.example/2030/07/08/story", "2030-07-08"],
    ["https://a.example/news/2030-07-08-story", "2030-07-08"],
    ["https://a.example/story_20300708.html", "2030-07-08"],
    ["https://a.example/2030/07/story", null],
    ["https://2030-07-08.example/story", null],
  ])("reads %s", (url, expected) => {
    expect(findDateFromUrl(url)).toBe(expected);
  });
});

describe("cleanHtml", () => {
  it("joins paragraphs with a blank line and annotates each with its span", () => {
    const clean = cleanHtml({ id: "f.html", raw: FERRY, format: "html" });
    expect(clean.paragraphs.length).toBeGreaterThan(3);
    for (const p of clean.paragraphs) {
      expect(clean.text.slice(p.span[0], p.span[1])).toBe(p.text);
      expect(p.rule).toBe("cleanup/html-paragraph");
    }
    expect(clean.text).toBe(clean.paragraphs.map((p) => p.text).join("\n\n"));
    expect(clean.sourceMap).toEqual([]);
  });

  it("prefers the page's marked-up date over its container's, and the container's over the URL", () => {
    const withJsonLd = cleanHtml({
      id: "a",
      raw: FERRY,
      format: "html",
      meta: { published: { value: "2031-04-05", source: "warc" } },
    });
    expect(withJsonLd.published).toEqual({
      value: "2031-04-02T08:15",
      source: "jsonld",
      offset: "+01:00",
    });
    const plain = cleanHtml({
      id: "b",
      raw: page("", PROSE),
      format: "html",
      meta: {
        url: "https://x.example/2030/01/01/a",
        published: { value: "2030-01-03", source: "feed" },
      },
    });
    expect(plain.published).toEqual({ value: "2030-01-03", source: "feed" });
  });

  it("prefers a date in the article's URL over a WARC record's crawl date", () => {
    const crawled = cleanHtml({
      id: "c",
      raw: page("", PROSE),
      format: "html",
      meta: {
        url: "https://x.example/2030/01/01/a",
        published: { value: "2030-02-14", source: "warc" },
      },
    });
    expect(crawled.published).toEqual({ value: "2030-01-01", source: "url" });
  });

  it("gives a date it was told over everything", () => {
    const clean = cleanHtml(
      { id: "a", raw: FERRY, format: "html" },
      { documentDate: "2031-05-01" },
    );
    expect(clean.published).toEqual({ value: "2031-05-01", source: "given" });
  });
});

describe("findDateFromText", () => {
  it("prefers a date led by a publishing cue over an earlier bare date", () => {
    const root = parseHtml(
      page("", "<p>Event on 1 May 2030.</p><p>Published: 3 May 2030</p>"),
    ).root;
    expect(findDateFromText(root, "dmy")).toBe("2030-05-03");
  });
});

describe("byline", () => {
  it.each([
    ['<meta name="author" content="Maria &amp;amp; Katerina">', "", "Maria & Katerina"],
    ["", '<p class="byline">Written By Ana Ruiz</p>', "Ana Ruiz"],
    ["", '<span class="author">ByLi Wei - June 12, 2030</span>', "Li Wei"],
    ["", '<div class="byline">16 December 2030 by Sam Okafor</div>', "Sam Okafor"],
    ["", '<span class="author">By</span>', null],
    [
      '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Ledger Media"}}</script>',
      '<span class="byline">By Tomas Berg</span>',
      "Tomas Berg",
    ],
    [
      '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Ledger Media"}}</script>',
      "",
      "Ledger Media",
    ],
  ])("reads %s %s as %s", (head, body, expected) => {
    expect(extractHtmlArticle(page(head, `${body}${PROSE}`)).byline).toBe(expected);
  });
});

/**
 * Word patterns for page furniture. Data only; the rules in ../rules decide what to do with them.
 * Tested against class and id attributes (joined by a space) and against short text blocks.
 */

/** Class/id words of elements that are never the article, whatever their size. */
export const NEVER_ARTICLE_CLASS =
  /(^|[\s_-])(comments?|comment-list|commentlist|disqus|respond|cookie|cookies|consent|gdpr|cmp|popup|modal|overlay|outbrain|taboola|skip-link|sr-only|visually-hidden|screen-reader-text)($|[\s_])/i;

/** Class/id words of furniture: dropped unless the element is large and mostly prose (BEM and
 * layout names such as `l-grid--sidebar` or `under-menu` sometimes wrap the whole article). */
export const UNLIKELY_CLASS =
  /(^|[\s_-])(nav|navbar|navigation|menu|breadcrumbs?|sidebar|side-bar|footer|social|share|sharing|sharebar|social-share|related|related-posts|recommended|recirc|more-stories|read-?more|newsletter|paywall|advert|advertisement|ad-slot|adunit|dfp|pagination|pager|author-bio|author-box|jump-link)($|[\s_])/i;

/** Class/id prefixes of boxes about the writer rather than the story: author and contributor
 * bios (also camelCase and BEM: `_authorDescription_x1`, `author_detail_box`,
 * `blog__contributorwrapper`; WordPress author-box plugins `saboxplugin-wrap`, `abh_box`).
 * Prefixes: the rest of the name (`-content`, `-wrap`) says nothing more. */
export const ABOUT_BOX_CLASS =
  /(^|[\s_-])(contributor|author[-_]?(bio|box|info|details?|description|card|profile|container|section|area|wrap)|about[-_]?(the[-_]?)?author|saboxplugin-wrap|abh_box)/i;

/** Class/id words of furniture that sometimes wraps the article too: dropped only when small. */
export const WEAK_UNLIKELY_CLASS =
  /(^|[\s_-])(widget|masthead|banner|subscribe|subscription|signup|promo|promoted|sponsor|sponsored|ads?|tags?|tag-list|taglist|categories|meter|hidden|toolbar|toc|table-of-contents|print-only|meta)($|[\s_])/i;

/** Class/id words that keep an element even when UNLIKELY_CLASS matches too. */
export const LIKELY_CLASS =
  /(^|[\s_-])(article-?body|articlebody|article-?content|article-?text|story-?body|story-?content|entry-?content|post-?content|post-?body|post-?text|main-?content|body-?text|content-?body|rich-?text|article__body|article__content|text-?content)($|[\s_-])/i;

/** Class/id words that raise a container's score. */
export const POSITIVE_CLASS =
  /article|body|content|entry|main|page|post|text|blog|story|prose|hentry/i;

/** Class/id words that lower a container's score. */
export const NEGATIVE_CLASS =
  /hidden|^hid$|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|scroll|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser|card|byline|author|share|social|newsletter/i;

/** Short blocks that are page furniture wherever they stand. Anchored: the whole block. */
export const BOILERPLATE_BLOCK =
  /^(advertisement|advertisements?|anzeige|publicité|sponsored( content)?|read more|read more:?.{0,120}|continue reading.{0,80}|click here.{0,120}|share (this|on).{0,80}|(also )?read:.{0,160}|related:.{0,160}|see also:.{0,160}|sign up.{0,160}|subscribe.{0,160}|follow us.{0,120}|(we|this (site|website)) uses? cookies.{0,400}|by (clicking|continuing|using).{0,300}cookies.{0,200}|accept( all)?( cookies)?|all rights reserved.{0,80}|(©|copyright|\(c\))( ?(©|\(c\)))? ?\d{4}.{0,200}|image:.{0,200}|photo:.{0,200}|(photo|image|picture) (credit|courtesy).{0,200}|getty images|reuters|ap photo.{0,100}|you have \d+ (free )?articles? (left|remaining).{0,200}|to continue reading.{0,200}|this (article|content) is (for|available to) (subscribers|members).{0,200}|already (a subscriber|have an account).{0,200}|log ?in|sign in|register|print|email|tweet|share|facebook|twitter|linkedin|whatsapp|pinterest|reddit|comments?|\d+ comments?|leave a (reply|comment)|loading\.*|please enable javascript.{0,200}|back to top|top|table of contents|contents|in this article|on this page|jump to|(tags|topics|filed under):.{0,200}|.{0,80}(\bvia |\/ ?)(getty images|shutterstock|istock|adobe stock|unsplash))[.!:]?$/i;

/** Headings that start the page's tail: related lists, comments, author boxes. */
export const TAIL_HEADING =
  /^(related( articles| stories| posts| content| news| coverage| reading)?|read (more|next|also)|more (stories|news|articles|from (us|this author|the author))|you (may|might) (also )?(like|enjoy|be interested in)|recommended( for you| stories| reading)?|popular( now| stories| posts)?|most (read|popular|viewed|shared)|trending( now)?|comments?|\d+ comments?|leave a (reply|comment)|join the (conversation|discussion)|about the authors?|share this( (article|story|post))?|tags?|topics|filed under|latest (news|stories|articles|posts)|(also|more) in the news|recent (posts|articles|stories)|similar (articles|posts|stories)|read this next|what to read next|up next|keep reading|more like this|top stories|editor'?s picks|weitere artikel|das könnte sie auch interessieren|mehr zum thema|lesen sie auch|kommentare)[.:!]?$/i;

/** Tail headings that never title a box inside the story: what follows them is the page's
 * tail even when it is written as paragraphs (teaser excerpts, comment threads). */
export const STRONG_TAIL_HEADING =
  /^(related (articles|stories|posts|reading)|you (may|might) also (like|enjoy)|recommended for you|more from .{1,40}|read this next|what to read next|(recent|latest) (articles|posts|stories)|more (stories|articles|videos)|(also|more) in the news|popular (posts|articles|stories)|\d+ (comments|responses|replies)|leave a (reply|comment)|join the (conversation|discussion))[.:!]?$/i;

/**
 * Openings of notices about the page, not the story: commission disclosures, sign-up consent,
 * informational-purpose disclaimers, price notes, government-site banners. (Blocks headed
 * "Disclaimer:" are left alone: references keep them about as often as not.)
 * Matched at the start of a short block; the rest of the block is the notice's own text.
 */
export const NOTICE_BLOCK_START =
  /^((as an amazon associate|we|i) (may )?(earn|receive|get) (a )?(small )?(commission|compensation|fee)|(we are|we're) (a )?reader-supported|we independently (test|review|research|select|evaluate)|by (signing up|clicking|subscribing|submitting|entering)\b|this (article|content|post|information) is (provided )?for (general )?(informational|educational) purposes|(deal )?(prices|pricing)( and availability)? (are |were )?(accurate|subject to change)|(secure|official) websites use \.gov|secure \.gov websites use https|an official website of the united states|(while )?(each|every) product (featured|we feature) (here )?is independently selected|this (post|article) is (over|more than) (\d+|a|one|two|three) years? old|was this (newsletter|email) forwarded to you|join (over |more than )?[\d.,]+[km]?\+? (others|readers|subscribers|people) (in getting|who get|and get)|lorem ipsum dolor sit amet|(as a business, )?we (have|maintain) (financial|affiliate) relationships with|support [^.!?]{1,40}! donate|would you like to receive (push )?notifications)/i;

/** The opening of a note about the writer ("Jane Doe is a freelance writer who...", "Sam Lee
 * has been a technology journalist for..."): about the author, not the story. */
export const AUTHOR_BIO =
  /^(?:[A-Z][\p{L}'’.-]+ ){1,3}(?:is|has been) an? (?:[\p{L}-]+,? ){0,4}(?:writer|journalist|editor|reporter|author|contributor|freelancer|columnist|correspondent)\b/u;

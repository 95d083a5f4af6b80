/**
 * A synthetic news corpus for storage tests and benchmarks: invented articles of realistic
 * length (lognormal around 550 words), names drawn from a Zipf distribution (a few people in
 * most stories, a long tail), and direct, mixed and indirect quotes ("X said", "X told ...").
 * Deterministic for a seed. No text from any real article.
 */

import { MONTH_NAMES } from "../../lexicon/calendar-names.js";
import type { EntityType, QuoteKind, RawArticle } from "../../model.js";

const PEOPLE = [
  "Vladimir Putin",
  "Sergei Lavrov",
  "Bashar al-Assad",
  "Barack Obama",
  "John Kerry",
  "Angela Merkel",
  "Francois Hollande",
  "David Cameron",
  "Recep Tayyip Erdogan",
  "Hassan Rouhani",
  "Ban Ki-moon",
  "Dmitry Peskov",
  "Maria Zakharova",
  "Staffan de Mistura",
  "Ashton Carter",
  "Petro Poroshenko",
  "Xi Jinping",
  "Benjamin Netanyahu",
  "Mohammad Javad Zarif",
  "Federica Mogherini",
  "Ines Okafor",
  "Tomas Lindqvist",
  "Amara Diallo",
  "Henrik Vos",
  "Leila Haddad",
  "Marco Bellini",
  "Yusuf Demir",
  "Anna Kowalska",
  "Pavel Orlov",
  "Grace Mbeki",
  "Lucas Ferreira",
  "Nadia Rahman",
  "Oskar Brandt",
  "Elena Petrova",
  "Samuel Osei",
  "Ingrid Larsen",
  "Rafael Ortiz",
  "Mei Tanaka",
  "Viktor Sokol",
  "Clara Nwosu",
  "Jonas Weber",
  "Hana Novak",
  "Idris Bello",
  "Sofia Marin",
  "Arjun Mehta",
  "Freya Holm",
  "Karim Nasser",
  "Olga Ivanova",
  "Dario Conti",
  "Ruth Adeyemi",
];
const ORGS = [
  "United Nations",
  "NATO",
  "European Union",
  "Kremlin",
  "State Department",
  "Pentagon",
  "Security Council",
  "Islamic State",
  "Free Syrian Army",
  "Gazprom",
  "World Bank",
  "International Monetary Fund",
  "Red Cross",
  "Amnesty International",
  "OPEC",
  "Rosneft",
  "Harbour Authority",
  "Alden Ferry Company",
  "Northern Grid",
  "Baltic Shipping Union",
];
const PLACES = [
  "Syria",
  "Russia",
  "Moscow",
  "Damascus",
  "Aleppo",
  "Washington",
  "Paris",
  "Berlin",
  "London",
  "Ankara",
  "Tehran",
  "Geneva",
  "Vienna",
  "Kiev",
  "Crimea",
  "Iraq",
  "Baghdad",
  "Latakia",
  "Homs",
  "New York",
  "Brussels",
  "Beijing",
  "Sochi",
  "Istanbul",
  "Port Alden",
  "Lake Varna",
];
const OCCASIONS = [
  "the Valdai conference",
  "the UN General Assembly",
  "a news conference in Moscow",
  "the G20 summit",
  "a meeting with reporters",
  "the Munich Security Conference",
  "a televised address",
  "the Vienna talks",
  "a press briefing",
  "a parliamentary hearing",
];
const OUTLETS = [
  "Reuters",
  "Associated Press",
  "BBC News",
  "The Guardian",
  "The New York Times",
  "TASS",
  "Al Jazeera",
  "Deutsche Welle",
  "France 24",
  "The Washington Post",
  "RIA Novosti",
  "The Moscow Times",
  "Alden Courier",
  "Financial Times",
  "Bloomberg",
  "CNN",
  "Politico",
];
const TOPICS = [
  "air strikes",
  "ceasefire",
  "peace talks",
  "sanctions",
  "refugees",
  "gas prices",
  "elections",
  "the ferry contract",
  "military aid",
  "the border",
  "the budget",
  "oil exports",
  "the treaty",
  "humanitarian corridors",
  "the coalition",
  "the investigation",
  "trade tariffs",
  "the pipeline",
];
/** Function words: about 45% of running text, as in English news. */
const FUNCTION_WORDS = (
  "the of and to in a that for on is was with as by it at from his her their its be have " +
  "has had not are were will would could should been after before over under about against"
).split(" ");
/** The most frequent content words, at the head of the content distribution. */
/** Filler vocabulary. Speech verbs are left out: the quotes are placed by the generator, and
 * random "X said Y" word runs would triple the statements a real article carries. */
const COMMON_WORDS = (
  "government officials military forces country region city people year week month " +
  "president minister leader spokesman ministry army rebels opposition troops attack strike " +
  "support plan deal agreement meeting statement report sources security crisis conflict war " +
  "diplomatic economic political international national local public new last first second " +
  "several many more most other some any all both each few further recent signed opened closed " +
  "moved raised built won lost paid sent joined left expected continued " +
  "remained began ended increased reduced reached held met visited returned pressure threat " +
  "concern question issue decision policy strategy effort process situation control power " +
  "influence role position interest response reaction criticism demand proposal western " +
  "eastern northern southern foreign domestic senior former current possible difficult " +
  "important serious significant major clear direct strong civilians residents workers voters " +
  "analysts experts observers diplomats journalists critics"
).split(" ");
/** Topical words users search for: placed deeper in the tail, so each is in a few % of articles. */
const TOPICAL_WORDS = (
  "talks negotiations peace aid oil humanitarian ceasefire sanctions refugees budget border " +
  "elections coalition investigation tariffs treaty pipeline exports embargo referendum " +
  "inflation drought vaccine strike protest corruption tribunal airstrike convoy"
).split(" ");
const SYLLABLES =
  "ka lo mi ter vos an del ri su ne par tes ol gin ba ro ve cul mon dra is fe".split(" ");
/** Size of the invented long tail: news vocabularies run to tens of thousands of words. */
const TAIL_WORDS = 20_000;
const TOPICAL_FIRST_RANK = 150;
const TOPICAL_STRIDE = 60;
/** The content vocabulary by rank: common words, then invented words with topical ones interleaved. */
const CONTENT_WORDS = buildContentWords();

function buildContentWords(): string[] {
  const words = [...COMMON_WORDS];
  for (let i = 0; words.length < COMMON_WORDS.length + TAIL_WORDS; i++) {
    const rank = words.length - COMMON_WORDS.length;
    const topical = (rank - TOPICAL_FIRST_RANK) / TOPICAL_STRIDE;
    if (rank >= TOPICAL_FIRST_RANK && Number.isInteger(topical) && topical < TOPICAL_WORDS.length) {
      words.push(TOPICAL_WORDS[topical] as string);
    }
    const a = SYLLABLES[i % SYLLABLES.length] as string;
    const b = SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length] as string;
    const c = SYLLABLES[Math.floor(i / SYLLABLES.length ** 2) % SYLLABLES.length] as string;
    words.push(`${a}${b}${c}`);
  }
  return words;
}

const MONTHS = MONTH_NAMES;
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
/** Mean and spread of ln(word count): about 550 words, most between 200 and 1500. */
const LENGTH_MU = Math.log(550);
const LENGTH_SIGMA = 0.5;
const ZIPF_EXPONENT = 1.07;
const FUNCTION_SHARE = 0.45;

export interface SyntheticQuote {
  kind: QuoteKind;
  content: string;
  speaker: string;
  cue: string;
  occasion: string | null;
}

export interface SyntheticArticle {
  raw: RawArticle;
  /** What the generator put in: names by type, quotes, the dates it wrote. */
  truth: { names: [string, EntityType][]; quotes: SyntheticQuote[]; dates: [string, string][] };
}

export interface CorpusOptions {
  seed?: number;
  /** Prefix of article URLs (vary it to make a second corpus with the same texts). */
  site?: string;
}

/** Yields `count` articles, deterministic for a seed; article `i` is the same for every count. */
export function* generateCorpus(
  count: number,
  options: CorpusOptions = {},
): Generator<SyntheticArticle> {
  for (let i = 0; i < count; i++) yield generateArticle(i, options);
}

export function generateArticle(index: number, options: CorpusOptions = {}): SyntheticArticle {
  const random = createRandom((options.seed ?? 1) * 1_000_003 + index);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)] as T;
  const zipf = <T>(list: T[]) => list[zipfIndex(random, zipfTable(list.length))] as T;
  const names: [string, EntityType][] = [];
  const quotes: SyntheticQuote[] = [];
  const dates: [string, string][] = [];
  const cast = [zipf(PEOPLE), zipf(PEOPLE), zipf(PEOPLE)];
  const place = zipf(PLACES);
  const org = zipf(ORGS);
  const topic = pick(TOPICS);
  const day = Math.floor(random() * 3 * 365);
  const published = new Date(Date.UTC(2014, 0, 1) + day * 86_400_000);
  const iso = published.toISOString().slice(0, 10);
  const functionTable = zipfTable(FUNCTION_WORDS.length);
  const contentTable = zipfTable(CONTENT_WORDS.length);
  const wordsWanted = Math.round(Math.exp(LENGTH_MU + LENGTH_SIGMA * gaussian(random)));

  const word = () =>
    random() < FUNCTION_SHARE
      ? (FUNCTION_WORDS[zipfIndex(random, functionTable)] as string)
      : (CONTENT_WORDS[zipfIndex(random, contentTable)] as string);
  // A loop, not Array.from(...).join: the generator runs on ingest benchmarks' main thread.
  const filler = (n: number) => {
    let out = n > 0 ? word() : "";
    for (let i = 1; i < n; i++) out += ` ${word()}`;
    return out;
  };
  const sentence = (): string => {
    const roll = random();
    const person = pick(cast);
    if (roll < 0.08) {
      const occasion = random() < 0.3 ? zipf(OCCASIONS) : null;
      const content = `We will ${filler(5 + Math.floor(random() * 8))} on ${topic}`;
      quotes.push({ kind: "direct", content, speaker: person, cue: "said", occasion });
      names.push([person, "PERSON"]);
      return `“${content},” ${person} said${occasion ? ` at ${occasion}` : ""}.`;
    }
    if (roll < 0.13) {
      const content = `the ${topic} would ${filler(4 + Math.floor(random() * 6))}`;
      quotes.push({ kind: "indirect", content, speaker: person, cue: "said", occasion: null });
      names.push([person, "PERSON"]);
      return `${person} said that ${content}.`;
    }
    if (roll < 0.16) {
      const marked = filler(3);
      const content = `the ${topic} had been “${marked}”`;
      quotes.push({ kind: "mixed", content, speaker: person, cue: "told", occasion: null });
      names.push([person, "PERSON"]);
      return `${person} told reporters ${content}.`;
    }
    if (roll < 0.24) {
      const weekday = pick(WEEKDAYS);
      dates.push([weekday, "DATE"]);
      names.push([place, "GPE"]);
      return `On ${weekday}, ${filler(6)} in ${place} ${filler(4)}.`;
    }
    if (roll < 0.3) {
      const when = `${published.getUTCDate()} ${MONTHS[published.getUTCMonth()]}`;
      dates.push([when, "DATE"]);
      names.push([org, "ORG"]);
      return `The ${org} ${filler(5)} on ${when} ${filler(5)}.`;
    }
    const capitalised = filler(8 + Math.floor(random() * 14));
    return `${capitalised.charAt(0).toUpperCase()}${capitalised.slice(1)}.`;
  };

  const paragraphs: string[] = [];
  let words = 0;
  while (words < wordsWanted) {
    const sentences = Array.from({ length: 2 + Math.floor(random() * 3) }, sentence);
    const paragraph = sentences.join(" ");
    words += countWords(paragraph);
    paragraphs.push(paragraph);
  }
  const title = `${cast[0]} ${pick(["warns", "rejects", "backs", "questions", "defends"])} ${topic} as ${place} ${pick(["waits", "responds", "votes", "prepares"])}`;
  const site = options.site ?? "https://news.example";
  return {
    raw: {
      id: `synthetic/s${options.seed ?? 1}/${index}.txt`,
      raw: `${title}\n\n${paragraphs.join("\n\n")}\n`,
      format: "text",
      meta: {
        title,
        outlet: zipf(OUTLETS),
        url: `${site}/${iso.slice(0, 4)}/${index}`,
        published: { value: iso, source: "jsonl" },
      },
    },
    truth: { names, quotes, dates },
  };
}

/** Words as `split(" ").length` counts them, without building the array. */
function countWords(text: string): number {
  let count = 1;
  for (let i = text.indexOf(" "); i !== -1; i = text.indexOf(" ", i + 1)) count++;
  return count;
}

/** mulberry32: small, fast, good enough for test data. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const zipfTables = new Map<number, Float64Array>();

/** Cumulative Zipf weights of ranks 1..n, normalised; one table per list length. */
function zipfTable(n: number): Float64Array {
  let table = zipfTables.get(n);
  if (!table) {
    table = new Float64Array(n);
    let sum = 0;
    for (let k = 0; k < n; k++) {
      sum += 1 / (k + 1) ** ZIPF_EXPONENT;
      table[k] = sum;
    }
    for (let k = 0; k < n; k++) table[k] = (table[k] as number) / sum;
    zipfTables.set(n, table);
  }
  return table;
}

function zipfIndex(random: () => number, table: Float64Array): number {
  const u = random();
  let lo = 0;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((table[mid] as number) < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function gaussian(random: () => number): number {
  const u = Math.max(random(), Number.EPSILON);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

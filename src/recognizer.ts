/**
 * Turns what a person typed or pressed into one of the current question's options.
 * Pure: the catalogs give the words, both languages are understood whatever the reply language.
 */
import { CATALOGS, type Catalog, type Locale } from './locale';

/** NFKC folds full-width letters and digits (ＶＭ, ２) into their plain forms. */
export function normalize(text: string): string {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[-‐‑–—_]/g, ' ')
    .replace(/[\s\u3000]+/g, ' ');
  return trimEnds(folded).trim();
}

const LEADING = /[\s"'「『(（[]/;
const TRAILING = /[\s"'」』)）\].。!！?？、,]/;

/**
 * Quotes, brackets and end punctuation off both ends. A loop, not `/[…]+$/`: that pattern retries from every
 * character of a long run of them, and 250,000 "!" before an "x" held the event loop for a minute.
 */
function trimEnds(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && LEADING.test(text.charAt(start))) start++;
  while (end > start && TRAILING.test(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

/** Option words come from the catalogs, a fixed set, so each is normalized (and compiled) once, not on every turn. */
const normalizedWords = new Map<string, string>();
function normalizedWord(word: string): string {
  let normalized = normalizedWords.get(word);
  if (normalized === undefined) {
    normalized = normalize(word);
    normalizedWords.set(word, normalized);
  }
  return normalized;
}

export interface OptionWords<O extends string> {
  id: O;
  words: string[];
}

const ASCII_WORD = /^[\x20-\x7e]+$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

const wholeWordPatterns = new Map<string, RegExp>();
function wholeWord(word: string): RegExp {
  let pattern = wholeWordPatterns.get(word);
  if (!pattern) {
    pattern = new RegExp(`(?<![a-z0-9])${escapeRegExp(word)}(?![a-z0-9])`, 'g');
    wholeWordPatterns.set(word, pattern);
  }
  return pattern;
}

/** Every place a word stands in the text: as a whole word (ASCII), or anywhere (Japanese has no spaces). */
function spans(text: string, word: string): [number, number][] {
  const found: [number, number][] = [];
  if (ASCII_WORD.test(word)) {
    for (const m of text.matchAll(wholeWord(word))) found.push([m.index, m.index + word.length]);
  } else {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) found.push([i, i + word.length]);
  }
  return found;
}

/** "2", "2.", "#2", "2番", "２番目" → 2. */
function optionNumber(text: string): number | undefined {
  const match = /^#?(\d{1,2})(?:\.|\)|番目?|番)?$/.exec(text);
  return match?.[1] ? Number(match[1]) : undefined;
}

/**
 * Exact word or number first; then the words found inside the text, leaving out those that
 * stand inside a longer one ("dev/test" inside "pay as you go dev/test"). Words of two
 * options left standing make the reply ambiguous, and the question is asked again.
 */
export function recognize<O extends string>(input: string, options: OptionWords<O>[]): O | undefined {
  const text = normalize(input);
  if (!text) return undefined;

  const exact = options.find((o) => o.words.some((w) => normalizedWord(w) === text));
  if (exact) return exact.id;

  const n = optionNumber(text);
  if (n !== undefined) return options[n - 1]?.id;

  const found = options.flatMap((o) =>
    o.words
      .map(normalizedWord)
      .filter(Boolean)
      .flatMap((w) => spans(text, w).map(([start, end]) => ({ id: o.id, start, end }))),
  );
  const standing = found.filter((f) => !found.some((g) => g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start));
  const ids = new Set(standing.map((f) => f.id));
  return ids.size === 1 ? [...ids][0] : undefined;
}

const LOCALES = Object.keys(CATALOGS) as Locale[];

/** An option's label and synonyms in every language, so either language is understood. */
export function wordsOf(pick: (c: Catalog) => { label: string; synonyms: string[] }): string[] {
  return LOCALES.flatMap((l) => [pick(CATALOGS[l]).label, ...pick(CATALOGS[l]).synonyms]);
}

/**
 * English words as the tables spell them: plurals to their singular, and a typo to the one known word
 * clearly closest to it (edit distance from `fastest-levenshtein`; the rules around it are the bot's own).
 */
import { closest, distance } from 'fastest-levenshtein';
import { ALL_TABLES } from './tables';
import { fold, isAscii, type Token } from './text';

/** Every English word the tables know, for typo correction and plurals. */
export const VOCABULARY = new Set(
  ALL_TABLES.flatMap((t) => [
    ...Object.values(t.resource).flat(),
    ...Object.values(t.subscription).flat(),
    ...t.statements.flatMap((s) => s.phrases),
    ...t.yes,
    ...t.no,
    ...t.unsure,
    ...Object.values(t.intents).flatMap((i) => [...i.exact, ...i.phrases]),
    ...t.negations,
    ...t.formerly,
    ...t.hedges,
    ...t.hypothetical,
    ...t.hearsay,
    ...t.supposing,
    ...t.replaced,
    ...t.reboot,
  ])
    .map(fold)
    .filter(isAscii)
    .flatMap((p) => p.split(' ')),
);
const CORRECTABLE = [...VOCABULARY].filter((w) => w.length >= 4 && !/\d/.test(w));

/** Common words a typo correction must never turn into a known word. */
const COMMON = new Set(
  'about above after again against because before being below between could doing during further having other should their there these those through under until while which would where when what with your yours were have does from into only same some such than that them then they this very will been here just more most mail email emails sends sender sending server send sent message messages cannot still working works worked service services outbound inbound using setup settings since port ports azure microsoft network internet address public private please thanks thank hello issue issues problem problems error errors connect connection need needs help team customer portal check checked checking there where tried trying again every someone something anything nothing account accounts application applications machine machines domain domains client clients configured configure'.split(
    ' ',
  ),
);

/** Pairs of neighbouring words in the tables' phrases: they settle a typo two known words are equally close to. */
const BIGRAMS = new Set(
  [...tablePhrases()].flatMap((p) => {
    const w = p.split(' ');
    return w.slice(1).map((second, i) => `${w[i]} ${second}`);
  }),
);

function tablePhrases(): string[] {
  return ALL_TABLES.flatMap((t) => [
    ...Object.values(t.resource).flat(),
    ...Object.values(t.subscription).flat(),
    ...t.statements.flatMap((s) => s.phrases),
  ])
    .map(fold)
    .filter(isAscii);
}

/**
 * The word as the tables spell it: the word itself, its singular, or the known words a typo is
 * closest to (more than one when they are equally close).
 */
function spellings(word: string): string[] {
  if (VOCABULARY.has(word) || word.length < 3 || /\d/.test(word)) return [word];
  for (const [suffix, replacement] of [
    ['ies', 'y'],
    ['es', ''],
    ['s', ''],
  ] as const) {
    const singular = word.slice(0, -suffix.length) + replacement;
    if (word.endsWith(suffix) && VOCABULARY.has(singular)) return [singular];
  }
  if (word.length < 5 || COMMON.has(word)) return [word];
  const known = typoMemo.get(word);
  if (known) return known;
  if (typoMemo.size > 10_000) typoMemo.clear();
  const limit = word.length <= 5 ? 1 : 2;
  const candidates = CORRECTABLE.filter((w) => w[0] === word[0] && Math.abs(w.length - word.length) <= limit);
  let found = [word];
  if (candidates.length) {
    const d = distance(word, closest(word, candidates));
    if (d <= limit) found = candidates.filter((c) => distance(word, c) === d);
  }
  typoMemo.set(word, found);
  return found;
}

const typoMemo = new Map<string, string[]>();

/** The singular a plural stands for ("apps" → "app"), when the tables know it. */
export function singular(word: string): string | undefined {
  for (const [suffix, replacement] of [
    ['ies', 'y'],
    ['es', ''],
    ['s', ''],
  ] as const) {
    const stem = word.slice(0, -suffix.length) + replacement;
    if (word.length > suffix.length + 1 && word.endsWith(suffix) && VOCABULARY.has(stem)) return stem;
  }
  return undefined;
}

/** Each word as the tables spell it; a tie between two known words is settled by the word beside it ("vitual machien"). */
export function canonicalWords(tokens: Token[]): string[] {
  const options = tokens.map((t) => (t.word === '|' ? ['|'] : spellings(t.word)));
  const settled = options.map((o) => (o.length === 1 ? o[0] : undefined));
  return options.map((o, i) => {
    if (o.length === 1) return o[0];
    const prev = settled[i - 1];
    const next = settled[i + 1];
    const fits = o.filter((c) => (prev && BIGRAMS.has(`${prev} ${c}`)) || (next && BIGRAMS.has(`${c} ${next}`)));
    return fits.length === 1 ? fits[0] : tokens[i].word;
  });
}

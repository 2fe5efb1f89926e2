/**
 * Answers to the question asked: a pressed button's label, a number or place ("2", 「一番上」), a
 * bare yes or no, and the closest options when a reply matched none (a typo is corrected only to
 * the one option clearly closest to it).
 */
import { distance } from 'fastest-levenshtein';
import { CORE_TEXTS } from './catalogTexts';
import { any, exactly, foldWord } from './phrases';
import { isYesNo, optionIds, optionValue, QUESTIONS, type QuestionId } from './questions';
import type { FactName, ReadFacts } from './reading';
import { ALL_TABLES, type CoreWordTable } from './tables';
import { fold, isAscii, tokenize, trimmed } from './text';

/** A numbered answer ("2", "２番です"), if the message is one. */
export function numberIn(text: string): number | undefined {
  return optionNumber(trimmed(fold(text)));
}

/** The option labels of a question in every language (buttons post their label). */
function labels(question: QuestionId): Map<string, string> {
  const byLabel = new Map<string, string>();
  for (const texts of Object.values(CORE_TEXTS)) {
    const options: Record<string, { label: string } | undefined> = texts.questions[question].options;
    for (const id of optionIds(question)) {
      const label = options[id]?.label;
      if (label) byLabel.set(trimmed(fold(label)), id);
    }
  }
  return byLabel;
}

const LABELS = new Map<QuestionId, Map<string, string>>();
function labelsOf(question: QuestionId): Map<string, string> {
  let found = LABELS.get(question);
  if (!found) {
    found = labels(question);
    LABELS.set(question, found);
  }
  return found;
}

const NUMBER_WORDS = ALL_TABLES.flatMap((t) => t.numberWords)
  .map(fold)
  .sort((a, b) => b.length - a.length);
const ORDINALS = new Map(ALL_TABLES.flatMap((t) => Object.entries(t.ordinals)).map(([w, n]) => [fold(w), n]));

/** "2", "#2", "option 2", "２番です", "the first one", 「一番上」 → 2, 1, 1; -1 is the last option. */
function optionNumber(bare: string): number | undefined {
  const ordinal = [...ORDINALS.entries()].find(([w]) => bare === w || bare.startsWith(`${w} `) || (!isAscii(w) && bare.startsWith(w)));
  if (ordinal) return ordinal[1];
  let rest = bare.replace(/^#/, '');
  for (const w of NUMBER_WORDS) rest = rest.split(isAscii(w) ? ` ${w} ` : w).join(' ');
  rest = ` ${rest} `;
  for (const w of NUMBER_WORDS) if (isAscii(w)) rest = rest.split(` ${w} `).join(' ');
  rest = rest.trim();
  return /^\d{1,2}$/.test(rest) ? Number(rest) : undefined;
}

type Polarity = 'yes' | 'no';

/** A bare yes or no: the whole reply, or how it starts ("nope, not yet"), or a Japanese ending (「まだしていません」). */
const HEDGES = ALL_TABLES.flatMap((t) => t.hedges)
  .map(fold)
  .filter((h) => !isAscii(h));

function polarity(folded: string, words: string[]): Polarity | undefined {
  // 「たぶんしていないと思います」: the guess words aside (the reading is tentative anyway).
  const bare = trimmed(HEDGES.reduce((text, h) => text.split(h).join(''), folded));
  const cut = words.indexOf('|');
  const firstClause = (cut < 0 ? words : words.slice(0, Math.max(1, cut))).join(' ');
  for (const table of ALL_TABLES) {
    if (exactly(bare, table.no)) return 'no';
    if (exactly(bare, table.yes)) return 'yes';
  }
  for (const table of ALL_TABLES) {
    for (const w of table.no) {
      const f = foldWord(w);
      if (isAscii(f) ? firstClause === f || firstClause.startsWith(`${f} `) : bare.startsWith(f) || bare.endsWith(f)) return 'no';
    }
  }
  for (const table of ALL_TABLES) {
    for (const w of table.yes) {
      const f = foldWord(w);
      if (isAscii(f) ? firstClause === f || firstClause.startsWith(`${f} `) : bare.startsWith(f) || bare.endsWith(f)) return 'yes';
    }
  }
  return undefined;
}

function mentionsReboot(folded: string, words: string[]): boolean {
  return ALL_TABLES.some((t) => any(folded, words, t.reboot));
}

/** A bare yes or no, whatever was asked (a guess to confirm). */
export function replyPolarity(text: string): boolean | undefined {
  const folded = fold(text);
  const said = polarity(
    folded,
    tokenize(folded).map((t) => t.word),
  );
  return said && said === 'yes';
}

/** What a reply says to the question asked: the facts it settles, and whether it says "not sure". */
export function answerTo(
  asked: QuestionId,
  text: { folded: string; words: string[]; bare: string },
  stated: Partial<ReadFacts>,
  isUnsure: boolean,
): { facts: Partial<ReadFacts>; unsure?: FactName } {
  const { folded, words, bare } = text;
  const fact = QUESTIONS[asked].fact;
  const label = labelsOf(asked).get(bare);
  const n = optionNumber(bare);
  const ids = optionIds(asked);
  const option = label ?? (n !== undefined ? ids[n < 0 ? ids.length + n : n - 1] : undefined);
  if (option !== undefined) {
    // A pressed button posts its label: it answers the question and says nothing else.
    const value = optionValue(asked, option);
    const facts = value === null || value === undefined ? {} : { [fact]: value };
    return value === null ? { facts, unsure: fact } : { facts };
  }
  if (!(fact in stated) && !isUnsure && isYesNo(asked)) {
    const said = polarity(folded, words);
    // "Yes, I restarted it" is no yes to stop-deallocate-start (D2).
    const rebootOnly = said === 'yes' && fact === 'restartedSinceExemption' && mentionsReboot(folded, words);
    if (said && !rebootOnly) return { facts: { ...stated, [fact]: said === 'yes' } };
  }
  return { facts: stated };
}

/**
 * The one or two options closest to a reply that matched none ("Did you mean Virtual machine?"):
 * by edit distance to the option's labels and words, only when clearly close.
 */
export function closestOptions(text: string, question: QuestionId): string[] {
  const bare = trimmed(fold(text));
  if (!bare) return [];
  const scored: { id: string; score: number }[] = [];
  for (const id of optionIds(question)) {
    const candidates = [...labelsOf(question).entries()].filter(([, o]) => o === id).map(([l]) => l);
    if (question === 'resource') candidates.push(...ALL_TABLES.flatMap((t) => t.resource[id as keyof CoreWordTable['resource']]).map(fold));
    if (question === 'subscription' && id !== 'unsure') {
      candidates.push(...ALL_TABLES.flatMap((t) => t.subscription[id as keyof CoreWordTable['subscription']]).map(fold));
    }
    const best = Math.min(...candidates.map((c) => distance(bare, c) / Math.max(bare.length, c.length)));
    if (best <= 0.45) scored.push({ id, score: best });
  }
  return scored
    .sort((a, b) => a.score - b.score)
    .slice(0, 2)
    .map((s) => s.id);
}

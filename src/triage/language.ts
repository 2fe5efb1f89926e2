/** The language a message is written in, so the bot can follow the person into it. */
import type { Locale } from '../locale';
import { ALL_TABLES } from './tables';
import { fold, isAscii, japaneseCharCount } from './text';

/** Words of resource and subscription names, which people use in either language. */
const NAME_WORDS = new Set(
  ALL_TABLES.flatMap((t) => [...Object.values(t.resource).flat(), ...Object.values(t.subscription).flat()])
    .map(fold)
    .filter(isAscii)
    .flatMap((p) => p.split(' ')),
);

const FUNCTION_WORDS = new Set([
  'the',
  'is',
  'it',
  'my',
  'we',
  'our',
  'can',
  'not',
  'i',
  'a',
  'to',
  'and',
  'of',
  'you',
  'please',
  'what',
  'how',
  'why',
  'does',
  'do',
  'in',
  'on',
  'from',
  'cant',
  'dont',
  'this',
  'that',
  'are',
  'have',
  'has',
]);

/**
 * The language a message is clearly written in: Japanese characters, or an English sentence — words of
 * its own beyond the product and offer names both languages use ("pay as you go" alone is no sentence).
 */
export function writtenIn(folded: string, words: string[]): Locale | undefined {
  if (japaneseCharCount(folded) >= 2) return 'ja';
  const plain = words.filter((w) => w !== '|' && !/\d/.test(w) && !NAME_WORDS.has(w));
  return plain.length >= 3 && plain.filter((w) => FUNCTION_WORDS.has(w)).length >= 2 ? 'en' : undefined;
}

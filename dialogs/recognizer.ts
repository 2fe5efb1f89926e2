/**
 * Turns what a person typed or pressed into one of the current question's options.
 * Pure: the catalogs give the words, both languages are understood whatever the reply language.
 */

/** NFKC folds full-width letters and digits (ＶＭ, ２) into their plain forms. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[\s\u3000]+/g, ' ')
    .replace(/^[\s"'「『(（[]+|[\s"'」』)）\].。!！?？、,]+$/g, '')
    .trim();
}

export interface OptionWords<O extends string> {
  id: O;
  words: string[];
}

const ASCII_WORD = /^[\x20-\x7e]+$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Where the synonym stands in the text as a whole word (ASCII) or anywhere (Japanese has no spaces). */
function occurs(text: string, word: string): boolean {
  if (!ASCII_WORD.test(word)) return text.includes(word);
  return new RegExp(`(^|[^a-z0-9])${escapeRegExp(word)}($|[^a-z0-9])`).test(text);
}

/** "2", "2.", "#2", "2番", "２番目" → 2. */
function optionNumber(text: string): number | undefined {
  const match = /^#?(\d{1,2})(?:\.|\)|番目?|番)?$/.exec(text);
  return match?.[1] ? Number(match[1]) : undefined;
}

/**
 * Exact word or number first; then the longest word found inside the text, when only one
 * option owns it (two options tied means the reply is ambiguous, and the question is asked again).
 */
export function recognize<O extends string>(input: string, options: OptionWords<O>[]): O | undefined {
  const text = normalize(input);
  if (!text) return undefined;

  const exact = options.find((o) => o.words.some((w) => normalize(w) === text));
  if (exact) return exact.id;

  const n = optionNumber(text);
  if (n !== undefined) return options[n - 1]?.id;

  let best: { id: O; length: number } | undefined;
  let tied = false;
  for (const option of options) {
    for (const word of option.words.map(normalize)) {
      if (!word || !occurs(text, word)) continue;
      if (!best || word.length > best.length) {
        best = { id: option.id, length: word.length };
        tied = false;
      } else if (word.length === best.length && best.id !== option.id) {
        tied = true;
      }
    }
  }
  return best && !tied ? best.id : undefined;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A token that someone meant as an id: three or more dashes, mostly letters and digits. */
const ID_ATTEMPT = /[{(]?[0-9a-z]+(?:-[0-9a-z]*){3,}[})]?/;

export type SubscriptionIdInput = { valid: true; id: string } | { valid: false; text: string };

/** Finds a subscription id in a reply (bare, in braces, or inside a resource id); undefined when none was meant. */
export function findSubscriptionId(input: string): SubscriptionIdInput | undefined {
  const text = input.normalize('NFKC').trim().toLowerCase();
  const inPath = /\/subscriptions\/([^/\s]+)/.exec(text);
  const candidate = inPath?.[1] ?? ID_ATTEMPT.exec(text)?.[0];
  if (!candidate) return undefined;
  const bare = candidate.replace(/^[{(]|[})]$/g, '');
  return GUID.test(bare) ? { valid: true, id: bare } : { valid: false, text: candidate.slice(0, 64) };
}

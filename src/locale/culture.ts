/**
 * How each language writes what code joins: list separators, alternatives, sentence punctuation, name
 * order and dates. Shaped like botbuilder's prompt culture models (separator, inlineOr); Japanese takes
 * 「、」 without the space botbuilder adds, as the Microsoft Japanese Style Guide writes it.
 * Every renderer that joins items goes through here, so no code glues punctuation onto a translated string.
 */
import type { Locale, Plural } from './catalog';

export interface Culture {
  /** BCP 47 tag for Intl (dates, weekday names). */
  tag: string;
  /** Between items of a list. */
  separator: string;
  /** Between two alternatives. */
  inlineOr: string;
  /** Between weekday names of a working week. */
  daySeparator: string;
  /** Ends a sentence the code closes. */
  fullStop: string;
  /** Before a parenthesised note after a sentence: a space after "." in English, none after 「。」. */
  noteAfterSentence: string;
  /** Around a label of the portal's UI in a menu path: the article writes [診断と解決]. */
  uiLabel: { open: string; close: string };
  /** How a person's name is said: "Jane Doe" or 「山田 太郎」. */
  nameOrder: 'givenFirst' | 'familyFirst';
  /** Dates and times as people of the language read them. */
  dateTime: Intl.DateTimeFormatOptions;
}

export const CULTURES: Record<Locale, Culture> = {
  en: {
    tag: 'en-US',
    separator: ', ',
    inlineOr: ' or ',
    daySeparator: ', ',
    fullStop: '.',
    noteAfterSentence: ' ',
    uiLabel: { open: '', close: '' },
    nameOrder: 'givenFirst',
    dateTime: { dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23' },
  },
  ja: {
    tag: 'ja-JP',
    separator: '、',
    inlineOr: ' または ',
    daySeparator: '・',
    fullStop: '。',
    noteAfterSentence: '',
    uiLabel: { open: '[', close: ']' },
    nameOrder: 'familyFirst',
    // dateStyle 'full' writes 「…日日曜日」; support Japanese writes the short weekday: 「2026年12月6日(日) 18:00」.
    dateTime: {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      weekday: 'short',
      hour: 'numeric',
      minute: '2-digit',
      hourCycle: 'h23',
    },
  },
};

/** Items of a list: "S1, O1" / 「S1、O1」. */
export function listOf(culture: Culture, items: readonly string[]): string {
  return items.join(culture.separator);
}

/** Alternatives: "EA or MCA-E" / 「EA または MCA-E」. */
export function alternatives(culture: Culture, items: readonly string[]): string {
  return items.join(culture.inlineOr);
}

/** A sentence and the note that follows it ("(R0)"), spaced as the language spaces them. */
export function withNote(culture: Culture, sentence: string, note: string): string {
  return `${sentence}${sentence.endsWith(culture.fullStop) ? culture.noteAfterSentence : ' '}${note}`;
}

/** A path through the portal's menus: "Technical → Virtual Network → …" / 「[技術関連] → [仮想ネットワーク] → …」. */
export function menuPath(culture: Culture, labels: readonly string[]): string {
  return labels.map((l) => `${culture.uiLabel.open}${l}${culture.uiLabel.close}`).join(' → ');
}

/** A person's name in the language's order. */
export function personName(culture: Culture, given: string, family: string): string {
  return culture.nameOrder === 'familyFirst' ? `${family} ${given}` : `${given} ${family}`;
}

/** The form of a text for a count, as the language's plural rules choose it ("1 open case", "2 open cases"). */
export function pluralOf(culture: Culture, forms: Plural, count: number): string {
  return forms[new Intl.PluralRules(culture.tag).select(count)] ?? forms.other;
}

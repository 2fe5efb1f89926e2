/**
 * The conversation's language: one property of the conversation state, which the bot loads for the turn
 * and every dialog reads and sets through the turn state. Without the bot (a dialog run on its own), the
 * root dialog keeps it in its own state.
 */
import type { TurnContext } from 'botbuilder';
import type { Locale } from './locale';

/** What keeps the language between turns. */
export interface LanguageHolder {
  language?: Locale;
}

const KEY = Symbol('conversation language');

/** Where the language lives this turn: the conversation property (the bot) or the root dialog's state. */
export function holdLanguage(context: TurnContext, holder: LanguageHolder): void {
  context.turnState.set(KEY, holder);
}

export function heldLanguage(context: TurnContext): LanguageHolder | undefined {
  return context.turnState.get<LanguageHolder | undefined>(KEY);
}

/** The language the conversation is held in, once the root has run this turn. */
export function languageIn(context: TurnContext): Locale | undefined {
  return context.turnState.get<LanguageHolder | undefined>(KEY)?.language;
}

/** In a dialog, where the root always runs first. */
export function languageOf(context: TurnContext): Locale {
  return languageIn(context) ?? 'en';
}

export function setLanguage(context: TurnContext, locale: Locale): void {
  const holder = context.turnState.get<LanguageHolder | undefined>(KEY);
  if (holder) holder.language = locale;
}

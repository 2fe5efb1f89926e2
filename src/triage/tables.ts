/**
 * The word tables of every language: each is applied to every message, since people mix languages. The
 * locale keys them by plain strings; this typed view checks, when it compiles, that every table has the
 * words of each resource, subscription reading, intent and topic, and that every statement names a real
 * fact and question: a new id fails to compile until both tables say it.
 */
import type { Locale } from '../locale';
import { EN_WORDS } from '../locale/words/en';
import { JA_WORDS } from '../locale/words/ja';
import type { IntentWords, Statement, WordTable } from '../locale/words/types';
import type { ClarifyingFact, QuestionId } from './questions';
import type { Intent, ResourceChoice, SubscriptionReading, Topic } from './reading';

export interface CoreStatement extends Statement {
  fact: ClarifyingFact | 'vnetIntegration';
  onlyWhenAsked?: QuestionId;
}

export interface CoreWordTable extends WordTable {
  resource: Record<ResourceChoice, string[]>;
  subscription: Record<SubscriptionReading, string[]>;
  statements: CoreStatement[];
  intents: Record<Intent, IntentWords>;
  topics: Record<Topic, string[][][]>;
}

export const TABLES: Record<Locale, CoreWordTable> = { en: EN_WORDS, ja: JA_WORDS };
export const ALL_TABLES = Object.values(TABLES);

/** The word tables of every language: each is applied to every message, since people mix languages. */
import type { Locale } from '../locale';
import { EN_WORDS } from '../locale/words/en';
import { JA_WORDS } from '../locale/words/ja';
import type { WordTable } from '../locale/words/types';

export const TABLES: Record<Locale, WordTable> = { en: EN_WORDS, ja: JA_WORDS };
export const ALL_TABLES = Object.values(TABLES);

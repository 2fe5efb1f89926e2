/**
 * How a person types each global command, in each language: the rows of the table test of global commands
 * in every part that asks (test/dialogs/ticket.test.ts, and the live chat in test/handoff/liveChat.test.ts).
 * Each table must have a word for every global command and each word must be its command, or that test fails.
 */
import type { Locale } from '../../src/locale';

export type GlobalCommand = 'status' | 'help' | 'cancel' | 'startOver' | 'japanese' | 'english' | 'human';

export const GLOBAL_COMMAND_WORDS: Record<Locale, Record<GlobalCommand, string>> = {
  en: {
    status: 'status',
    help: 'help',
    cancel: 'cancel',
    startOver: 'start over',
    japanese: '日本語',
    english: 'English',
    human: 'agent',
  },
  ja: {
    status: 'ステータス',
    help: 'ヘルプ',
    cancel: 'キャンセル',
    startOver: '最初から',
    japanese: '日本語',
    english: 'English',
    human: '担当者',
  },
};

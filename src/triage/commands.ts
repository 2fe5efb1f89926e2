/**
 * A command is a whole message that asks the bot to do something ("status", 「最初から」), in the words of
 * any language's table. A command word inside a sentence is no command: "最初からずっと従量課金です"
 * answers a question, and the reader takes it. One function recognises commands for every part of the bot.
 */
import type { Locale } from '../locale';
import type { CommandId } from '../locale/words/types';
import { TABLES } from './tables';
import { fold, isAscii, japaneseCharCount, trimmed } from './text';

export type { CommandId };

/**
 * Where a command is acted on: `global` in the root dialog, whatever part holds the conversation (the
 * live chat lets exactly these through); `edge` before any dialog runs ("forget me" deletes the state the
 * dialogs live in); `local` by the one part that offers it.
 */
export type CommandScope = 'global' | 'edge' | 'local';

export const COMMANDS: Record<CommandId, CommandScope> = {
  status: 'global',
  cancel: 'global',
  startOver: 'global',
  help: 'global',
  human: 'global',
  english: 'global',
  japanese: 'global',
  forgetMe: 'edge',
  endChat: 'local',
  newCase: 'local',
  addToCase: 'local',
};

export interface Command {
  id: CommandId;
  /**
   * The language the words are clearly written in: Japanese words are; the English ones ("help", "status")
   * are every language's, so they say nothing about it.
   */
  language?: Locale;
}

/** Longer than this, a message is an answer, not a command: it is not looked at. */
const LONGEST = 80;

const key = (words: string) => trimmed(fold(words));

function byWords(): Map<string, CommandId> {
  const found = new Map<string, CommandId>();
  for (const table of Object.values(TABLES)) {
    for (const [id, words] of Object.entries(table.commands) as [CommandId, string[]][]) {
      for (const word of words) {
        const other = found.get(key(word));
        // A word of two commands would make one of them unreachable somewhere: the tables must say which.
        if (other && other !== id) throw new Error(`"${word}" is a word of two commands: ${other} and ${id}`);
        found.set(key(word), id);
      }
    }
  }
  return found;
}

const BY_WORDS = byWords();
const COURTESY = Object.values(TABLES)
  .flatMap((t) => t.courtesy)
  .map(key)
  .sort((a, b) => b.length - a.length);

/** "please", 「お願いします」 off either end, once each: "restart the questions please", 「担当者につないでください」. */
function withoutCourtesy(bare: string): string {
  let text = bare;
  for (const c of COURTESY) {
    const ascii = isAscii(c);
    if (ascii ? text.startsWith(`${c} `) : text.startsWith(c)) {
      text = text.slice(c.length);
      break;
    }
  }
  text = trimmed(text);
  for (const c of COURTESY) {
    const ascii = isAscii(c);
    if (ascii ? text.endsWith(` ${c}`) : text.endsWith(c) && text.length > c.length) {
      text = text.slice(0, text.length - c.length);
      break;
    }
  }
  return trimmed(text);
}

/** The command a whole message is, if it is one. */
export function commandOf(text: string | undefined): Command | undefined {
  if (!text || text.length > LONGEST) return undefined;
  const bare = key(text);
  if (!bare) return undefined;
  const id = BY_WORDS.get(bare) ?? BY_WORDS.get(withoutCourtesy(bare));
  if (!id) return undefined;
  return japaneseCharCount(bare) ? { id, language: 'ja' } : { id };
}

/** The words the bot shows for a command in a language (help texts, the Teams command menu). */
export function commandWord(id: CommandId, locale: Locale): string {
  return TABLES[locale].commands[id][0];
}

/**
 * The words the reader understands, per language: plain tables, so a support engineer can read
 * and extend them. Every table of every language is applied to every message (people mix
 * languages); English phrases match whole words, Japanese ones anywhere in the text.
 *
 * The locale does not import the core: the tables are keyed by plain strings here, and the core checks,
 * when it compiles, that every table has the words of each of its ids (CORE_WORDS in src/triage/tables.ts).
 */

/** A yes/no fact stated by a phrase; a negation next to it states the opposite. */
export interface Statement {
  /** A clarifying fact of the core, or `vnetIntegration`. */
  fact: string;
  value: boolean;
  phrases: string[];
  /** Read only while this question (the core's id) is waiting for its answer ("directly" means nothing elsewhere). */
  onlyWhenAsked?: string;
}

export interface IntentWords {
  /** The whole message is this (a whole message that is a command is in `commands`). */
  exact: string[];
  /** The message contains this. */
  phrases: string[];
}

/**
 * A whole message that asks the bot to do something. Where each is acted on is the core's list
 * (src/triage/commands.ts); a new command is a name here, its words in every table, and its place there.
 */
export type CommandId =
  'status' | 'cancel' | 'startOver' | 'help' | 'human' | 'english' | 'japanese' | 'forgetMe' | 'endChat' | 'newCase' | 'addToCase';

export interface WordTable {
  /** Each command as whole messages; the first is the one the bot shows (help, the Teams command menu). */
  commands: Record<CommandId, string[]>;
  /** Words around a command that leave it a command: "please", 「お願いします」. */
  courtesy: string[];
  resource: Record<string, string[]>;
  subscription: Record<string, string[]>;
  statements: Statement[];
  /** Words that count only when nothing more specific names the same fact ("server" may be any resource). */
  weak: string[];
  /** Words that turn the nearest fact phrase around: before it in English, after it in Japanese. */
  negations: string[];
  /** Said of a subscription word, these make it the former type (C1), not the current one. */
  formerly: string[];
  /** A company's contract with Microsoft: says nothing of the subscription type (CSP, invoiced Pay-As-You-Go, Dev/Test…). */
  companyContract: string[];
  /** The person is guessing: what they state is confirmed before it counts. */
  hedges: string[];
  /** What follows (English) or precedes (Japanese) these is supposed, not stated: "what if", 「なら」. */
  hypothetical: string[];
  /** What follows (English) or precedes (Japanese) these is hearsay ("I read that", 「と聞きました」): neither stated nor supposed. */
  hearsay: string[];
  /** Anywhere in a sentence, these make every fact of it supposed: "suppose", 「仮に」. */
  supposing: string[];
  /**
   * A sentence that asks, with one of these conditionals and one of the `changes` words, supposes its facts:
   * "and if we moved it to EA?", 「EA に移したらどうなりますか」 (「送ったらタイムアウトします」 states).
   */
  conditionals: string[];
  changes: string[];
  /** Before (English) or after (Japanese) a fact word in a supposition: the value it would replace, neither stated nor supposed. */
  replaced: string[];
  /** Beside a resource (near it in English, right after it in Japanese), these name one more sender, not a correction: "too", 「も」. */
  alsoSender: string[];
  /** Words right after a resource that begin with an "also" cue and are not one: 「もう」 ("again", "already") is no 「も」. */
  notAlsoSender: string[];
  /** Right after a subscription word, the former type in a change to another one: 「EA から従量課金制に切り替え」. */
  changedFrom: string[];
  /**
   * Negations that join a list ("neither", "nor"): before a resource they negate sending, not the sender ("can't send
   * from the VM, nor from the web app" names both), unless they say what it is not ("it's neither a VM nor…").
   */
  joiningNegations: string[];
  /** Before a joining negation, these make it say what the thing is not: "it's neither a VM nor a web app". */
  copulas: string[];
  /**
   * Resources named as alternatives, one sender of either kind: every two joined by an `or` word, with an `either` word
   * before the first (English "either a VM or a web app") or after the last (「VM か Web アプリのどちらか」).
   */
  alternatives: { either: string[]; or: string[] };
  /** Asked which of the alternatives sends: every one of them does ("both", 「両方」). */
  bothSenders: string[];
  /** Words whose reading is only a guess (「従量課金プラン」 may be a Functions hosting plan): confirmed first. */
  uncertain: string[];
  /** An OS reboot, which is not D2's stop-deallocate-start: never a "yes" to that question. */
  reboot: string[];
  /** Words before an id that make it another id than a subscription's ("tenant id", 「相関 ID」). */
  otherIds: string[];
  /** A message or clause that ends like this asks, it does not state. */
  questionEndings: string[];
  /**
   * A message that ends like this before its "?" asks whether something holds ("…, right?", 「…ですよね？」): what it says
   * against a fact already known is asked about, not a correction.
   */
  tagQuestions: string[];
  /** A bare answer to a yes/no question. */
  yes: string[];
  no: string[];
  /** "I don't know". */
  unsure: string[];
  /** Nouns that say which fact a "don't know" is about. */
  aboutSubscription: string[];
  /** The rest of a numbered answer ("option 3", "3番です"). */
  numberWords: string[];
  /** Options by place ("the first one", 「一番上」); -1 is the last. */
  ordinals: Record<string, number>;
  intents: Record<string, IntentWords>;
  /** A side question: every group of a set has a word in the message. */
  topics: Record<string, string[][][]>;
}

/**
 * A language's table, with its ids and words kept as written (not widened to `string`), so that the core's
 * typed view of the tables can check them.
 */
export const wordTable = <const T extends WordTable>(table: T): T => table;

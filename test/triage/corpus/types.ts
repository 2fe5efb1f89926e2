import type { QuestionId } from '../../../src/triage/questions';
import type { FactName, Intent, ReadFacts, ResourceChoice, Topic } from '../../../src/triage/reading';

/** The question the bot had just asked (the separating questions are answered as the subscription one). */
export type Pending = Exclude<QuestionId, 'mcaKind' | 'devTestKind'>;

export interface CorpusEntry {
  text: string;
  /** The question the bot had just asked, when the message answers it ("nope" means no to THAT question). */
  pending?: Pending;
  /** Every fact the message states (and no other): the reader must find these and must not find a different value. */
  facts?: Partial<ReadFacts>;
  /**
   * Facts the person states as a guess ("I think", 「たぶん」): the reader must confirm them before acting.
   * The reader may mark more facts tentative (a typo's closest word), never fewer.
   */
  tentative?: FactName[];
  /** Two or more senders named (then `facts.resource` is absent): every one, in the order named. */
  senders?: ResourceChoice[];
  /** One sender named as one of two or more kinds ("either a VM or a web app"): the kinds, in the order named. */
  between?: ResourceChoice[];
  unsure?: FactName[];
  intents?: Intent[];
  topics?: Topic[];
  /** For a malformed subscription id: the reader must flag it (Reading.malformedSubscriptionId set). */
  malformedSubscriptionId?: true;
  note?: string;
}

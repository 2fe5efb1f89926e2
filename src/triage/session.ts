/**
 * The conversation as plain JSON: each fact with where it came from, the question waiting for an
 * answer, the language, and what was said once already. The state store keeps it as it is.
 */
import type { Locale } from '../locale';
import type { SubscriptionKind } from '../policy/types';
import type { ClarifyingFact, QuestionId } from './questions';
import type { NetworkTarget } from './network';
import type { NetworkKnown } from './networkFacts';
import type { ResourceChoice, SubscriptionReading } from './reading';

/** Told by the person, read from Azure as the person, or Azure's candidates narrowed by the person. */
export type Source = 'told' | 'azure' | 'azureAndTold';

export interface Known<T> {
  value: T;
  source: Source;
}

/** What Azure said about the subscription, read as the person, and the kinds it leaves possible. */
export interface VerifiedSubscription {
  subscriptionId: string;
  displayName: string;
  state: string;
  quotaId?: string | undefined;
  spendingLimit?: string | undefined;
  billing?:
    | {
        billingAccountAgreementType?: string | undefined;
        billingAccountType?: string | undefined;
        subscriptionWorkloadType?: string | undefined;
      }
    | undefined;
  kinds: SubscriptionKind[];
}

export interface SessionFacts {
  resource?: Known<ResourceChoice>;
  vnetIntegration?: Known<boolean>;
  subscription?: Known<SubscriptionReading>;
  /** A well-formed id the person gave or picked; verified only when `azure` is set. */
  subscriptionId?: string;
  azure?: VerifiedSubscription;
  /** The resource the person named (a name or a pasted resource id), for reading its network from Azure. */
  target?: NetworkTarget;
  /** The network facts read from Azure as the person, and what they state. */
  network?: NetworkKnown;
  /** Each clarifying question answered so far; null = "not sure" (JSON keeps null, drops undefined). */
  clarified: Partial<Record<ClarifyingFact, boolean | null>>;
  /** What sends is one of these kinds ("either a VM or a web app"), until the person says which. */
  resourceBetween?: ResourceChoice[] | undefined;
  /** The other senders named in the conversation (senders.ts): the subscription and its facts are shared with them. */
  others?: OtherSender[] | undefined;
}

/** Another sender: what belongs to it alone; `decided` once its verdict was given, waiting its turn before that. */
export interface OtherSender {
  resource: Known<ResourceChoice>;
  vnetIntegration?: Known<boolean> | undefined;
  /** Its own answers (route, symptom, restart); the subscription's answers are the session's. */
  clarified: Partial<Record<ClarifyingFact, boolean | null>>;
  target?: NetworkTarget | undefined;
  network?: NetworkKnown | undefined;
  decided?: boolean | undefined;
}

/** A question of the core, or the one separating question Azure's candidates leave, or a guess to confirm. */
export type Asking = QuestionId | 'subscriptionGroup' | 'confirm';

export interface Session {
  locale: Locale;
  facts: SessionFacts;
  asking?: Asking | undefined;
  /** Facts read from a guess, waiting for "yes" before they count. */
  guessed?: Record<string, unknown> | undefined;
  /** The guess came from 「従量課金プラン」, which also names the Functions Consumption hosting plan: asked in those words. */
  guessedConsumptionPlan?: boolean | undefined;
  /** Things said in full once per conversation ("relay": the R0 explanation). */
  said: string[];
  /** Replies in a row that did not answer the question asked, per question: the help gets fuller each time. */
  misses: number;
  /** How many times the person said "I don't know" to the question asked now. */
  unsure: number;
  /** Times each question was sent, re-sends for a command (help, language, status) not counted; absent in older stored sessions. */
  sent?: Partial<Record<QuestionId, number>> | undefined;
  /** The last reply answered a what-if: a "thanks" now is for that answer, not a yes to "did that solve it?". */
  answeredWhatIf?: boolean | undefined;
  /** The verdict was given and "did that solve it?" answered: a new message starts a new triage. */
  closed?: boolean | undefined;
}

export function newSession(locale: Locale): Session {
  return { locale, facts: { clarified: {} }, said: [], misses: 0, unsure: 0 };
}

/** A new triage in the same conversation: the language and what was said once are kept. */
export function resetTriage(session: Session): void {
  Object.assign(session, newSession(session.locale), {
    said: session.said,
    asking: undefined,
    guessed: undefined,
    guessedConsumptionPlan: undefined,
    closed: undefined,
  });
}

/**
 * What the core says, as data: ids and parameters, no channel format. The shell renders each for
 * its channel (dialogs/render/) from the locale catalogs.
 */
import type { Locale } from '../locale';
import type { SubscriptionGroup } from '../policy/groups';
import type { SubscriptionKind } from '../policy/types';
import type { QuestionId } from './questions';
import type { FactName, ResourceChoice, Topic } from './reading';
import type { TriageResult } from './result';
import type { Possibility } from './possibilities';
import type { NetworkFacts, NetworkTarget } from './network';
import type { NetworkApplied, NetworkRequest } from './networkFacts';
import type { Asking, VerifiedSubscription } from './session';

/** Plain lines of the catalog, by their key. */
export type LineId =
  | 'welcome'
  | 'help'
  | 'cancelled'
  | 'startingOver'
  /** A message after the closing: the conversation goes on with the facts kept. */
  | 'continuing'
  /** Two yes/no questions could not be answered: the verdict now, each step that depends on them says so. */
  | 'whateverTheAnswers'
  | 'languageSwitched'
  | 'languageFollowed'
  | 'staleButton'
  | 'subscriptionIdAccepted'
  | 'subscriptionIdMalformed'
  | 'offerIdUnknown'
  | 'solvedThanks'
  | 'goodbye'
  | 'youAreWelcome'
  | 'personOffer'
  | 'movingOn'
  /** A supposition before the verdict that decides none: taken as a what-if, not noted as a fact. */
  | 'supposedOnly'
  | 'lookupNotConfigured'
  /** Company words ("our company signed with Microsoft") name no subscription type. */
  | 'companyContract';

/** Lines of the Azure lookup, by their key in the catalog's `azure` group. */
export type AzureLineId = 'signInFailed' | 'noSubscriptions' | 'notFoundOrForbidden' | 'unavailable';

export type Say =
  | { kind: 'line'; id: LineId; params?: Record<string, string> }
  | { kind: 'azureLine'; id: AzureLineId; params?: Record<string, string> }
  /** "Got it: virtual machine, Pay-As-You-Go." — what was read, so a misreading shows. */
  | { kind: 'understood'; facts: { fact: FactName; value: unknown }[] }
  /** A correction: the fact changed from one value to another. */
  | { kind: 'changed'; fact: FactName; from: unknown; to: unknown }
  /** Reading the message as a guess: confirm before it counts. */
  | { kind: 'confirm'; facts: { fact: FactName; value: unknown }[]; consumptionPlan?: boolean }
  /** Nothing of the reply answered: {text} echoed, with the closest options. */
  | { kind: 'notUnderstood'; text: string }
  | {
      kind: 'question';
      question: QuestionId;
      options: string[];
      all: boolean;
      signIn: boolean;
      /** The options are the kinds the person named as alternatives ("either a VM or a web app"): which one? */
      between?: boolean;
    }
  | { kind: 'separate'; kinds: SubscriptionKind[]; groups: SubscriptionGroup[] }
  | { kind: 'verified'; subscription: VerifiedSubscription; knownQuotaId: boolean; contradiction: boolean }
  /** The network facts read from Azure: what they state, what contradicts the person (asked next), what could not be read. */
  | ({
      kind: 'network';
      facts: NetworkFacts;
      /** The resource as the session has it, and what the person named: for the lines that depend on them. */
      resource?: ResourceChoice | undefined;
      target?: NetworkTarget | undefined;
    } & NetworkApplied)
  /** "I don't know": what each possibility would mean, how to find out; fuller each time. */
  | { kind: 'unsure'; question: QuestionId; round: number; signIn: boolean }
  | { kind: 'topic'; topic: Topic }
  | { kind: 'verdict'; result: TriageResult; relayInFull: boolean; again: boolean }
  /**
   * The verdict of each possibility still open about what sends or the subscription, with its rule ids and steps:
   * for a person who asked for the steps, or who cannot answer.
   */
  | { kind: 'possibilities'; why: 'steps' | 'unsure'; possibilities: Possibility[] }
  /**
   * A what-if ("suppose we moved it to EA"): the verdict the supposed facts would give (or, where they still leave
   * the resource or subscription open, each possibility's), the session's own facts kept and said back.
   */
  | {
      kind: 'whatIf';
      supposed: { fact: FactName; value: unknown }[];
      result: TriageResult;
      possibilities: Possibility[];
      kept: { fact: FactName; value: unknown }[];
      /** The relay advice (R0) in full: not said in full yet in this conversation. */
      relayInFull: boolean;
    }
  /** Several senders named at once (the subscription is shared): a verdict for each now, or one after the other. */
  | { kind: 'senders'; senders: ResourceChoice[]; oneByOne: boolean }
  /** Which of several senders the verdict or question that follows is about. */
  | { kind: 'sender'; resource: ResourceChoice; place: number; count: number }
  /** After "did that solve it? — no": the H1 path, or why support cannot lift the block. */
  | { kind: 'notSolved'; result: TriageResult };

/** What the shell must do beyond saying: the things that need I/O or another dialog. */
export type Effect =
  /** `asked`: the person already said which, "new case" or "add to case", for when they have cases open. */
  | { kind: 'handoff'; result: TriageResult; asked?: 'newCase' | 'addToCase' | undefined }
  | { kind: 'status' }
  /** Sign the person in and read the subscription (the given one, or let them pick). */
  | { kind: 'lookup'; subscriptionId?: string | undefined }
  /** Read these network facts of the verified subscription as the signed-in person. */
  | { kind: 'network'; request: NetworkRequest }
  /** A verdict or a closing, for the metrics and telemetry. */
  | { kind: 'verdictGiven'; result: TriageResult }
  | { kind: 'closed'; result: TriageResult; solved: boolean; escalated: boolean };

export interface StepOutput {
  locale: Locale;
  say: Say[];
  effects: Effect[];
  asking?: Asking | undefined;
}

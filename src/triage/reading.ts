/**
 * What the reader takes from one message: every fact it states, with its polarity, the facts the
 * person says they do not know, and what they want (intents, side questions). Plain data, so a
 * corpus of messages can state what each must yield.
 */
import type { Locale } from '../locale';
import type { SubscriptionKind } from '../policy/types';
import type { ClarifyingFact } from './questions';

/** The resource as a person names it; App Service and Functions wait for the VNet-integration answer (S2, S4). */
export type ResourceChoice =
  'virtualMachine' | 'vmScaleSet' | 'appService' | 'functions' | 'appServiceEnvironmentV3' | 'azureFirewall' | 'otherPaas';

/**
 * The subscription as a person names it. Two plain words are not offers (domain.md, "Facts that
 * moved"): `mca` is a Microsoft Customer Agreement that may be individual (O1) or enterprise (E1),
 * `devTest` a Dev/Test offer that may be Enterprise Dev/Test (D1) or Pay-As-You-Go Dev/Test (O1).
 */
export type SubscriptionReading = SubscriptionKind | 'mca' | 'devTest';

/** Every fact a message can state: the clarifying yes/no facts are those of the question list (questions.ts). */
export type ReadFacts = {
  resource: ResourceChoice;
  /** S2: the app sends through VNet integration. */
  vnetIntegration: boolean;
  subscription: SubscriptionReading;
  /** A well-formed subscription id (lower case). */
  subscriptionId: string;
  /** The answer to "did that solve it?". */
  solved: boolean;
} & Record<ClarifyingFact, boolean>;

export type FactName = keyof ReadFacts;

/** What a message asks for among other things it says; a whole message that is a command is commandOf's (commands.ts). */
export type Intent =
  | 'human'
  | 'help'
  | 'english'
  | 'japanese'
  | 'thanks'
  | 'bye'
  | 'signIn'
  /** "show me all the options". */
  | 'showOptions'
  /** "just the steps": the verdict now, whatever is still unknown, with conditional steps. */
  | 'steps'
  /** "done all of it, still failing": the verdict's steps are done and it still does not work. */
  | 'stillFailing';

/** Side questions the article answers. */
export type Topic = 'whyBlocked' | 'relay' | 'exchangeOnline' | 'supportUnblock' | 'reboot' | 'otherPorts';

export interface Reading {
  facts: Partial<ReadFacts>;
  /** Two or more senders named in one message, in the order named, each kind once; `facts.resource` is then unset. */
  senders?: ResourceChoice[];
  /** One sender named as one of these kinds ("either a VM or a web app", 「VM か Web アプリのどちらか」): which is asked. */
  between?: ResourceChoice[];
  /** The one sender named is one more beside those known ("the web app too", 「Web アプリも」), not a correction. */
  anotherSender?: boolean;
  /** Facts read from a guess ("I think", a typo's closest word): confirmed before they are acted on. */
  tentative: FactName[];
  /** Facts supposed, not stated ("suppose we moved it to EA?", 「仮に EA だったら」): a what-if, never the session's facts. */
  supposed?: Partial<ReadFacts>;
  /** Facts the person says they do not know. */
  unsure: FactName[];
  intents: Intent[];
  topics: Topic[];
  /** A subscription id that is not well formed, as typed (cut short). */
  malformedSubscriptionId?: string;
  /** An offer id that does not settle the type on its own (MS-AZR-0017G). */
  inexactOfferId?: string;
  /** The language the message is clearly written in, if it is. */
  writtenIn?: Locale;
}

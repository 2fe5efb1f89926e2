/** The shape every locale catalog fills: all words the bot says, and the words it understands. */
import type { Outcome, ResourceKind, SubscriptionKind } from '../policy/types';

export type Locale = 'en' | 'ja';

export interface OptionText {
  label: string;
  /** Other words for the option; the recogniser accepts those of every locale. */
  synonyms: string[];
}

export type ResourceChoice = Exclude<ResourceKind, 'appServiceVnetIntegration' | 'functionsVnetIntegration'>
  | 'appService' | 'functions';
export type SubscriptionChoice = SubscriptionKind | 'unsure';
export type YesNo = 'yes' | 'no';
export type YesNoUnsure = YesNo | 'unsure';
export type Routing = 'direct' | 'appliance' | 'unsure';
export type Symptom = 'timeout' | 'rejected' | 'unsure';

export interface Question<O extends string> {
  prompt: string;
  options: Record<O, OptionText>;
}

export interface Questions {
  resource: Question<ResourceChoice>;
  vnetIntegration: Question<YesNo>;
  subscription: Question<SubscriptionChoice>;
  exemptionGranted: Question<YesNoUnsure>;
  restartedSinceExemption: Question<YesNoUnsure>;
  routedDirectlyToInternet: Question<Routing>;
  delegatedSubnet: Question<YesNoUnsure>;
  formerlyEnterprise: Question<YesNoUnsure>;
  receivingDomainRejects: Question<Symptom>;
  solved: Question<YesNo>;
}

export type QuestionId = keyof Questions;

export type CommandId = 'startOver' | 'help' | 'cancel' | 'english' | 'japanese';

export interface Catalog {
  /** The language's own name, as a switch button shows it. */
  languageName: string;
  articleUrl: string;
  commands: Record<CommandId, string[]>;
  welcome: string;
  help: string;
  cancelled: string;
  startingOver: string;
  languageSwitched: string;
  notUnderstood: string;
  staleButton: string;
  subscriptionWhereToFind: string;
  subscriptionIdAccepted: string;
  subscriptionIdMalformed: string;
  offerIdUnknown: string;
  vnetIntegrationHint: string;
  /** The button under a list of choices on a card (Teams). */
  sendChoice: string;
  /** Shown on the card when "send" is pressed with nothing chosen. */
  chooseOne: string;
  questions: Questions;
  outcome: Record<Outcome, string>;
  decidedBy: string;
  nextSteps: string;
  source: string;
  solvedThanks: string;
  escalationIntro: string;
  escalationHowTo: string;
  noEscalation: string;
  receivingDomainNotAzure: string;
  summary: {
    title: string;
    resource: string;
    subscription: string;
    subscriptionId: string;
    notAsked: string;
    toldByUser: string;
    notVerified: string;
    facts: string;
    verdict: string;
    category: string;
  };
  factLabels: Record<'exemptionGranted' | 'restartedSinceExemption' | 'routedDirectlyToInternet'
    | 'delegatedSubnet' | 'formerlyEnterprise' | 'receivingDomainRejects', string>;
  values: { yes: string; no: string; unsure: string };
  anythingElse: string;
  errorApology: string;
}

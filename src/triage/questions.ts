/**
 * The question model: each question the triage can ask, the fact it settles and what each of its
 * options means. The catalogs hold only the words (prompt, labels); this is the domain's shape.
 */
import type { SubscriptionKind } from '../policy/types';
import type { FactName, ReadFacts, ResourceChoice } from './reading';

export type QuestionId =
  | 'resource'
  | 'vnetIntegration'
  | 'subscription'
  /** A plain "Microsoft Customer Agreement": signed by an organisation (MCA-E, E1) or one's own (O1)? */
  | 'mcaKind'
  /** A plain "dev/test": Enterprise Dev/Test (D1) or Pay-As-You-Go Dev/Test (O1)? */
  | 'devTestKind'
  | 'exemptionGranted'
  | 'restartedSinceExemption'
  | 'routedDirectlyToInternet'
  | 'delegatedSubnet'
  | 'temporarySubnetDone'
  | 'formerlyEnterprise'
  | 'receivingDomainRejects'
  | 'solved';

/** A fact with a yes/no value, which the person can also leave open ("not sure"). */
export type ClarifyingFact =
  | 'exemptionGranted'
  | 'restartedSinceExemption'
  | 'routedDirectlyToInternet'
  | 'delegatedSubnet'
  | 'temporarySubnetDone'
  | 'formerlyEnterprise'
  | 'receivingDomainRejects';

export const CLARIFYING_FACTS: readonly ClarifyingFact[] = [
  'exemptionGranted',
  'restartedSinceExemption',
  'routedDirectlyToInternet',
  'delegatedSubnet',
  'temporarySubnetDone',
  'formerlyEnterprise',
  'receivingDomainRejects',
];

type OptionValue<F extends FactName> = ReadFacts[F] | null;

interface QuestionShape<F extends FactName> {
  fact: F;
  /** Option id → the fact's value; null = "not sure". In the order the options are shown. */
  options: Record<string, OptionValue<F>>;
}

const yesNoUnsure = { yes: true, no: false, unsure: null } as const;

const SUBSCRIPTION_OPTIONS: Record<SubscriptionKind | 'unsure', SubscriptionKind | null> = {
  enterpriseAgreement: 'enterpriseAgreement',
  mcaEnterprise: 'mcaEnterprise',
  enterpriseDevTest: 'enterpriseDevTest',
  payAsYouGo: 'payAsYouGo',
  visualStudio: 'visualStudio',
  csp: 'csp',
  freeTrial: 'freeTrial',
  sponsorship: 'sponsorship',
  student: 'student',
  otherOffer: 'otherOffer',
  unsure: null,
};

const RESOURCE_OPTIONS: Record<ResourceChoice, ResourceChoice> = {
  virtualMachine: 'virtualMachine',
  vmScaleSet: 'vmScaleSet',
  appService: 'appService',
  functions: 'functions',
  appServiceEnvironmentV3: 'appServiceEnvironmentV3',
  azureFirewall: 'azureFirewall',
  otherPaas: 'otherPaas',
};

export const QUESTIONS = {
  resource: { fact: 'resource', options: RESOURCE_OPTIONS },
  vnetIntegration: { fact: 'vnetIntegration', options: { yes: true, no: false } },
  subscription: { fact: 'subscription', options: SUBSCRIPTION_OPTIONS },
  mcaKind: { fact: 'subscription', options: { mcaEnterprise: 'mcaEnterprise', payAsYouGo: 'payAsYouGo', unsure: null } },
  devTestKind: { fact: 'subscription', options: { enterpriseDevTest: 'enterpriseDevTest', payAsYouGo: 'payAsYouGo', unsure: null } },
  exemptionGranted: { fact: 'exemptionGranted', options: yesNoUnsure },
  restartedSinceExemption: { fact: 'restartedSinceExemption', options: yesNoUnsure },
  routedDirectlyToInternet: { fact: 'routedDirectlyToInternet', options: { direct: true, appliance: false, unsure: null } },
  delegatedSubnet: { fact: 'delegatedSubnet', options: yesNoUnsure },
  temporarySubnetDone: { fact: 'temporarySubnetDone', options: yesNoUnsure },
  formerlyEnterprise: { fact: 'formerlyEnterprise', options: yesNoUnsure },
  receivingDomainRejects: { fact: 'receivingDomainRejects', options: { timeout: false, rejected: true, unsure: null } },
  solved: { fact: 'solved', options: { yes: true, no: false } },
} as const satisfies { [Q in QuestionId]: QuestionShape<FactName> };

export type OptionId<Q extends QuestionId> = keyof (typeof QUESTIONS)[Q]['options'] & string;

export function optionIds(question: QuestionId): string[] {
  return Object.keys(QUESTIONS[question].options);
}

/** What choosing an option means: the fact's value, null for "not sure", undefined for no such option. */
export function optionValue(question: QuestionId, option: string): ReadFacts[FactName] | null | undefined {
  const options = QUESTIONS[question].options as Record<string, ReadFacts[FactName] | null>;
  // Own options only: a submitted "toString" is no option.
  return Object.hasOwn(options, option) ? options[option] : undefined;
}

/** The option that stands for a value (for showing a known fact with its label). */
export function optionFor(question: QuestionId, value: unknown): string | undefined {
  const options = QUESTIONS[question].options as Record<string, unknown>;
  return Object.keys(options).find((id) => options[id] === value);
}

/** Questions whose answer is yes or no, so a bare "yep" / 「違います」 answers them. */
/** A question id the core knows: card submits carry arbitrary strings. */
export function isQuestion(id: string): id is QuestionId {
  return Object.hasOwn(QUESTIONS, id);
}

export function isYesNo(question: QuestionId): boolean {
  const options = QUESTIONS[question].options;
  return 'yes' in options && 'no' in options;
}

/**
 * The question model: each question the triage can ask, the fact it settles and what each of its
 * options means. The catalogs hold only the words (prompt, labels); this is the domain's shape.
 */
import type { SubscriptionKind } from '../policy/types';
import type { FactName, ReadFacts, ResourceChoice } from './reading';

interface QuestionShape<F extends FactName> {
  fact: F;
  /** Option id → the fact's value; null = "not sure". In the order the options are shown. */
  options: Record<string, ReadFacts[F] | null>;
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

/**
 * The one list of questions: id, the fact each sets, its options (in the order they are shown),
 * and whether it is a clarifying yes/no fact the person may leave open. The questions are listed
 * in the order their facts are said back. Catalogs give the words for these ids, and the core
 * checks that they do (catalogTexts.ts).
 */
export const QUESTIONS = {
  resource: { fact: 'resource', options: RESOURCE_OPTIONS },
  vnetIntegration: { fact: 'vnetIntegration', options: { yes: true, no: false } },
  subscription: { fact: 'subscription', options: SUBSCRIPTION_OPTIONS },
  /** A plain "Microsoft Customer Agreement": signed by an organisation (MCA-E, E1) or one's own (O1)? */
  mcaKind: { fact: 'subscription', options: { mcaEnterprise: 'mcaEnterprise', payAsYouGo: 'payAsYouGo', unsure: null } },
  /** A plain "dev/test": Enterprise Dev/Test (D1) or Pay-As-You-Go Dev/Test (O1)? */
  devTestKind: { fact: 'subscription', options: { enterpriseDevTest: 'enterpriseDevTest', payAsYouGo: 'payAsYouGo', unsure: null } },
  /** D1: the diagnostic ran and exempted the subscription. */
  exemptionGranted: { fact: 'exemptionGranted', options: yesNoUnsure, clarifying: true },
  /** D2: every VM was stopped (deallocated) and started since the exemption; an OS reboot is not. */
  restartedSinceExemption: { fact: 'restartedSinceExemption', options: yesNoUnsure, clarifying: true },
  /** D3: a delegated subnet in a VNet of the subscription. */
  delegatedSubnet: { fact: 'delegatedSubnet', options: yesNoUnsure, clarifying: true },
  /** D3 done: a temporary subnet was added to that VNet and removed again. */
  temporarySubnetDone: { fact: 'temporarySubnetDone', options: yesNoUnsure, clarifying: true },
  /** D4: the mail goes straight to the internet, not through a firewall or appliance. */
  routedDirectlyToInternet: {
    fact: 'routedDirectlyToInternet',
    options: { direct: true, appliance: false, unsure: null },
    clarifying: true,
  },
  /** E2: the receiving server answers and refuses (true); the connection times out or is refused (false). */
  receivingDomainRejects: {
    fact: 'receivingDomainRejects',
    options: { timeout: false, rejected: true, unsure: null },
    clarifying: true,
  },
  solved: { fact: 'solved', options: { yes: true, no: false } },
} as const satisfies Record<string, { fact: string; options: Record<string, unknown>; clarifying?: true }>;

export type QuestionId = keyof typeof QUESTIONS;

type ClarifyingQuestion = { [Q in QuestionId]: (typeof QUESTIONS)[Q] extends { clarifying: true } ? Q : never }[QuestionId];

/** C1 (the subscription used to be EA or MCA-E) is only ever told, never asked: it explains a block, it never opens one. */
const TOLD_ONLY = ['formerlyEnterprise'] as const;

/** A fact with a yes/no value, which the person can also leave open ("not sure"). */
export type ClarifyingFact = (typeof QUESTIONS)[ClarifyingQuestion]['fact'] | (typeof TOLD_ONLY)[number];

export const CLARIFYING_FACTS: ClarifyingFact[] = [
  ...(Object.keys(QUESTIONS) as QuestionId[]).filter((q) => 'clarifying' in QUESTIONS[q]).map((q) => QUESTIONS[q].fact as ClarifyingFact),
  ...TOLD_ONLY,
];

export function isClarifying(fact: string): fact is ClarifyingFact {
  return (CLARIFYING_FACTS as readonly string[]).includes(fact);
}

/** Each option's value fits its fact: checked when this compiles. */
const SHAPES: { [Q in QuestionId]: QuestionShape<(typeof QUESTIONS)[Q]['fact']> } = QUESTIONS;

/** Facts in the order their questions come, for saying them back; the subscription id beside the subscription. */
export const FACT_ORDER: FactName[] = [
  ...new Set(
    (Object.keys(QUESTIONS) as QuestionId[]).flatMap((q): FactName[] =>
      QUESTIONS[q].fact === 'subscription' ? ['subscription', 'subscriptionId'] : [QUESTIONS[q].fact],
    ),
  ),
  ...TOLD_ONLY,
];

export type OptionId<Q extends QuestionId> = keyof (typeof QUESTIONS)[Q]['options'] & string;

export function optionIds(question: QuestionId): string[] {
  return Object.keys(SHAPES[question].options);
}

/** What choosing an option means: the fact's value, null for "not sure", undefined for no such option. */
export function optionValue(question: QuestionId, option: string): ReadFacts[FactName] | null | undefined {
  const options: Record<string, ReadFacts[FactName] | null> = SHAPES[question].options;
  // Own options only: a submitted "toString" is no option.
  return Object.hasOwn(options, option) ? options[option] : undefined;
}

/** The option that stands for a value (for showing a known fact with its label). */
export function optionFor(question: QuestionId, value: unknown): string | undefined {
  const options: Record<string, unknown> = SHAPES[question].options;
  return Object.keys(options).find((id) => options[id] === value);
}

/** A question id the core knows: card submits carry arbitrary strings. */
export function isQuestion(id: string): id is QuestionId {
  return Object.hasOwn(QUESTIONS, id);
}

/** Questions whose answer is yes or no, so a bare "yep" / 「違います」 answers them. */
export function isYesNo(question: QuestionId): boolean {
  const options = SHAPES[question].options;
  return 'yes' in options && 'no' in options;
}

/**
 * The triage as plain data: what was answered, which question comes next, and the facts
 * the policy decides on. No Bot Framework here, so the order of questions is testable alone.
 */
import { relevantFacts, subscriptionMatters, type ClarifyingFact } from '../src/policy/relevantFacts';
import type { ResourceKind, SubscriptionKind, TriageFacts } from '../src/policy/types';
import type { QuestionId, ResourceChoice, YesNo } from '../src/locale/catalog';
import type { SubscriptionFacts } from './subscriptionLookup';

/** What Azure said about the subscription, read as the person, and the kinds it leaves possible. */
export interface VerifiedSubscription extends SubscriptionFacts {
  kinds: SubscriptionKind[];
}

export interface Answers {
  resource?: ResourceChoice;
  vnetIntegration?: YesNo;
  subscription?: SubscriptionKind;
  /** A well-formed id the person gave or picked; verified only when `azure` is set. */
  subscriptionId?: string;
  /** Set when the subscription was read from Azure. */
  azure?: VerifiedSubscription;
  /** Who settled the type: Azure alone, the person, or the person choosing the rule among Azure's candidates. */
  subscriptionSource?: 'azure' | 'customer' | 'azureAndCustomer';
  /** Each clarifying question answered so far; undefined value = "not sure". */
  clarified: Partial<Record<ClarifyingFact, boolean | undefined>>;
}

export const emptyAnswers = (): Answers => ({ clarified: {} });

/** The option ids of a clarifying question, read as the fact's value. */
export const FACT_VALUES: Record<ClarifyingFact, Record<string, boolean | undefined>> = {
  exemptionGranted: { yes: true, no: false, unsure: undefined },
  restartedSinceExemption: { yes: true, no: false, unsure: undefined },
  routedDirectlyToInternet: { direct: true, appliance: false, unsure: undefined },
  delegatedSubnet: { yes: true, no: false, unsure: undefined },
  formerlyEnterprise: { yes: true, no: false, unsure: undefined },
  receivingDomainRejects: { rejected: true, timeout: false, unsure: undefined },
};

export function isClarifyingFact(question: QuestionId): question is ClarifyingFact {
  return question in FACT_VALUES;
}

/** App Service and Functions count as port-25 capable only through VNet integration (S2, S4). */
export function resourceKind(answers: Answers): ResourceKind | undefined {
  const { resource, vnetIntegration } = answers;
  if (resource === 'appService' || resource === 'functions') {
    if (!vnetIntegration) return undefined;
    if (vnetIntegration === 'no') return 'otherPaas';
    return resource === 'appService' ? 'appServiceVnetIntegration' : 'functionsVnetIntegration';
  }
  return resource;
}

/** The facts for the policy; for S4 resources the subscription does not matter and is not asked. */
export function toFacts(answers: Answers): TriageFacts | undefined {
  const resource = resourceKind(answers);
  if (!resource) return undefined;
  const subscription = answers.subscription ?? (subscriptionMatters(resource) ? undefined : 'otherOffer');
  if (!subscription) return undefined;
  return { resource, subscription, ...answers.clarified };
}

/** The next question, or undefined when the verdict can be given. */
export function nextQuestion(answers: Answers): QuestionId | undefined {
  if (!answers.resource) return 'resource';
  if ((answers.resource === 'appService' || answers.resource === 'functions') && !answers.vnetIntegration) {
    return 'vnetIntegration';
  }
  const facts = toFacts(answers);
  if (!facts) return 'subscription';
  return relevantFacts(facts).find((fact) => !(fact in answers.clarified));
}

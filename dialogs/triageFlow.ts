/**
 * The triage as plain data: what was answered, which question comes next, and the facts
 * the policy decides on. No Bot Framework here, so the order of questions is testable alone.
 */
import { webAppKind } from '../src/policy/groups';
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
  /**
   * Each clarifying question answered so far; null = "not sure" (not undefined, which the
   * JSON of the state store drops, so the question would come back on the next turn).
   */
  clarified: Partial<Record<ClarifyingFact, boolean | null>>;
}

export const emptyAnswers = (): Answers => ({ clarified: {} });

/** The option ids of a clarifying question, read as the fact's value. */
export const FACT_VALUES: Record<ClarifyingFact, Record<string, boolean | null>> = {
  exemptionGranted: { yes: true, no: false, unsure: null },
  restartedSinceExemption: { yes: true, no: false, unsure: null },
  routedDirectlyToInternet: { direct: true, appliance: false, unsure: null },
  delegatedSubnet: { yes: true, no: false, unsure: null },
  formerlyEnterprise: { yes: true, no: false, unsure: null },
  receivingDomainRejects: { rejected: true, timeout: false, unsure: null },
};

export function isClarifyingFact(question: QuestionId): question is ClarifyingFact {
  return question in FACT_VALUES;
}

/** The resource as the policy knows it; a web app's kind waits for the VNet integration answer. */
export function resourceKind(answers: Answers): ResourceKind | undefined {
  const { resource, vnetIntegration } = answers;
  if (resource === 'appService' || resource === 'functions') {
    return vnetIntegration && webAppKind(resource, vnetIntegration === 'yes');
  }
  return resource;
}

/** The facts for the policy; for S4 resources the subscription does not matter and is not asked. */
export function toFacts(answers: Answers): TriageFacts | undefined {
  const resource = resourceKind(answers);
  if (!resource) return undefined;
  const subscription = answers.subscription ?? (subscriptionMatters(resource) ? undefined : 'otherOffer');
  if (!subscription) return undefined;
  const known = Object.entries(answers.clarified).map(([fact, value]) => [fact, value ?? undefined]);
  return { resource, subscription, ...(Object.fromEntries(known) as Partial<Record<ClarifyingFact, boolean>>) };
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

/** The package's public entry point: the article's decision, reusable by other tools. */
export { evaluateEligibility } from './evaluateEligibility';
export type { ResourceKind, SubscriptionKind, RuleId, TriageFacts, Outcome, Verdict } from './types';

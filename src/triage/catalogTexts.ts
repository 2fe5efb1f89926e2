/**
 * The catalogs' words for the core's questions and facts. The locale does not import the core, so
 * the core checks here, when it compiles, that each catalog has a prompt for every question of
 * QUESTIONS, a label for each of its options, a label for every clarifying fact, a name for
 * every fact, an answer to "I don't know" for every question, a line for every outcome of the policy, a
 * condition for each fact a step may depend on, and a name for each group of senders and subscriptions: adding a question to the list fails to compile until both catalogs say it.
 */
import type { Locale } from '../locale';
import { en } from '../locale/en';
import { ja } from '../locale/ja';
import type { ClarifyingFact, OptionId, QuestionId } from './questions';
import type { FactName } from './reading';
import type { ConditionFact } from '../policy/relevance';
import type { ResourceGroup, SubscriptionGroup } from '../policy/groups';
import type { Outcome } from '../policy/types';

export type QuestionTexts = {
  [Q in QuestionId]: { prompt: string; options: { [O in OptionId<Q>]: { label: string } } };
};

interface CoreTexts {
  questions: QuestionTexts;
  outcome: Record<Outcome, string>;
  factLabels: Record<ClarifyingFact, string>;
  talk: {
    factNames: Record<FactName, string>;
    /** "I don't know" to each question: what each answer would mean, with rule ids, and how to find out. */
    unsure: Record<QuestionId, string>;
    /** The buttons of the question that separates 従量課金プラン's two meanings: pressed, they are answers. */
    consumptionPlan: Record<'subscription' | 'functions', string>;
    /** A step that holds for one answer of a fact still open, said as a condition. */
    conditions: Record<ConditionFact, { yes: string; no: string }>;
    possibilities: { resources: Record<ResourceGroup, string>; subscriptionGroups: Record<SubscriptionGroup, string> };
  };
}

export const CORE_TEXTS: Record<Locale, CoreTexts> = { en, ja };

/**
 * One TriageResult per step: the facts as the policy takes them and the verdict, computed here
 * once. The case, the renderers, the traces and the hand-off take it as it is.
 */
import { webAppKind } from '../policy/groups';
import { conditionalVerdict, subscriptionMatters, type ConditionalVerdict } from '../policy/relevance';
import { ALL_KINDS } from '../policy/quotaIds';
import { SUPPORT_CATEGORY } from '../policy/steps';
import type { ResourceKind, SubscriptionKind, TriageFacts } from '../policy/types';
import { factsOf } from './senders';
import type { SessionFacts } from './session';

export interface TriageResult {
  /** What was told and verified, as the summary shows it. */
  known: SessionFacts;
  /** The facts the policy decides on; undefined while the resource or subscription is open. */
  facts?: TriageFacts | undefined;
  /** The steps that hold only for some answers still open carry their condition. */
  verdict?: ConditionalVerdict | undefined;
  /** The support category (H1) when Azure support can act on this verdict. */
  category?: { en: string[]; ja: string[] } | undefined;
  /** Each other sender named in the conversation, decided on its own facts and the shared ones. */
  others?: TriageResult[] | undefined;
}

/** The resource as the policy knows it; a web app's kind waits for the VNet-integration answer (S2, S4). */
export function resourceKind(known: SessionFacts): ResourceKind | undefined {
  const resource = known.resource?.value;
  if (resource === 'appService' || resource === 'functions') {
    const vnet = known.vnetIntegration?.value;
    return vnet === undefined ? undefined : webAppKind(resource, vnet);
  }
  return resource;
}

const KINDS = new Set<string>(ALL_KINDS);

/** A subscription the policy can decide on: not a plain "MCA" or "dev/test", which still need their separating question. */
export function subscriptionKind(known: SessionFacts): SubscriptionKind | undefined {
  const value = known.subscription?.value;
  return value && KINDS.has(value) ? (value as SubscriptionKind) : undefined;
}

/** The facts for the policy; for S4 resources the subscription does not matter and is not asked. */
export function toFacts(known: SessionFacts): TriageFacts | undefined {
  const resource = resourceKind(known);
  if (!resource) return undefined;
  const subscription = subscriptionKind(known) ?? (subscriptionMatters(resource) ? undefined : 'otherOffer');
  if (!subscription) return undefined;
  const clarified = Object.entries(known.clarified).filter(([, v]) => v !== null && v !== undefined);
  return { resource, subscription, ...(Object.fromEntries(clarified) as Partial<TriageFacts>) };
}

/** A saved case's facts (plain JSON from the case store) decided again, as when the case was opened. */
export function resultOfCase(saved: Record<string, unknown>): TriageResult {
  const clarified = saved.clarified;
  const known = { ...saved, clarified: clarified && typeof clarified === 'object' ? clarified : {} } as SessionFacts;
  return triageResult(known);
}

export function triageResult(known: SessionFacts): TriageResult {
  const facts = toFacts(known);
  const verdict = facts && conditionalVerdict(facts);
  return {
    known,
    facts,
    verdict,
    category: verdict?.escalation ? { en: [...SUPPORT_CATEGORY.en], ja: [...SUPPORT_CATEGORY.ja] } : undefined,
    ...(known.others?.length ? { others: known.others.map((o) => triageResult(factsOf(known, o))) } : {}),
  };
}

/**
 * What Azure's own data says about the subscription type: quota id, spending limit and billing
 * properties in, the set of SubscriptionKinds still possible out. A quota id names an offer
 * *family*, not an offer, so the answer is often more than one kind; the bot then asks.
 * Sources: domain.md "Subscription type from Azure itself", which restates Microsoft's Cost
 * Management offer table ("quota IDs are the same across MCA and classic offers") and the
 * Billing Properties API (api-version 2024-04-01).
 */
import { subscriptionGroup, type SubscriptionGroup } from './groups';
import type { SubscriptionKind } from './types';

export const ALL_KINDS: readonly SubscriptionKind[] = [
  'enterpriseAgreement',
  'mcaEnterprise',
  'enterpriseDevTest',
  'payAsYouGo',
  'visualStudio',
  'csp',
  'freeTrial',
  'sponsorship',
  'student',
  'otherOffer',
];

/**
 * Quota id → the kinds of the offers behind it. An individual (non-enterprise) MCA "Microsoft
 * Azure Plan" is counted as payAsYouGo: it is the MCA successor of Pay-As-You-Go, and O1 either way.
 */
const QUOTA_IDS: Record<string, readonly SubscriptionKind[]> = {
  // EA (MS-AZR-0017P), MCA Microsoft Azure Plan (0017G), enterprise or individual
  'enterpriseagreement_2014-09-01': ['enterpriseAgreement', 'mcaEnterprise', 'payAsYouGo'],
  // Enterprise Dev/Test (0148P), Pay-As-You-Go Dev/Test (0023P), Azure Plan for Dev/Test (0148G), VS Test Professional (0060P)
  'msdndevtest_2014-09-01': ['enterpriseDevTest', 'payAsYouGo', 'visualStudio'],
  'payasyougo_2014-09-01': ['payAsYouGo'], // 0003P; some MCA individual accounts
  'msdn_2014-09-01': ['visualStudio'], // Visual Studio, MSDN Platforms
  'mpn_2014-09-01': ['otherOffer'], // partner network benefits (0025P, 0029P)
  'csp_2015-05-01': ['csp'],
  'csp_mg_2017-12-01': ['csp'],
  'cspdevtest_2018-05-01': ['csp'],
  'freetrial_2014-09-01': ['freeTrial'], // 0044P
  'azurepass_2014-09-01': ['otherOffer'], // 0120P–0130P
  'azureinopen_2014-09-01': ['otherOffer'], // 0111P
  'sponsored_2016-01-01': ['sponsorship'], // 0036P
  'azureforstudents_2018-01-01': ['student'], // 0170P
  'dreamspark_2015-02-01': ['student'], // Azure for Students Starter (DreamSpark)
};

export interface BillingFacts {
  /** EnterpriseAgreement, MicrosoftCustomerAgreement, MicrosoftOnlineServicesProgram, MicrosoftPartnerAgreement. */
  billingAccountAgreementType?: string | undefined;
  /** Enterprise, Individual, Business, … */
  billingAccountType?: string | undefined;
  /** Production or DevTest. */
  subscriptionWorkloadType?: string | undefined;
}

export interface SubscriptionEvidence {
  quotaId?: string | undefined;
  /** subscriptionPolicies.spendingLimit: On, Off or CurrentPeriodOff. */
  spendingLimit?: string | undefined;
  /** Absent when the billing property could not be read (no billing rights, for example). */
  billing?: BillingFacts | undefined;
}

const is = (actual: string | undefined, expected: string) => actual?.toLowerCase() === expected.toLowerCase();

const mcaDevTest = (e: SubscriptionEvidence) =>
  is(e.billing?.billingAccountAgreementType, 'MicrosoftCustomerAgreement') && is(e.billing?.subscriptionWorkloadType, 'DevTest');

interface Narrowing {
  applies: (e: SubscriptionEvidence) => boolean;
  keep: readonly SubscriptionKind[];
}

/** Each fact Azure gave keeps only the kinds it allows. */
const NARROWINGS: readonly Narrowing[] = [
  // "spendingLimit On means a credit offer (free, Visual Studio…): other"
  {
    applies: (e) => is(e.spendingLimit, 'On'),
    keep: ['visualStudio', 'freeTrial', 'sponsorship', 'student', 'otherOffer'],
  },
  // EA billing account: EA (0017P) or Enterprise Dev/Test (0148P)
  {
    applies: (e) => is(e.billing?.billingAccountAgreementType, 'EnterpriseAgreement'),
    keep: ['enterpriseAgreement', 'enterpriseDevTest'],
  },
  // MCA: Azure Plan (0017G, enterprise or individual) and Azure Plan for Dev/Test (0148G)
  {
    applies: (e) => is(e.billing?.billingAccountAgreementType, 'MicrosoftCustomerAgreement'),
    keep: ['mcaEnterprise', 'payAsYouGo', 'enterpriseDevTest'],
  },
  // An MCA signed by an enterprise is MCA-E; an individual's is not. Not for a Dev/Test workload under an
  // MCA (Azure Plan for Dev/Test, 0148G): whether the article's Enterprise Dev/Test rule (D1) covers it is
  // unconfirmed, so the data must not settle it; the bot asks instead of labelling an inference verified.
  {
    applies: (e) => is(e.billing?.billingAccountType, 'Enterprise') && !mcaDevTest(e),
    keep: ['enterpriseAgreement', 'mcaEnterprise', 'enterpriseDevTest'],
  },
  // Individual and Business billing accounts are the MCA that is not for enterprise: O1 either way.
  {
    applies: (e) => is(e.billing?.billingAccountType, 'Individual') || is(e.billing?.billingAccountType, 'Business'),
    keep: ['payAsYouGo', 'visualStudio', 'freeTrial', 'sponsorship', 'student', 'otherOffer'],
  },
  // MOSP: the classic web-direct offers (Pay-As-You-Go, Visual Studio, credit offers)
  {
    applies: (e) => is(e.billing?.billingAccountAgreementType, 'MicrosoftOnlineServicesProgram'),
    keep: ['payAsYouGo', 'visualStudio', 'freeTrial', 'sponsorship', 'student', 'otherOffer'],
  },
  // MPA: bought through a Cloud Solution Provider
  {
    applies: (e) => is(e.billing?.billingAccountAgreementType, 'MicrosoftPartnerAgreement'),
    keep: ['csp'],
  },
  // The Dev/Test offers of the MSDNDevTest family
  {
    applies: (e) => is(e.billing?.subscriptionWorkloadType, 'DevTest'),
    keep: ['enterpriseDevTest', 'payAsYouGo', 'visualStudio', 'csp'],
  },
  {
    applies: (e) => is(e.billing?.subscriptionWorkloadType, 'Production'),
    keep: ALL_KINDS.filter((k) => k !== 'enterpriseDevTest'),
  },
];

/** The workload of every offer behind a quota id, where one is known: a billing workload that differs contradicts it. */
const QUOTA_WORKLOAD: Record<string, string> = {
  'enterpriseagreement_2014-09-01': 'Production', // 0017P, 0017G
  'payasyougo_2014-09-01': 'Production', // 0003P
  'msdndevtest_2014-09-01': 'DevTest', // 0148P, 0023P, 0148G, 0060P
  'cspdevtest_2018-05-01': 'DevTest',
};

export interface Candidates {
  /** Every kind the data leaves possible, in ALL_KINDS order; one kind only when the data is exact. */
  kinds: SubscriptionKind[];
  /** False when the quota id is missing or not in the table: Azure told nothing about the offer. */
  knownQuotaId: boolean;
  /** Azure's facts disagree with each other: every kind either side allows is kept, and the bot asks. */
  contradiction?: true;
}

/** The kinds left after every narrowing that applies; a narrowing that would leave none is a contradiction. */
function narrow(
  from: readonly SubscriptionKind[],
  evidence: SubscriptionEvidence,
): { kinds: readonly SubscriptionKind[]; contradiction: boolean } {
  let kinds = from;
  let contradiction = false;
  for (const narrowing of NARROWINGS) {
    if (!narrowing.applies(evidence)) continue;
    const kept = kinds.filter((k) => narrowing.keep.includes(k));
    if (kept.length) kinds = kept;
    else contradiction = true;
  }
  return { kinds, contradiction };
}

/**
 * The kinds the evidence allows. Facts that contradict each other (a Pay-As-You-Go quota id with an EA billing
 * account, an EA quota id with a Dev/Test workload) settle nothing: every kind the quota id or the billing
 * allows is kept, so that the bot asks instead of asserting from inconsistent data.
 */
export function candidateKinds(evidence: SubscriptionEvidence): Candidates {
  const quotaId = evidence.quotaId?.toLowerCase();
  const fromQuota = quotaId ? QUOTA_IDS[quotaId] : undefined;
  const narrowed = narrow(fromQuota ?? ALL_KINDS, evidence);
  const workload = quotaId ? QUOTA_WORKLOAD[quotaId] : undefined;
  const stated = evidence.billing?.subscriptionWorkloadType;
  const known = is(stated, 'Production') || is(stated, 'DevTest');
  const contradiction = narrowed.contradiction || (workload !== undefined && known && !is(stated, workload));
  if (!contradiction) return { kinds: [...narrowed.kinds], knownQuotaId: fromQuota !== undefined };
  const fromBilling = narrow(ALL_KINDS, evidence).kinds;
  const kinds = ALL_KINDS.filter((k) => (fromQuota ?? []).includes(k) || fromBilling.includes(k));
  return { kinds, knownQuotaId: fromQuota !== undefined, contradiction: true };
}
/** The subscription rules (E1, D1, O1) still in play; more than one means the bot must ask. */
export function candidateGroups(kinds: readonly SubscriptionKind[]): SubscriptionGroup[] {
  const groups: SubscriptionGroup[] = ['enterprise', 'enterpriseDevTest', 'other'];
  return groups.filter((g) => kinds.some((k) => subscriptionGroup(k) === g));
}

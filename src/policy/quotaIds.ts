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
  {
    applies: (e) => is(e.billing?.billingAccountType, 'Individual'),
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

export interface Candidates {
  /** Every kind the data leaves possible, in ALL_KINDS order; one kind only when the data is exact. */
  kinds: SubscriptionKind[];
  /** False when the quota id is missing or not in the table: Azure told nothing about the offer. */
  knownQuotaId: boolean;
}

/**
 * The kinds the evidence allows. A fact that would leave no kind at all contradicts the others
 * and is ignored, so that the bot asks instead of asserting from inconsistent data.
 */
export function candidateKinds(evidence: SubscriptionEvidence): Candidates {
  const fromQuota = evidence.quotaId ? QUOTA_IDS[evidence.quotaId.toLowerCase()] : undefined;
  let kinds: readonly SubscriptionKind[] = fromQuota ?? ALL_KINDS;
  for (const narrowing of NARROWINGS) {
    if (!narrowing.applies(evidence)) continue;
    const kept = kinds.filter((k) => narrowing.keep.includes(k));
    if (kept.length) kinds = kept;
  }
  return { kinds: [...kinds], knownQuotaId: fromQuota !== undefined };
}

/** The subscription rules (E1, D1, O1) still in play; more than one means the bot must ask. */
export function candidateGroups(kinds: readonly SubscriptionKind[]): SubscriptionGroup[] {
  const groups: SubscriptionGroup[] = ['enterprise', 'enterpriseDevTest', 'other'];
  return groups.filter((g) => kinds.some((k) => subscriptionGroup(k) === g));
}

/**
 * The article's decision: TriageFacts in, Verdict out. Pure; every branch names its rule id.
 * The base table is domain.md's "What the bot decides"; the facts then refine it.
 */
import { STEPS, SUPPORT_CATEGORY } from './steps';
import { resourceGroup, subscriptionGroup, type ResourceGroup, type SubscriptionGroup } from './groups';
import type { Outcome, RuleId, Step, TriageFacts, Verdict } from './types';

interface Cell {
  outcome: Outcome;
  rules: RuleId[];
}

interface Decided extends Cell {
  steps: Step[];
  /** H1: Azure support can act on this verdict. */
  escalates: boolean;
  /** The outcome rests on our reading of D4's wording, not on the article's words. */
  reading?: boolean;
}

const TABLE: Record<ResourceGroup, Record<SubscriptionGroup, Cell>> = {
  vm: {
    enterprise: { outcome: 'open', rules: ['S1', 'E1'] },
    enterpriseDevTest: { outcome: 'exemptable', rules: ['S1', 'D1', 'D2', 'D3', 'D4'] },
    other: { outcome: 'blocked', rules: ['S1', 'O1'] },
  },
  firewall: {
    enterprise: { outcome: 'open', rules: ['S3', 'E1'] },
    enterpriseDevTest: { outcome: 'blocked', rules: ['S3', 'D1', 'D4'] },
    other: { outcome: 'blocked', rules: ['S3', 'O1'] },
  },
  vnetPaas: {
    enterprise: { outcome: 'open', rules: ['S2', 'E1'] },
    enterpriseDevTest: { outcome: 'exemptable', rules: ['S2', 'D1', 'D3'] },
    other: { outcome: 'blocked', rules: ['S2', 'O1'] },
  },
  otherPaas: {
    enterprise: { outcome: 'unsupported', rules: ['S4'] },
    enterpriseDevTest: { outcome: 'unsupported', rules: ['S4'] },
    other: { outcome: 'unsupported', rules: ['S4'] },
  },
};

/** The scope note a verdict opens with, per resource group (S1, S2, S3). */
const SCOPE_STEP: Partial<Record<ResourceGroup, Step>> = {
  vm: STEPS.vmScope,
  firewall: STEPS.firewallUsesPort25,
  vnetPaas: STEPS.vnetPaasUsesPort25,
};

export function evaluateEligibility(facts: TriageFacts): Verdict {
  const resource = resourceGroup(facts.resource);
  const subscription = subscriptionGroup(facts.subscription);
  const cell = TABLE[resource][subscription];

  if (resource === 'otherPaas') {
    // S4: not supported whatever the subscription, and no H1: the article names no way to enable it.
    return verdict({ ...cell, steps: [STEPS.paasUnsupported], escalates: false });
  }

  const scope = SCOPE_STEP[resource];
  // E2 in every column: a server that answered with a rejection was reached on port 25, so no block is in the way
  // (a Dev/Test subscription with a rejection is E2, not D1), and the receiving domain's provider fixes it, not Azure
  // support (never H1). C1 explains a block, so it has nothing to add here.
  if (facts.receivingDomainRejects) {
    const rules: RuleId[] = [cell.rules[0], ...(subscription === 'enterprise' ? (['E1'] as const) : []), 'E2'];
    return verdict({ outcome: 'open', rules, steps: [STEPS.receivingDomainRejects], escalates: false });
  }
  const decided: Decided =
    subscription === 'enterprise'
      ? { ...cell, steps: [STEPS.enterpriseNotBlocked], escalates: true } // E1, H1
      : subscription === 'other'
        ? { ...cell, steps: [STEPS.otherSubscriptionBlocked], escalates: false } // O1: no exemption to ask for
        : DEV_TEST[resource](facts, cell);
  const steps = scope ? [scope, ...decided.steps] : [...decided.steps];
  const rules = [...decided.rules];

  // C1: only a subscription that is no longer EA / MCA-E can have lost the enterprise treatment.
  if (facts.formerlyEnterprise && subscription !== 'enterprise') {
    rules.push('C1');
    steps.push(STEPS.formerlyEnterprise);
  }
  return verdict({ ...decided, rules, steps });
}

type DevTestRule = (facts: TriageFacts, cell: Cell) => Decided;

/** Enterprise Dev/Test, per resource group: how far along D1 → D2/D3 → D4 the person is. */
const DEV_TEST: Record<Exclude<ResourceGroup, 'otherPaas'>, DevTestRule> = {
  // D4 read literally: the exemption covers VM traffic routed directly, which the firewall's is not. A reading,
  // not the article's words, and Dev/Test is an enterprise offer: H1 stays so support can confirm.
  firewall: (_facts, cell) => ({ ...cell, steps: [STEPS.firewallNotCoveredReading], escalates: true, reading: true }),

  vm: (facts, cell) => {
    if (facts.routedDirectlyToInternet === false) {
      // D4 read literally, as for the firewall: a reading, so H1 stays for support to confirm it.
      return { outcome: 'blocked', rules: ['S1', 'D1', 'D4'], steps: [STEPS.notCoveredByExemption], escalates: true, reading: true };
    }
    const exempted = facts.exemptionGranted === true; // D1
    // D2 and D3 count only after the exemption: the new network policy is picked up from then on.
    const restarted = exempted && facts.restartedSinceExemption === true;
    const subnetDone = exempted && facts.temporarySubnetDone === true;
    const subnetOwed = facts.delegatedSubnet !== false && !subnetDone; // D3: any VNet of the subscription, the VM's included
    const rules = cell.rules.filter((r) => r !== 'D3' || facts.delegatedSubnet !== false);
    if (restarted && !subnetOwed && facts.routedDirectlyToInternet === true) {
      return { outcome: 'open', rules, steps: [STEPS.exemptionInEffect], escalates: true };
    }
    const steps: Step[] = [];
    if (!exempted) steps.push(STEPS.runDiagnostic);
    if (!restarted) steps.push(STEPS.restartVms);
    if (subnetOwed) steps.push(STEPS.temporarySubnet);
    if (facts.routedDirectlyToInternet === undefined) steps.push(STEPS.directRoutingOnly);
    return { outcome: 'exemptable', rules, steps, escalates: true };
  },

  // D3: VNet integration and ASE v3 always sit in a delegated subnet, so the temporary subnet is owed after the
  // exemption whatever was answered about the subnet, until it is done. D4 names only VM traffic: a reading.
  vnetPaas: (facts, cell) => {
    const exempted = facts.exemptionGranted === true;
    if (exempted && facts.temporarySubnetDone === true) {
      return { ...cell, outcome: 'open', steps: [STEPS.appServiceRoutingReading], escalates: true, reading: true };
    }
    const steps: Step[] = [];
    if (!exempted) steps.push(STEPS.runDiagnostic);
    steps.push(STEPS.temporarySubnet, STEPS.appServiceRoutingReading);
    return { ...cell, steps, escalates: true };
  },
};

/** Every verdict ends with the relay advice (R0); the H1 category only where support can act. */
function verdict(decided: Decided): Verdict {
  return {
    outcome: decided.outcome,
    rules: [...decided.rules],
    steps: [...decided.steps, STEPS.useAuthenticatedRelay].map((s) => ({ rule: s.rule, text: { ...s.text } })),
    escalation: decided.escalates ? { category: { en: [...SUPPORT_CATEGORY.en], ja: [...SUPPORT_CATEGORY.ja] } } : null,
    reading: decided.reading === true,
  };
}

/**
 * H1: whether Azure support can act on this verdict, so the support category is worth giving and showing
 * (in the closing message and the case summary). No verdict yet: nothing says support can act.
 */
export function supportCanAct(result: Verdict | undefined): boolean {
  return result?.escalation != null;
}

/**
 * Where a person goes when the verdict did not solve it: Azure support (H1), the receiving domain's mail
 * provider for a rejection (E2: not an Azure support case), or nowhere that can lift the block (R0 instead).
 */
export function whereNext(result: Verdict): 'azureSupport' | 'receivingDomain' | 'relay' {
  if (supportCanAct(result)) return 'azureSupport';
  return result.rules.includes('E2') ? 'receivingDomain' : 'relay';
}

/** The block stands and no support path is known (O1, S4): R0 is the way forward. */
export function supportCannotLift(result: Verdict | undefined): boolean {
  if (!result || supportCanAct(result)) return false;
  return result.outcome === 'blocked' || result.outcome === 'unsupported';
}

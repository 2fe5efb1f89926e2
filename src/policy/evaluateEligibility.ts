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

const TABLE: Record<ResourceGroup, Record<SubscriptionGroup, Cell>> = {
  vm: {
    enterprise: { outcome: 'open', rules: ['S1', 'E1'] },
    enterpriseDevTest: { outcome: 'exemptable', rules: ['S1', 'D1', 'D2', 'D4'] },
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

/** The scope note a verdict opens with, per resource group (S2, S3). */
const SCOPE_STEP: Partial<Record<ResourceGroup, Step>> = {
  firewall: STEPS.firewallUsesPort25,
  vnetPaas: STEPS.vnetPaasUsesPort25,
};

export function evaluateEligibility(facts: TriageFacts): Verdict {
  const resource = resourceGroup(facts.resource);
  const subscription = subscriptionGroup(facts.subscription);
  const cell = TABLE[resource][subscription];

  if (resource === 'otherPaas') {
    return verdict(cell, [STEPS.paasUnsupported]);
  }

  const scope = SCOPE_STEP[resource];
  const decided: Cell & { steps: Step[] } =
    subscription === 'enterprise'
      ? { ...cell, steps: [STEPS.enterpriseNotBlocked] }
      : subscription === 'other'
        ? { ...cell, steps: [STEPS.otherSubscriptionBlocked] }
        : DEV_TEST[resource](facts, cell);
  const steps = scope ? [scope, ...decided.steps] : [...decided.steps];
  const rules = [...decided.rules];

  // C1: only a subscription that is no longer EA / MCA-E can have lost the enterprise treatment.
  if (facts.formerlyEnterprise && subscription !== 'enterprise') {
    rules.push('C1');
    steps.push(STEPS.formerlyEnterprise);
  }

  // E2: a refusal by the receiving server means the port-25 connection got through.
  if (facts.receivingDomainRejects && (decided.outcome === 'open' || decided.outcome === 'exemptable')) {
    return verdict({ outcome: 'open', rules: [...rules, 'E2'] }, [STEPS.receivingDomainRejects]);
  }
  return verdict({ outcome: decided.outcome, rules }, steps);
}

type DevTestRule = (facts: TriageFacts, cell: Cell) => Cell & { steps: Step[] };

/** Enterprise Dev/Test, per resource group: how far along D1 → D2/D3 → D4 the person is. */
const DEV_TEST: Record<Exclude<ResourceGroup, 'otherPaas'>, DevTestRule> = {
  firewall: (_facts, cell) => ({ ...cell, steps: [STEPS.notCoveredByExemption] }),

  vm: (facts, cell) => {
    if (facts.routedDirectlyToInternet === false) {
      return { outcome: 'blocked', rules: ['S1', 'D1', 'D4'], steps: [STEPS.notCoveredByExemption] };
    }
    if (facts.exemptionGranted && facts.restartedSinceExemption && facts.routedDirectlyToInternet) {
      return { outcome: 'open', rules: cell.rules, steps: [STEPS.exemptionInEffect] };
    }
    const steps: Step[] = [];
    if (!facts.exemptionGranted) steps.push(STEPS.runDiagnostic);
    if (!facts.restartedSinceExemption) steps.push(STEPS.restartVms);
    if (facts.routedDirectlyToInternet === undefined) steps.push(STEPS.directRoutingOnly);
    return { ...cell, steps };
  },

  vnetPaas: (facts, cell) => {
    // VNet integration and ASE v3 sit in a delegated subnet; only a clear "no" skips D3.
    if (facts.exemptionGranted && facts.delegatedSubnet === false) {
      return { outcome: 'open', rules: ['S2', 'D1'], steps: [] };
    }
    const steps: Step[] = [];
    if (!facts.exemptionGranted) steps.push(STEPS.runDiagnostic);
    if (facts.delegatedSubnet !== false) steps.push(STEPS.temporarySubnet);
    return { ...cell, steps };
  },
};

/** Every verdict ends with the relay advice (R0); support (H1) only where it can act. */
function verdict(cell: Cell, steps: Step[]): Verdict {
  const supportCanAct = (cell.outcome === 'open' || cell.outcome === 'exemptable') && !cell.rules.includes('E2');
  return {
    outcome: cell.outcome,
    rules: [...cell.rules],
    steps: [...steps, STEPS.useAuthenticatedRelay].map((s) => ({ rule: s.rule, text: { ...s.text } })),
    escalation: supportCanAct
      ? { category: { en: [...SUPPORT_CATEGORY.en], ja: [...SUPPORT_CATEGORY.ja] } }
      : null,
  };
}

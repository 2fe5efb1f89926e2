/**
 * What the triage tells the edges about its outcomes, as trace activities: the metrics read
 * them (src/metrics.ts) so the dialog holds no metrics code. Plain outcomes and rule ids only:
 * never what the person typed, nor any id.
 */
import type { Outcome, RuleId } from '../policy/types';

export const VERDICT_TRACE = 'triage/verdict';
export const CLOSED_TRACE = 'triage/closed';

/** The verdict was given. */
export interface VerdictTrace {
  outcome: Outcome;
  rules: RuleId[];
}

/** The person answered "did that solve it?". */
export interface ClosedTrace extends VerdictTrace {
  solved: boolean;
  /** The H1 support category was shown. */
  escalated: boolean;
}

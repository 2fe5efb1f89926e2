/**
 * The time budget of one turn's Azure calls. An AbortSignal ends whatever is still running at
 * the deadline (the SDK retry policy's waits included); the policy below refuses a Retry-After
 * that would end past the deadline, so a 429 asking for 30 s fails at once instead of waiting.
 */
import type { PipelinePolicy, PipelineResponse } from '@azure/core-rest-pipeline';

export class BudgetExceededError extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`Azure asked to retry after ${retryAfterMs} ms, past the time budget`);
    this.name = 'BudgetExceededError';
  }
}

export interface Budget {
  signal: AbortSignal;
  deadline: number;
}

export function startBudget(ms: number): Budget {
  return { signal: AbortSignal.timeout(ms), deadline: Date.now() + ms };
}

/** Resource Graph's throttling header: when the person's query quota refills, as hh:mm:ss. */
function quotaResetsAfterMs(response: PipelineResponse): number | undefined {
  const match = /^(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(response.headers.get('x-ms-user-quota-resets-after') ?? '');
  return match ? (Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3])) * 1000 : undefined;
}

/** The same headers the SDK's throttling strategy reads, in the same order. */
function retryAfterMs(response: PipelineResponse): number | undefined {
  const ms = response.headers.get('retry-after-ms') ?? response.headers.get('x-ms-retry-after-ms');
  if (ms && Number.isFinite(Number(ms))) return Number(ms);
  const value = response.headers.get('retry-after');
  if (!value) return undefined;
  if (Number.isFinite(Number(value))) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

/**
 * Runs once per try (after the SDK's retry policy), so each throttled answer is checked. A Resource
 * Graph 429 says when its quota refills rather than Retry-After: that wait is handed to the SDK's
 * throttling retry as retry-after-ms, so it waits and retries when the budget allows.
 */
export function budgetPolicy(budget: Budget): PipelinePolicy {
  return {
    name: 'turnBudgetPolicy',
    async sendRequest(request, next) {
      const response = await next(request);
      if (response.status === 429 || response.status === 503) {
        const quotaWait = retryAfterMs(response) === undefined ? quotaResetsAfterMs(response) : undefined;
        if (quotaWait !== undefined) response.headers.set('retry-after-ms', String(quotaWait));
        const wait = retryAfterMs(response);
        if (wait !== undefined && Date.now() + wait > budget.deadline) throw new BudgetExceededError(wait);
      }
      return response;
    },
  };
}

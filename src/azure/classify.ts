/** Turns whatever a failed Azure call threw into the plain outcome the conversation acts on. */
import { isRestError } from '@azure/core-rest-pipeline';
import type { UnavailableReason } from './subscriptionLookup';
import { BudgetExceededError, type Budget } from './budget';

export type Failure = { kind: 'notFoundOrForbidden' } | { kind: 'unavailable'; reason: UnavailableReason };

const NETWORK_CODES = new Set(['REQUEST_SEND_ERROR', 'ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN']);

/** @azure/identity's errors: the sign-in token could not be used or exchanged. */
const IDENTITY_ERRORS = new Set(['AuthenticationError', 'AuthenticationRequiredError', 'CredentialUnavailableError']);

export function classify(error: unknown, budget: Budget): Failure {
  if (error instanceof BudgetExceededError) return { kind: 'unavailable', reason: 'throttled' };
  if (error instanceof Error && error.name === 'AbortError') return { kind: 'unavailable', reason: 'timeout' };
  if (isRestError(error)) {
    const status = error.statusCode;
    // 403 and 404 alike: the answer must not tell whether a subscription exists.
    if (status === 403 || status === 404) return { kind: 'notFoundOrForbidden' };
    if (status === 401) return { kind: 'unavailable', reason: 'unauthorized' };
    if (status === 429) return { kind: 'unavailable', reason: 'throttled' };
    if (status !== undefined && status >= 500) return { kind: 'unavailable', reason: 'server' };
    // A request the budget cut short can surface as a send error rather than an AbortError.
    if (budget.signal.aborted) return { kind: 'unavailable', reason: 'timeout' };
    if (status === undefined && error.code && NETWORK_CODES.has(error.code)) return { kind: 'unavailable', reason: 'network' };
    return { kind: 'unavailable', reason: 'malformed' };
  }
  if (budget.signal.aborted) return { kind: 'unavailable', reason: 'timeout' };
  if (error instanceof Error && IDENTITY_ERRORS.has(error.name)) return { kind: 'unavailable', reason: 'unauthorized' };
  return { kind: 'unavailable', reason: 'malformed' };
}

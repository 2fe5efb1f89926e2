/**
 * What the triage hands the sign-in and what it gets back: the one contract between the two dialogs,
 * so neither imports the other.
 */
import type { AzureOutcome, NetworkFacts, NetworkRequest } from '../src/triage';

export interface SignInBegin {
  subscriptionId?: string | undefined;
  /** Read these network facts instead of the subscription (the person signed in already: the prompt returns at once). */
  network?: NetworkRequest | undefined;
}

export interface SignInEnded {
  outcome?: AzureOutcome | undefined;
  network?: NetworkFacts | undefined;
}

/** Nothing could be read (no sign-in, or no reader configured): each family failed, so the questions are asked. */
export function unread(request: NetworkRequest): NetworkFacts {
  return { subscriptionId: request.subscriptionId, failed: request.families.map((family) => ({ family, reason: 'unavailable' })) };
}

/** A sign-in that did not complete: the triage asks by hand what it would have read. */
export function notCompleted(begin: SignInBegin): SignInEnded {
  return begin.network ? { network: unread(begin.network) } : { outcome: { kind: 'failed', reason: 'signInFailed' } };
}

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

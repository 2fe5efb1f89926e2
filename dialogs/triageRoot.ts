/**
 * The root dialog: the triage, and beside it the OAuthPrompt it begins when the person wants
 * their subscription read from Azure. Without an OAuth connection there is no prompt, and the
 * triage keeps the manual path.
 */
import { ComponentDialog, OAuthPrompt } from 'botbuilder-dialogs';
import { CATALOGS } from '../src/locale';
import type { SubscriptionLookup } from './subscriptionLookup';
import { TriageDialog } from './triageDialog';

export interface SignInOptions {
  /** The Azure Bot OAuth connection (OAUTH_CONNECTION_NAME). */
  connectionName: string;
  lookup: SubscriptionLookup;
  /** How long a sign-in card stays valid. */
  timeoutMs?: number;
  onSignInError?: (error: unknown) => void;
}

const SIGN_IN = 'signIn';

export class TriageRoot extends ComponentDialog {
  constructor(signIn?: SignInOptions) {
    super('triageRoot');
    this.addDialog(
      new TriageDialog('triage', signIn && { lookup: signIn.lookup, signInDialogId: SIGN_IN, onSignInError: signIn.onSignInError }),
    );
    if (signIn) {
      this.addDialog(
        new OAuthPrompt(SIGN_IN, {
          connectionName: signIn.connectionName,
          // The card is made once for every conversation, so its button speaks both languages.
          title: `${CATALOGS.en.azure.signInButton} / ${CATALOGS.ja.azure.signInButton}`,
          timeout: signIn.timeoutMs ?? 5 * 60_000,
          // A typed answer instead of signing in ends the prompt, and the triage reads the answer.
          endOnInvalidMessage: true,
        }),
      );
    }
  }
}

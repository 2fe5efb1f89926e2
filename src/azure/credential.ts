/**
 * The person's identity as an Azure SDK TokenCredential, so every ARM call runs with their
 * rights. Either their sign-in token is an ARM token already, or it is exchanged on behalf of
 * them (Entra ID OAuth 2.0 on-behalf-of flow).
 */
import type { AccessToken, TokenCredential } from '@azure/core-auth';
import {
  OnBehalfOfCredential,
  type AuthorityValidationOptions,
  type OnBehalfOfCredentialSecretOptions,
  type TokenCredentialOptions,
} from '@azure/identity';
import type { UserToken } from './subscriptionLookup';
import type { Budget } from './budget';
import { armScope, type AzureSettings } from './settings';

/** The token service's expiry when known; otherwise a short life so the SDK never trusts it long. */
const ASSUMED_LIFETIME_MS = 5 * 60_000;

class SignedInUserCredential implements TokenCredential {
  constructor(private readonly user: UserToken) {}

  getToken(): Promise<AccessToken> {
    const expiresOn = this.user.expiresOn?.getTime();
    return Promise.resolve({
      token: this.user.token,
      expiresOnTimestamp: expiresOn && Number.isFinite(expiresOn) ? expiresOn : Date.now() + ASSUMED_LIFETIME_MS,
    });
  }
}

/**
 * The ARM credential of one turn. In on-behalf-of mode the exchange happens here, once, inside
 * the budget, so the calls of the turn share one ARM token instead of each exchanging it.
 */
export async function armCredential(user: UserToken, settings: AzureSettings, budget: Budget): Promise<TokenCredential> {
  if (settings.tokenMode === 'arm') return new SignedInUserCredential(user);
  const exchanged = await onBehalfOf(user, settings).getToken(armScope(settings), { abortSignal: budget.signal });
  return new SignedInUserCredential({
    userKey: user.userKey,
    token: exchanged.token,
    expiresOn: new Date(exchanged.expiresOnTimestamp),
  });
}

function onBehalfOf(user: UserToken, settings: AzureSettings): OnBehalfOfCredential {
  const obo = settings.onBehalfOf;
  if (!obo) throw new Error('tokenMode onBehalfOf needs the onBehalfOf settings');
  const options: OnBehalfOfCredentialSecretOptions & TokenCredentialOptions & AuthorityValidationOptions = {
    tenantId: obo.tenantId,
    clientId: obo.clientId,
    clientSecret: obo.clientSecret,
    userAssertionToken: user.token,
    authorityHost: obo.authorityHost,
    // The tenant is fixed, so MSAL's instance discovery (a call to the public cloud) adds nothing;
    // the credential hands its options on to MSAL, though only some credentials declare this one.
    disableInstanceDiscovery: true,
    tlsOptions: settings.tlsOptions,
    // The token endpoint is called inside the turn's budget: no long retry chains.
    retryOptions: { maxRetries: settings.maxRetries, retryDelayInMs: settings.retryDelayMs },
  };
  return new OnBehalfOfCredential(options);
}

/** The Bot Framework adapter: authentication from settings, and a turn-error handler nobody gets stuck behind. */
import { randomUUID } from 'node:crypto';
import { AuthenticationConstants, AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';
import {
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  StatusCodes,
  type Activity,
  type ConversationState,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { CATALOGS, format, localeFrom } from './locale';
import type { Config } from './config';
import type { Logger } from './logger';
import type { RefusalLog } from './http/refusals';
import { DeliveryError } from './storage/optimisticTurn';
import { StorageUnavailableError } from './storage/versionedStorage';

/** What the JWT library throws for a token it cannot verify (bad signature, malformed, expired). */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

function isLoopback(serviceUrl: string | undefined): boolean {
  if (serviceUrl === undefined) return true;
  try {
    const host = new URL(serviceUrl).hostname;
    return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
  } catch {
    return false;
  }
}

/**
 * CloudAdapter lets the JWT library's own errors through, and answers them 500; a token that fails
 * verification is the caller's fault, so it becomes a 401 like every other authentication failure.
 */
export class TriageAdapter extends CloudAdapter {
  /** Set by createAdapter: where refused tokens are logged. */
  onRefused?: RefusalLog;
  /**
   * Local mode: nobody is authenticated, so the serviceUrl the bot will call (replies, member look-ups,
   * notices) must be this machine, or any page or program could make it call any address.
   */
  loopbackServiceUrlOnly = false;

  /**
   * The token's own checks (signature, issuer, lifetime, audience), before the activity is read: an empty
   * channel id asserts no channel endorsement and an empty serviceUrl none, so those two are left to the
   * full check that processActivity makes with the activity.
   */
  readonly verifyHeader = async (authorization: string): Promise<void> => {
    await this.botFrameworkAuthentication.authenticateRequest({ channelId: '', serviceUrl: '' } as Activity, authorization);
  };

  protected override async processActivity(
    auth: string | AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    if (typeof auth === 'string' && this.loopbackServiceUrlOnly && !isLoopback(activity.serviceUrl)) {
      this.onRefused?.('serviceUrl not on this machine (local mode)', { status: StatusCodes.BAD_REQUEST });
      return {
        status: StatusCodes.BAD_REQUEST,
        body: { error: 'In local mode the serviceUrl must be on this machine (127.0.0.1, ::1 or localhost).' },
      };
    }
    try {
      return typeof auth === 'string'
        ? await super.processActivity(auth, activity, logic)
        : await super.processActivity(auth, activity, logic);
    } catch (err) {
      // Answered here rather than thrown: the SDK prints every thrown error's stack to stderr, outside
      // the JSON log, and a flood of bad tokens would flood it. One sampled line says what was refused.
      if (err instanceof AuthenticationError || (err instanceof Error && TOKEN_ERRORS.has(err.name))) {
        this.onRefused?.('unauthorized', { status: StatusCodes.UNAUTHORIZED, reason: err.message.split('\n')[0] });
        return { status: StatusCodes.UNAUTHORIZED, body: { error: 'Unauthorized.' } };
      }
      throw err;
    }
  }
}

export function createAdapter(config: Config, conversationState: ConversationState, logger: Logger, onRefused?: RefusalLog): TriageAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    // Local mode (no app id) authenticates nothing, and the SDK refuses any app type but its default there.
    ...(config.MicrosoftAppId && { MicrosoftAppType: config.MicrosoftAppType }),
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
    // A custom metadata URL makes the SDK take every endpoint from settings: the others stay the public cloud's.
    ...(config.ToBotFromChannelOpenIdMetadataUrl && {
      ToBotFromChannelOpenIdMetadataUrl: config.ToBotFromChannelOpenIdMetadataUrl,
      ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
      ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
      ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      CallerId: CallerIdConstants.PublicAzureChannel,
      ValidateAuthority: true,
    }),
  });
  const adapter = new TriageAdapter(auth);
  adapter.onRefused = onRefused;
  adapter.loopbackServiceUrlOnly = config.localMode;

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    try {
      await handleTurnError(context, error);
    } catch (e) {
      // The handler itself must not fail: the channel would get a 500 and the person nothing.
      logger.error({ err: (e as Error).message }, 'the turn-error handler failed');
    }
  };
  const handleTurnError = async (context: TurnContext, error: Error) => {
    // One reference in the log line and in the apology, so support can find the one from the other.
    const ref = randomUUID().slice(0, 8);
    const conversationId: unknown = context.activity.conversation?.id;
    logger.error(
      {
        ref,
        err: { name: error.name, message: error.message, stack: error.stack },
        conversation: typeof conversationId === 'string' ? conversationId.slice(0, 8) : undefined,
      },
      error instanceof DeliveryError ? 'replies could not be delivered; the conversation state is kept' : 'turn failed',
    );
    // The answers are saved; only the channel is failing, so there is nobody to tell and nothing to reset.
    if (error instanceof DeliveryError) return;
    const locale: unknown = context.activity.locale;
    const catalog = CATALOGS[localeFrom(typeof locale === 'string' ? locale : undefined)];
    const tell = async (text: string) => {
      try {
        await context.sendActivity(format(text, { ref }));
      } catch (e) {
        logger.error({ ref, err: (e as Error).message }, 'could not tell the user about the error');
      }
    };
    // The store is down, the state is not broken: keep it, so the conversation goes on once the store is back.
    if (error instanceof StorageUnavailableError) {
      await tell(catalog.storageUnavailable);
      return;
    }
    // Reset first: a broken dialog state must not fail the next turn too.
    try {
      await conversationState.delete(context);
    } catch (e) {
      logger.error({ ref, err: (e as Error).message }, 'state reset failed');
    }
    await tell(catalog.errorApology);
  };
  return adapter;
}

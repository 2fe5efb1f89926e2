/** The Bot Framework adapter: authentication from settings, and a turn-error handler nobody gets stuck behind. */
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConversationState,
  type TurnContext,
} from 'botbuilder';
import { CATALOGS, localeFrom } from './locale';
import type { Config } from './config';
import type { Logger } from './logger';
import { StorageUnavailableError } from './storage/versionedStorage';

export function createAdapter(config: Config, conversationState: ConversationState, logger: Logger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  });
  const adapter = new CloudAdapter(auth);

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error(
      { err: { message: error.message, stack: error.stack }, conversation: context.activity.conversation?.id?.slice(0, 8) },
      'turn failed',
    );
    const catalog = CATALOGS[localeFrom(context.activity.locale)];
    // The store is down, the state is not broken: keep it, so the conversation goes on once the store is back.
    if (error instanceof StorageUnavailableError) {
      try {
        await context.sendActivity(catalog.storageUnavailable);
      } catch (e) {
        logger.error({ err: (e as Error).message }, 'could not tell the user about the error');
      }
      return;
    }
    // Reset first: a broken dialog state must not fail the next turn too.
    try {
      await conversationState.delete(context);
    } catch (e) {
      logger.error({ err: (e as Error).message }, 'state reset failed');
    }
    try {
      await context.sendActivity(catalog.errorApology);
    } catch (e) {
      logger.error({ err: (e as Error).message }, 'could not tell the user about the error');
    }
  };
  return adapter;
}

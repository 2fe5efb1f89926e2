/** The hand-off's parts from the configuration: the dialog's options, the destinations and the case-turn middleware. */
import {
  ActivityEventNames,
  TranscriptLoggerMiddleware,
  type Activity,
  type CloudAdapter,
  type TranscriptStore,
  type TurnContext,
} from 'botbuilder';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { SupportCase } from '../cases/case';
import type { CaseStore } from '../cases/caseStore';
import { supportHoursFrom } from '../cases/settings';
import { azureSettings } from '../azure/settings';
import { openTicketAs, type TicketRequest } from '../azure/supportTicket';
import type { UserToken } from '../azure/subscriptionLookup';
import type { CaseRefusal, HandoffOptions } from './handoffOptions';
import { CardBudget, CaseLimits } from './caseLimits';
import type { VersionedStorage } from '../storage/versionedStorage';
import { BoundedTranscriptStore } from './boundedTranscriptStore';
import { SharedTranscriptStore } from './sharedTranscriptStore';
import { CaseActions } from './caseActions';
import { CaseDeliveries } from './caseDeliveries';
import { HandoffProtocol } from './handoffProtocol';
import { deliverFrom } from './destinations';

/** What "forget me" did to the person's cases (see CaseStore.forgetRequester). */
export interface Forgotten {
  deleted: string[];
  kept: string[];
}

export interface Handoff {
  dialog: HandoffOptions;
  /** "forget me": the person's cases, and this conversation's hand-off transcript. */
  forget: (context: TurnContext) => Promise<Forgotten>;
  deliveries?: CaseDeliveries;
  actions?: CaseActions;
}

/** `shared`: the state store when it is shared by the instances (blobs), for the transcripts too. */
export function createHandoff(
  config: Config,
  adapter: CloudAdapter,
  store: CaseStore,
  logger: Logger,
  shared?: VersionedStorage,
  onRefused?: (reason: CaseRefusal) => void,
): Handoff {
  const hours = supportHoursFrom(config);
  const limits = new CaseLimits({ perClient: config.HANDOFF_CASES_PER_CLIENT, windowMs: config.HANDOFF_CASES_WINDOW_MINUTES * 60_000 });
  const admission = { admit: (activity: Activity) => limits.admit(activity), ...(onRefused && { onRefused }) };
  const on = new Set(config.HANDOFF_DESTINATIONS);
  const deliveries = on.has('teams') ? teamsChannel(config, adapter, store, logger) : undefined;
  let protocol: HandoffProtocol | undefined;
  let transcripts: TranscriptStore | undefined;
  const forget = async (context: TurnContext): Promise<Forgotten> => {
    const { channelId, from, conversation } = context.activity;
    await transcripts?.deleteTranscript(channelId, conversation.id);
    const forgotten = await store.forgetRequester(`${channelId}:${from.id}`);
    // A kept case's card no longer shows the e-mail address.
    if (deliveries) await Promise.all(forgotten.kept.map((number) => deliveries.changed(number)));
    return forgotten;
  };
  if (on.has('handoffProtocol')) {
    // The hand-off reads the conversation's transcript from here: on blobs, every instance's turns; in
    // memory, this instance's conversations, kept as long as the memory state store keeps a conversation.
    transcripts = shared
      ? new SharedTranscriptStore(shared)
      : new BoundedTranscriptStore({
          maxConversations: config.MEMORY_STATE_MAX_CONVERSATIONS,
          ttlMs: config.MEMORY_STATE_TTL_MINUTES * 60_000,
        });
    const logger = new TranscriptLoggerMiddleware(transcripts);
    // Only conversations with people: a proactive turn (a card for the team, a notice) has no sender to log.
    const continuing: string = ActivityEventNames.ContinueConversation;
    const kept = transcripts;
    adapter.use(async (context, next) => {
      const { type, name, channelId, conversation } = context.activity;
      if (type === 'event' && name === continuing) return next();
      await logger.onTurn(context, next);
      // Shared: the turn ends once its activities are written, so the next turn, on any instance, reads them.
      if (kept instanceof SharedTranscriptStore) await kept.settled(channelId, conversation.id);
    });
    protocol = new HandoffProtocol(transcripts, store, deliveries);
  }
  const azure = azureSettings(config);
  // Offered after the case is saved, whatever else is on; the config requires the sign-in for it.
  const contacts = { en: config.TICKET_CONTACT_EN, ja: config.TICKET_CONTACT_JA };
  const create = (user: UserToken, request: TicketRequest) => openTicketAs(user, azure!, request);
  const ticket = on.has('azureTicket') && azure ? { ticket: { create, contacts } } : {};
  const deliver = deliverFrom(on, { config, adapter, store, logger, ...(deliveries && { deliveries }), ...(protocol && { protocol }) });
  if (!deliver) return { dialog: { store, hours, ...admission, ...ticket }, forget };
  const actions = new CaseActions({
    store,
    teamLocale: config.SUPPORT_LOCALE,
    botAppId: config.MicrosoftAppId ?? '',
    adapter,
    admins: config.SUPPORT_ADMINS,
    ...(deliveries && { deliveries }),
    ...(protocol && { protocol }),
  });
  const chat = actions.chat;
  return {
    dialog: {
      store,
      hours,
      ...admission,
      deliver,
      ...ticket,
      ...(chat && { addToCase: (supportCase: SupportCase, activity: Activity) => chat.addToCase(supportCase, activity) }),
      ...(deliveries && {
        caseChanged: async (number: string) => {
          await deliveries.changed(number);
        },
      }),
    },
    forget,
    ...(deliveries && { deliveries }),
    actions,
  };
}

function teamsChannel(config: Config, adapter: CloudAdapter, store: CaseStore, logger: Logger): CaseDeliveries {
  return new CaseDeliveries({
    adapter,
    botAppId: config.MicrosoftAppId ?? '',
    store,
    hours: supportHoursFrom(config),
    teamLocale: config.SUPPORT_LOCALE,
    ...(config.SUPPORT_CHANNEL_ID && {
      configuredChannel: {
        channelId: 'msteams',
        serviceUrl: config.SUPPORT_CHANNEL_SERVICE_URL,
        // Teams knows a bot as 28:<app id>; the card is sent as the bot.
        ...(config.MicrosoftAppId && { bot: { id: `28:${config.MicrosoftAppId}`, name: '' } }),
        conversation: {
          id: config.SUPPORT_CHANNEL_ID,
          isGroup: true,
          conversationType: 'channel',
          name: '',
          ...(config.SUPPORT_CHANNEL_TENANT_ID ? { tenantId: config.SUPPORT_CHANNEL_TENANT_ID } : {}),
        },
      },
    }),
    retry: { baseMs: config.HANDOFF_RETRY_BASE_MS, maxMs: config.HANDOFF_RETRY_MAX_MS },
    firstAttemptMs: config.HANDOFF_FIRST_ATTEMPT_MS,
    cards: new CardBudget(config.SUPPORT_CARDS_PER_MINUTE),
    logger,
  });
}

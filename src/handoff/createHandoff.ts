/** The hand-off's parts from the configuration: the dialog's options, the deliveries and the case-turn middleware. */
import type { CloudAdapter } from 'botbuilder';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { CaseStore } from '../cases/caseStore';
import { supportHoursFrom } from '../cases/settings';
import type { HandoffOptions } from '../../dialogs/handoffDialog';
import { CaseActions } from './caseActions';
import { CaseDeliveries } from './caseDeliveries';

export interface Handoff {
  dialog: HandoffOptions;
  deliveries?: CaseDeliveries;
  actions?: CaseActions;
}

export function createHandoff(config: Config, adapter: CloudAdapter, store: CaseStore, logger: Logger): Handoff {
  const hours = supportHoursFrom(config);
  if (!config.HANDOFF_DESTINATIONS.includes('teams')) return { dialog: { store, hours } };
  const deliveries = new CaseDeliveries({
    adapter,
    botAppId: config.MicrosoftAppId ?? '',
    store,
    hours,
    ...(config.SUPPORT_CHANNEL_ID && {
      configuredChannel: {
        channelId: 'msteams',
        serviceUrl: config.SUPPORT_CHANNEL_SERVICE_URL,
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
    logger,
  });
  return {
    dialog: { store, hours, deliver: (supportCase) => deliveries.deliver(supportCase) },
    deliveries,
    actions: new CaseActions({ store, deliveries, admins: config.SUPPORT_ADMINS }),
  };
}

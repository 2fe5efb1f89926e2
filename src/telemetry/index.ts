/**
 * Application Insights through OpenTelemetry (the Azure Monitor distro), on only when
 * APPLICATIONINSIGHTS_CONNECTION_STRING is set: incoming requests and outgoing calls (ARM, Blob
 * Storage, the Bot Connector) as traces with ids taken out of their URLs, and the triage's outcomes
 * as custom events (events.ts). It must start before anything loads node:http (preload.ts).
 */
import { logs, type Logger as OtelLogger } from '@opentelemetry/api-logs';
import { ActivityTypes, type Middleware } from 'botbuilder';
import type { CaseStore } from '../cases/caseStore';
import { NOWHERE, type HandoffOptions } from '../handoff/handoffOptions';
import { channelOf, type CountListener } from '../metrics';
import { TELEMETRY_EVENTS, type EventName } from './events';
import { RedactingSpanProcessor } from './redact';

/** The exporter marks a log record with this attribute as a custom event of that name. */
const CUSTOM_EVENT_NAME = 'microsoft.custom_event.name';
const OUTCOME_COUNTERS = new Set<string>(Object.values(TELEMETRY_EVENTS).map((e) => e.name));

export interface Telemetry {
  enabled: boolean;
  /** For createMetrics: forwards each counted outcome as an event of the same name and labels. */
  onCount: CountListener;
  /** Counts conversations as people join them. */
  middleware: Middleware;
  /** Hand-offs: where each case went and how. */
  observeHandoff(options: HandoffOptions): HandoffOptions;
  /** Ratings given on resolved cases. */
  observeCases(store: CaseStore): CaseStore;
  /** Sends what is buffered and stops (before the process exits). */
  stop(): Promise<void>;
}

const OFF: Telemetry = {
  enabled: false,
  onCount: () => undefined,
  middleware: { onTurn: (_context, next) => next() },
  observeHandoff: (options) => options,
  observeCases: (store) => store,
  stop: () => Promise.resolve(),
};

type Labels = Record<string, string>;

/** The hooks, sending to an OpenTelemetry logger (the distro's when started; any logger provider's in tests). */
export function telemetryOn(logger: OtelLogger, stop: () => Promise<void>): Telemetry {
  const emit = (name: EventName, labels: Labels) => {
    logger.emit({ body: name, attributes: { [CUSTOM_EVENT_NAME]: name, ...labels } });
  };
  return {
    enabled: true,
    onCount: (name, labels) => {
      if (OUTCOME_COUNTERS.has(name)) emit(name as EventName, labels);
    },
    middleware: {
      async onTurn(context, next) {
        const { type, membersAdded, recipient } = context.activity;
        if (type === (ActivityTypes.ConversationUpdate as string) && membersAdded?.some((m) => m.id !== recipient?.id)) {
          emit(TELEMETRY_EVENTS.conversationStarted.name, { channel: channelOf(context) });
        }
        await next();
      },
    },
    observeHandoff(options) {
      const deliver = options.deliver;
      return {
        ...options,
        deliver: async (supportCase, context) => {
          const delivery = deliver ? await deliver(supportCase, context) : NOWHERE;
          emit(TELEMETRY_EVENTS.handoff.name, { destination: delivery.destination, result: delivery.outcome });
          return delivery;
        },
      };
    },
    observeCases(store) {
      const apply = store.apply.bind(store);
      store.apply = async (number, event, now) => {
        const changed = await apply(number, event, now);
        if (event.kind === 'rate') emit(TELEMETRY_EVENTS.rating.name, { rating: String(event.rating) });
        return changed;
      };
      return store;
    },
    stop,
  };
}

let current: Telemetry = OFF;

/** The telemetry started by preload.ts (or off). */
export function telemetry(): Telemetry {
  return current;
}

/** Starts the distro when a connection string is given; off (every hook a no-op) otherwise. */
export function startTelemetry(connectionString: string | undefined): Telemetry {
  if (!connectionString?.trim()) return (current = OFF);
  // Loaded only when on: the distro and its instrumentations are not free to load.
  const { useAzureMonitor, shutdownAzureMonitor } =
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('@azure/monitor-opentelemetry') as typeof import('@azure/monitor-opentelemetry');
  useAzureMonitor({
    azureMonitorExporterOptions: { connectionString },
    // Live Metrics streams samples past the redaction below; the portal's charts come from the stored data.
    enableLiveMetrics: false,
    // Every outcome event counts, whether or not its request's trace was sampled.
    enableTraceBasedSamplingForLogs: false,
    spanProcessors: [new RedactingSpanProcessor()],
    // pino writes JSON lines to stdout for App Service's log stream; console is not a log channel here.
    instrumentationOptions: { console: { enabled: false } },
  });
  return (current = telemetryOn(logs.getLogger('smtp25-triage-bot'), shutdownAzureMonitor));
}

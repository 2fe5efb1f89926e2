/**
 * Live metrics in Prometheus format (GET /metrics): an adapter middleware times each turn and
 * reads the triage's outcomes from the trace activities the dialog sends, so the dialog holds
 * no metrics code. Labels are bounded sets (channel, outcome, rule id): never a user, a
 * conversation or a subscription id.
 */
import { ActivityTypes, Channels, type Activity, type Middleware, type TurnContext } from 'botbuilder';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { CLOSED_TRACE, VERDICT_TRACE, type ClosedTrace, type VerdictTrace } from './triage';

/** The channel ids the SDK knows, and this project's terminal client; anything else is "other", so a client cannot grow the label set. */
const KNOWN_CHANNELS = new Set<string>([...Object.values(Channels), 'terminal']);

export function channelOf(context: TurnContext): string {
  const id = context.activity.channelId;
  return KNOWN_CHANNELS.has(id) ? id : 'other';
}

/** Told of each outcome counted (a verdict, its rules, a closing, a turn error): the counter's name and labels. */
export type CountListener = (name: string, labels: Record<string, string>) => void;

export interface Metrics {
  registry: Registry;
  middleware: Middleware;
}

export function createMetrics(onCount?: CountListener): Metrics {
  const registry = new Registry();
  const count = (counter: Counter, name: string, labels: Record<string, string>) => {
    counter.inc(labels);
    onCount?.(name, labels);
  };
  collectDefaultMetrics({ register: registry });

  const turns = new Counter({
    name: 'bot_turns_total',
    help: 'Turns (activities received), by channel.',
    labelNames: ['channel'],
    registers: [registry],
  });
  const turnSeconds = new Histogram({
    name: 'bot_turn_duration_seconds',
    help: 'Time from an activity reaching the bot to its turn ending (replies and state saved), by channel.',
    labelNames: ['channel'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'bot_turn_errors_total',
    help: 'Turns that failed with an error, by channel.',
    labelNames: ['channel'],
    registers: [registry],
  });
  const verdicts = new Counter({
    name: 'triage_verdicts_total',
    help: 'Verdicts given, by outcome (open, exemptable, blocked, unsupported).',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const verdictRules = new Counter({
    name: 'triage_verdict_rules_total',
    help: 'Rules that decided the verdicts given, by rule id (domain.md).',
    labelNames: ['rule'],
    registers: [registry],
  });
  const closings = new Counter({
    name: 'triage_closings_total',
    help: 'Answers to "did that solve it?", by outcome and resolution: solved (settled without a human), escalated (the H1 support category was shown), not_escalated (support cannot act: R0 or E2 given instead).',
    labelNames: ['outcome', 'resolution'],
    registers: [registry],
  });

  const observe = (activity: Partial<Activity>): void => {
    if (activity.name === VERDICT_TRACE) {
      const value = activity.value as VerdictTrace;
      count(verdicts, 'triage_verdicts_total', { outcome: value.outcome });
      for (const rule of value.rules) count(verdictRules, 'triage_verdict_rules_total', { rule });
    } else if (activity.name === CLOSED_TRACE) {
      const value = activity.value as ClosedTrace;
      const resolution = value.solved ? 'solved' : value.escalated ? 'escalated' : 'not_escalated';
      count(closings, 'triage_closings_total', { outcome: value.outcome, resolution });
    }
  };

  const middleware: Middleware = {
    async onTurn(context, next) {
      const channel = channelOf(context);
      const endTimer = turnSeconds.startTimer({ channel });
      turns.inc({ channel });
      context.onSendActivities(async (_context, activities, sendNext) => {
        for (const activity of activities) if (activity.type === ActivityTypes.Trace) observe(activity);
        return sendNext();
      });
      try {
        await next();
      } catch (err) {
        count(errors, 'bot_turn_errors_total', { channel });
        throw err;
      } finally {
        endTimer();
      }
    },
  };
  return { registry, middleware };
}

/**
 * support_channel_registered: 1 while cases have a support channel to go to, 0 while they wait for one
 * (read at each scrape, so an alert fires as soon as the registration is missing).
 */
export function watchSupportChannel(registry: Registry, registered: () => Promise<boolean>): void {
  new Gauge({
    name: 'support_channel_registered',
    help: "1 when the support team's Teams channel is known (configured or registered by an admin); 0 when cases wait for one.",
    registers: [registry],
    async collect() {
      this.set((await registered()) ? 1 : 0);
    },
  });
}

/** cases_refused_total{reason}: new cases refused because one client opened too many, or the case store is full. */
export function countCaseRefusals(registry: Registry): (reason: string) => void {
  const refused = new Counter({
    name: 'cases_refused_total',
    help: 'New cases refused, by reason: client_limit (too many from one client in the window), store_full (the case store holds its maximum).',
    labelNames: ['reason'],
    registers: [registry],
  });
  return (reason) => {
    refused.inc({ reason });
  };
}

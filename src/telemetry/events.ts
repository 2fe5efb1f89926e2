/**
 * The custom events the bot sends to Application Insights, and their properties: the one list the
 * workbook's queries are checked against. The outcome events carry the names and labels of the
 * /metrics counters (src/metrics.ts), so a dashboard on either reads the same. Properties are
 * bounded sets (channel, outcome, rule id, destination, rating): never an id, a name or a text.
 */
export const TELEMETRY_EVENTS = {
  /** A person joined a conversation with the bot (conversationUpdate). */
  conversationStarted: { name: 'bot_conversations_started', properties: ['channel'] },
  /** A turn failed; the person was told a reference to quote. */
  turnError: { name: 'bot_turn_errors_total', properties: ['channel'] },
  /** A verdict was given. */
  verdict: { name: 'triage_verdicts_total', properties: ['outcome'] },
  /** One rule that decided a verdict (a verdict with two rules counts twice). */
  verdictRule: { name: 'triage_verdict_rules_total', properties: ['rule'] },
  /** The answer to "did that solve it?": resolution solved (settled without a person), escalated or not_escalated. */
  closing: { name: 'triage_closings_total', properties: ['outcome', 'resolution'] },
  /** A case was handed to people: where (teams, handoffProtocol, none) and how it went. */
  handoff: { name: 'handoff_deliveries_total', properties: ['destination', 'result'] },
  /** The requester rated the help on a resolved case, 1 to 5. */
  rating: { name: 'case_ratings_total', properties: ['rating'] },
} as const;

export type TelemetryEvent = (typeof TELEMETRY_EVENTS)[keyof typeof TELEMETRY_EVENTS];
export type EventName = TelemetryEvent['name'];

/**
 * The destinations a saved case can go to, in the order they are tried: a new destination is a file
 * implementing Destination and one line here (and its name among HANDOFF_DESTINATIONS' words in
 * src/config.ts, which refuses a misspelt one at start).
 */
import type { CloudAdapter } from 'botbuilder';
import type { Config } from '../config';
import type { CaseStore } from '../cases/caseStore';
import type { Logger } from '../logger';
import type { CaseDeliveries } from './caseDeliveries';
import type { Destination } from './destination';
import { NOWHERE, type Delivery, type DestinationName, type HandoffOptions } from './handoffOptions';
import type { HandoffProtocol } from './handoffProtocol';

/** What a destination may be made from: the settings, the adapter, the case store, and the parts other features share. */
export interface DestinationParts {
  config: Config;
  adapter: CloudAdapter;
  store: CaseStore;
  logger: Logger;
  /** The Teams channel's deliveries, when `teams` is on (the card actions and "forget me" use them too). */
  deliveries?: CaseDeliveries;
  /** The hand-off protocol, when `handoffProtocol` is on (its status events come back through the case actions). */
  protocol?: HandoffProtocol;
}

interface Registered {
  name: DestinationName;
  from: (parts: DestinationParts) => Destination | undefined;
}

export const DESTINATIONS: readonly Registered[] = [
  // The hub first, where it can take the conversation over; the team's channel otherwise (and if the hub fails).
  { name: 'handoffProtocol', from: (parts) => parts.protocol },
  { name: 'teams', from: (parts) => parts.deliveries },
];

/** The configured destinations, in DESTINATIONS' order; undefined when none is on. */
export function deliverFrom(on: ReadonlySet<string>, parts: DestinationParts): HandoffOptions['deliver'] {
  const chosen = DESTINATIONS.filter((d) => on.has(d.name)).flatMap(({ name, from }) => {
    const destination = from(parts);
    return destination ? [{ name, destination }] : [];
  });
  if (!chosen.length) return undefined;
  return async (supportCase, context): Promise<Delivery> => {
    const first = chosen.find((d) => d.destination.accepts(supportCase, context.activity.channelId));
    if (!first) return NOWHERE;
    return { destination: first.name, outcome: await first.destination.deliver(supportCase, context) };
  };
}

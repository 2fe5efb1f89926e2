/**
 * A place a saved case can go, behind one interface: the hand-off tries the configured destinations in
 * the order of DESTINATIONS (./destinations.ts), and the first that accepts the case from the person's
 * channel takes it.
 */
import type { TurnContext } from 'botbuilder';
import type { SupportCase } from '../cases/case';
import type { DeliveryOutcome } from './handoffOptions';

export interface Destination {
  /** Whether it can take this case from this channel (Teams, for one, rejects the hand-off protocol's event). */
  accepts(supportCase: SupportCase, channelId: string): boolean;
  /** Hands the saved case over. Must be idempotent: a turn may run again after a state conflict. */
  deliver(supportCase: SupportCase, context: TurnContext): Promise<DeliveryOutcome>;
}

/** What the hand-off dialog is handed by the composition root: the case store, the hours and the destinations. */
import type { Activity, TurnContext } from 'botbuilder';
import type { UserToken } from '../azure/subscriptionLookup';
import type { TicketOutcome, TicketRequest } from '../azure/supportTicket';
import type { SupportCase } from '../cases/case';
import type { CaseStore } from '../cases/caseStore';
import type { SupportHours } from '../cases/supportHours';
import type { Locale } from '../locale';
import type { Config } from '../config';

export type CaseRefusal = 'client_limit' | 'store_full';

/**
 * What a destination did with a saved case: the team has it, it is still being retried, it waits for
 * the team's channel to be registered, an agent hub was asked to take the conversation over, or no
 * destination serves this channel.
 */
export type DeliveryOutcome = 'delivered' | 'pending' | 'noChannel' | 'handedOff' | 'none';

/** A destination's name, as HANDOFF_DESTINATIONS and the hand-off telemetry write it. */
export type DestinationName = Config['HANDOFF_DESTINATIONS'][number];

/** Which destination took the case (`none`: no configured one serves this channel), and what it did. */
export interface Delivery {
  destination: DestinationName | 'none';
  outcome: DeliveryOutcome;
}

/** No destination is configured, or none serves the channel: the case is kept, and the person is given the portal path. */
export const NOWHERE: Delivery = { destination: 'none', outcome: 'none' };

/** What a ticket says of a person who speaks a language, until they type otherwise (settings). */
export interface TicketContactDefaults {
  country: string;
  /** A Windows time zone name, as the Support API takes it. */
  timeZone: string;
  language: string;
}

/** Opens an Azure support ticket as the signed-in person. */
export type CreateTicket = (user: UserToken, request: TicketRequest) => Promise<TicketOutcome>;

export interface HandoffOptions {
  store: CaseStore;
  hours: SupportHours;
  /**
   * Hands a saved case to the first configured destination that accepts it (src/handoff/destinations.ts)
   * and says which one and what it did; absent when no destination is configured. Must be idempotent: a
   * turn may run again after a state conflict.
   */
  deliver?: (supportCase: SupportCase, context: TurnContext) => Promise<Delivery>;
  /**
   * Adds a message to the person's open case (a line in its card's thread); false when it has no
   * thread to go to. Absent when the team's channel is not a destination.
   */
  addToCase?: (supportCase: SupportCase, activity: Activity) => Promise<boolean>;
  /** A case changed outside the team's card (an addition to its description): its card shows it. */
  caseChanged?: (number: string) => Promise<void>;
  /** Whether this person's client may open one more case now (counted when true); absent: no limit. */
  admit?: (activity: Activity) => boolean;
  /** A new case was refused, and why: too many from one client, or the case store is full. */
  onRefused?: (reason: CaseRefusal) => void;
  /** Destination 3, an Azure support ticket as the person; needs the sign-in (OAuth connection). */
  ticket?: { create: CreateTicket; contacts: Record<Locale, TicketContactDefaults> };
  /** The ticket dialog beside this one (set by the root dialog, which has the sign-in prompt). */
  ticketDialogId?: string;
  clock?: () => Date;
}

/**
 * Delivers saved cases to the support team's channel in Microsoft Teams, and their moves to the
 * requester: one Adaptive Card per case, posted proactively and updated in place, a line in its thread
 * for every change, a notice in the requester's own conversation.
 *
 * Nothing is lost: what a case still owes is written on the case (card not posted or not up to date,
 * outbox items not done) and the case is listed as pending in the store, before anything is sent.
 * Every try does only what is still owed, so a retry never posts a second card: once the connector
 * returned the card's id it is recorded, and from then on the card is only updated. Failed tries are
 * retried with exponential backoff; pending cases are resumed at start.
 */
import { sendProactively, type Reference } from './proactive';
import { MessageFactory, TurnContext, type Activity, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { SupportCase } from '../cases/case';
import type { CaseStore } from '../cases/caseStore';
import type { SupportHours } from '../cases/supportHours';
import type { Locale } from '../locale';
import type { Logger } from '../logger';
import * as renderCase from './caseCard';
import type { DeliveryOutcome } from './handoffOptions';
import type { CardBudget } from './caseLimits';
import type { Destination } from './destination';

/** The minute's cards are posted: this case's card waits `ms`, queued, which is no failure. */
class CardsWaiting extends Error {
  constructor(readonly ms: number) {
    super(`the support channel's cards for this minute are posted; this one waits ${String(ms)} ms`);
  }
}

export interface CaseDeliveriesOptions {
  adapter: CloudAdapter;
  /** The bot's own app id (empty in local mode): proactive messages are sent as the bot. */
  botAppId: string;
  store: CaseStore;
  hours: SupportHours;
  /** The team's language (SUPPORT_LOCALE): cards and thread lines. */
  teamLocale: Locale;
  /** The support channel from configuration; without it, the one an admin registered. */
  configuredChannel?: Partial<ConversationReference>;
  retry: { baseMs: number; maxMs: number };
  /** How long the hand-off waits for the first try before telling the person delivery is pending. */
  firstAttemptMs: number;
  /** New cards a minute over all cases (SUPPORT_CARDS_PER_MINUTE); the rest wait their turn. */
  cards?: CardBudget;
  logger?: Logger;
}

/** A channel thread's conversation id: the channel's, with the thread's root message id. */
function threadOf(channel: Reference, activityId: string): Reference {
  const channelId = (channel.conversation?.id ?? '').split(';')[0];
  return { ...channel, conversation: { ...channel.conversation!, id: `${channelId};messageid=${activityId}` } };
}

export class CaseDeliveries implements Destination {
  private readonly running = new Map<string, Promise<boolean>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private stopped = false;
  /** A case saved with no support channel was logged (once per process). */
  private toldNoChannel = false;

  constructor(private readonly options: CaseDeliveriesOptions) {}

  /** Any channel: the team answers through the case's thread, and the person hears of it in their own conversation. */
  accepts(): boolean {
    return true;
  }

  /**
   * For the hand-off: the case is saved; it is marked pending, then tried once within the budget. With
   * no support channel registered it waits for one (resumed on registration), and the log says so.
   */
  async deliver(supportCase: SupportCase): Promise<DeliveryOutcome> {
    await this.options.store.markPending(supportCase.number);
    if (supportCase.route !== 'handoffProtocol' && !(await this.supportChannel())) {
      // The start-up line and /metrics (support_channel_registered 0) say it already: once more here, not per case.
      if (!this.toldNoChannel) {
        this.toldNoChannel = true;
        this.options.logger?.warn({ case: supportCase.number }, 'a case is waiting for a support channel; later ones wait too, unlogged');
      }
      return 'noChannel';
    }
    return this.tryWithin(supportCase.number);
  }

  /** The case moved (card action, rating): its owed messages are tried now and retried until sent. */
  async changed(number: string): Promise<DeliveryOutcome> {
    await this.options.store.markPending(number);
    return this.tryWithin(number);
  }

  /** At start, and when a support channel is registered: every pending case is tried again. */
  async resume(): Promise<void> {
    const pending = await this.options.store.pending();
    await Promise.all(pending.map((n) => this.attempt(n, 0)));
  }

  /** Stops retrying (shutdown) and waits for the tries under way; what is pending stays in the store for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.all(this.running.values());
  }

  async supportChannel(): Promise<Reference | undefined> {
    return this.options.configuredChannel ?? (await this.options.store.supportChannel());
  }

  private async tryWithin(number: string): Promise<DeliveryOutcome> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => {
      timer = setTimeout(() => {
        resolve(false);
      }, this.options.firstAttemptMs);
    });
    try {
      return (await Promise.race([this.attempt(number, 0), late])) ? 'delivered' : 'pending';
    } finally {
      clearTimeout(timer);
    }
  }

  /** One try at a time per case, in order; a failed try schedules the next. True when nothing is owed. */
  private attempt(number: string, failures: number): Promise<boolean> {
    const previous = this.running.get(number) ?? Promise.resolve(true);
    const run = previous
      .then(() => this.sync(number))
      .catch((err: unknown) => {
        if (err instanceof CardsWaiting) {
          this.schedule(number, failures, err.ms);
          return false;
        }
        this.options.logger?.warn(
          { case: number, failures: failures + 1, err: { message: (err as Error).message } },
          'case delivery failed; will retry',
        );
        this.schedule(number, failures + 1);
        return false;
      });
    this.running.set(number, run);
    void run.finally(() => {
      if (this.running.get(number) === run) this.running.delete(number);
    });
    return run;
  }

  private schedule(number: string, failures: number, delayMs?: number): void {
    if (this.stopped || this.timers.has(number)) return;
    const { baseMs, maxMs } = this.options.retry;
    const delay = delayMs ?? Math.min(baseMs * 2 ** (failures - 1), maxMs);
    const timer = setTimeout(() => {
      this.timers.delete(number);
      void this.attempt(number, failures);
    }, delay);
    // Pending work is in the store: a timer must never keep the process alive.
    timer.unref();
    this.timers.set(number, timer);
  }

  /** Sends what the case still owes. False when there is no support channel yet (resumed on registration). */
  private async sync(number: string): Promise<boolean> {
    const { store } = this.options;
    let c = await store.get(number);
    if (!c) {
      await store.clearPending(number);
      return true;
    }
    // A case an agent hub took has no card; its requester is still told how it moves.
    const toTeam = c.route !== 'handoffProtocol';
    const channel = await this.supportChannel();
    if (!channel && toTeam) return false;
    for (;;) {
      if (toTeam && channel) c = await this.showCard(channel, c);
      const item = c.outbox.find((i) => !i.done);
      if (!item) break;
      if (item.to === 'thread') {
        if (channel && toTeam)
          await this.send(
            threadOf(channel, c.teams!.activityId!),
            MessageFactory.text(renderCase.threadLine(c, item, this.options.teamLocale)),
          );
      } else {
        await this.send(c.requester.reference, renderCase.notice(c, item));
      }
      // Sent: pruned, so a case moved many times does not carry its whole history of messages.
      c = await store.update(number, (x) => ({ ...x, outbox: x.outbox.filter((i) => i.id !== item.id && !i.done) }));
    }
    await store.clearPending(number);
    // A change saved while this try ran is sent by the try it queued.
    return true;
  }

  /** Posts the card if it never was (then records its id), else updates it in place if it is behind. */
  private async showCard(channel: Reference, c: SupportCase): Promise<SupportCase> {
    const { store, hours } = this.options;
    const shown = c.revision;
    if (!c.teams?.activityId) {
      const wait = this.options.cards?.take() ?? 0;
      if (wait > 0) throw new CardsWaiting(wait);
      const activityId = await this.post(channel, renderCase.card(c, hours, this.options.teamLocale));
      await store.recordCard(activityId, c.number);
      return store.update(c.number, (x) => ({ ...x, teams: { activityId, shownRevision: shown } }));
    }
    if (c.teams.shownRevision === shown) return c;
    await this.updateCard(channel, c.teams.activityId, renderCase.card(c, hours, this.options.teamLocale));
    return store.update(c.number, (x) => ({ ...x, teams: { ...x.teams, shownRevision: shown } }));
  }

  /** Posts the card as a new conversation in the channel; returns the message id the connector gave it. */
  private async post(channel: Reference, attachment: ReturnType<typeof renderCase.card>): Promise<string> {
    let id: string | undefined;
    await this.proactive(channel, async (context) => {
      id = (await context.sendActivity(MessageFactory.attachment(attachment)))?.id;
    });
    if (!id) throw new Error('The connector accepted the card without giving its id.');
    return id;
  }

  private async updateCard(channel: Reference, activityId: string, attachment: ReturnType<typeof renderCase.card>): Promise<void> {
    await this.proactive(channel, async (context) => {
      await context.updateActivity({ ...MessageFactory.attachment(attachment), id: activityId });
    });
  }

  private async send(reference: Reference, activity: Partial<Activity>): Promise<void> {
    await this.proactive(reference, async (context) => {
      await context.sendActivity(activity);
    });
  }

  private proactive(reference: Reference, logic: (context: TurnContext) => Promise<unknown>): Promise<void> {
    return sendProactively(this.options.adapter, this.options.botAppId, reference, logic);
  }
}

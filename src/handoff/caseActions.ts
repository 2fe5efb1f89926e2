/**
 * The turns that are about cases rather than the triage, taken before the bot runs its dialog:
 * an admin registering the support channel, an engineer pressing a case card's button in that
 * channel, and a requester rating a resolved case.
 */
import { TurnContext, type CloudAdapter, type Middleware } from 'botbuilder';
import { CaseTransitionError, type CaseEvent } from '../cases/case';
import type { CaseStore } from '../cases/caseStore';
import { CATALOGS, format, localeFrom, type Locale } from '../locale';
import { fold, trimmed } from '../triage';
import type { CaseActionData, CaseRatingData } from './caseCard';
import type { CaseDeliveries } from './caseDeliveries';
import type { HandoffProtocol } from './handoffProtocol';
import { LiveChat } from './liveChat';
import { channelPart, fromSupportChannel, tenantOf } from './supportChannel';

export interface CaseActionsOptions {
  store: CaseStore;
  /** Destination 1, the support team's Teams channel, when it is on. */
  deliveries?: CaseDeliveries;
  /** Destination 2, the hand-off protocol, when it is on. */
  protocol?: HandoffProtocol;
  /** The team's language (SUPPORT_LOCALE). */
  teamLocale: Locale;
  /** For the live chat's proactive messages, sent as the bot. */
  adapter: CloudAdapter;
  botAppId: string;
  /** Entra object ids of the people who may register the support channel (SUPPORT_ADMINS). */
  admins: string[];
  clock?: () => Date;
}

const LOCALES = Object.keys(CATALOGS) as Locale[];
const MOVES = new Set(['assign', 'resolve', 'reopen']);

function isCaseAction(value: unknown): value is CaseActionData {
  const v = value as Partial<CaseActionData> | undefined;
  return typeof v?.number === 'string' && typeof v.caseAction === 'string' && MOVES.has(v.caseAction);
}

function isRating(value: unknown): value is CaseRatingData {
  const v = value as Partial<CaseRatingData> | undefined;
  return typeof v?.number === 'string' && typeof v.caseRating === 'number';
}

export class CaseActions implements Middleware {
  /** Live chat through the card's thread, with the support team's channel. */
  readonly chat?: LiveChat;

  constructor(private readonly options: CaseActionsOptions) {
    const { deliveries, adapter, botAppId, store, teamLocale, clock } = options;
    if (deliveries) this.chat = new LiveChat({ adapter, botAppId, store, deliveries, teamLocale, ...(clock && { clock }) });
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    const { deliveries, protocol } = this.options;
    if (activity.type === 'event' && activity.name === 'handoff.status' && protocol) return protocol.onStatus(context);
    // A requester chatting with an engineer: the triage never sees these messages.
    if (this.chat && !isRating(activity.value) && (await this.chat.fromRequester(context))) return;
    if (activity.type !== 'message') return next();
    if (isCaseAction(activity.value) && deliveries) return this.onCaseAction(context, deliveries, activity.value);
    if (isRating(activity.value)) return this.onRating(context, activity.value);
    if (activity.channelId === 'msteams' && deliveries && this.isRegisterCommand(context)) return this.register(context, deliveries);
    if (this.chat && (await this.chat.fromThread(context))) return;
    return next();
  }

  private isRegisterCommand(context: TurnContext): boolean {
    const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
    const said = trimmed(fold(text));
    return LOCALES.some((l) => CATALOGS[l].handoff.registerChannelWords.some((w) => trimmed(fold(w)) === said));
  }

  private async register(context: TurnContext, deliveries: CaseDeliveries): Promise<void> {
    const activity = context.activity;
    const catalog = CATALOGS[localeFrom(activity.locale)];
    const admin = activity.from.aadObjectId !== undefined && this.options.admins.includes(activity.from.aadObjectId);
    // The channel's tenant is what card actions and thread messages are checked against later.
    const tenant = tenantOf(activity);
    if (!admin || activity.conversation.conversationType !== 'channel' || !tenant) {
      await context.sendActivity(catalog.handoff.registerRefused);
      return;
    }
    const reference = TurnContext.getConversationReference(activity);
    const channel = {
      ...reference,
      conversation: { ...reference.conversation!, id: channelPart(reference.conversation?.id ?? ''), tenantId: tenant },
    };
    delete channel.activityId;
    await this.options.store.setSupportChannel(JSON.parse(JSON.stringify(channel)) as Record<string, unknown>);
    await context.sendActivity(catalog.handoff.channelRegistered);
    // Cases that waited for a channel go out now.
    void deliveries.resume();
  }

  /** Only buttons pressed inside the support channel, by members of its tenant, move a case. */
  private async onCaseAction(context: TurnContext, deliveries: CaseDeliveries, data: CaseActionData): Promise<void> {
    const activity = context.activity;
    if (!fromSupportChannel(activity, await deliveries.supportChannel())) return;
    const by = activity.from.name ?? activity.from.id;
    const event: CaseEvent =
      data.caseAction === 'assign'
        ? { kind: 'assign', by, ...(activity.from.aadObjectId ? { byId: activity.from.aadObjectId } : {}) }
        : { kind: data.caseAction, by };
    const existing = await this.options.store.get(data.number);
    if (!existing) return;
    try {
      await this.options.store.apply(data.number, event, this.now());
    } catch (err) {
      if (!(err instanceof CaseTransitionError)) throw err;
      const current = (await this.options.store.get(data.number))!;
      const catalog = CATALOGS[this.options.teamLocale];
      await context.sendActivity(
        format(catalog.handoff.staleAction, { number: current.number, status: catalog.handoff.statusNames[current.status] }),
      );
      // The card may be behind (another engineer acted): it is brought up to date.
      await this.options.store.update(data.number, (c) => ({ ...c, teams: { ...c.teams, shownRevision: -1 } }));
    }
    await deliveries.changed(data.number);
  }

  /** Only the requester rates, and only a resolved case. */
  private async onRating(context: TurnContext, data: CaseRatingData): Promise<void> {
    const activity = context.activity;
    const supportCase = await this.options.store.get(data.number);
    if (supportCase?.requester.userKey !== `${activity.channelId}:${activity.from.id}`) return;
    const handoff = CATALOGS[supportCase.locale].handoff;
    if (supportCase.status === 'resolved' && supportCase.rating !== undefined) {
      await context.sendActivity(format(handoff.requester.alreadyRated, { number: data.number }));
      return;
    }
    try {
      await this.options.store.apply(data.number, { kind: 'rate', rating: data.caseRating }, this.now());
    } catch (err) {
      if (!(err instanceof CaseTransitionError || err instanceof RangeError)) throw err;
      // An old rating button of a case that was reopened since.
      await context.sendActivity(format(handoff.staleRating, { number: data.number, status: handoff.statusNames[supportCase.status] }));
      return;
    }
    await context.sendActivity(handoff.ratingThanks);
    // The rating goes to the card's thread, when the case has a card.
    await this.options.deliveries?.changed(data.number);
  }

  private now(): Date {
    return (this.options.clock ?? (() => new Date()))();
  }
}

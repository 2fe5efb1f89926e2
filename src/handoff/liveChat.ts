/**
 * Live chat between a requester and the support team through the case card's thread in the Teams
 * support channel. An engineer's message in the thread reaches the requester's own conversation
 * (Web Chat or Teams), marked with their first name; while the case is in conversation, the
 * requester's messages go to the thread instead of the triage. Either side ends it with "end chat".
 *
 * What is relayed is decided by stored data only, never by what a message claims: a thread message
 * counts only inside the registered support channel, and it reaches only the requester of the case
 * whose card roots that thread; a requester's message reaches only the thread of the case their own
 * conversation is chatting about.
 */
import { sendProactively, type Reference } from './proactive';
import { MessageFactory, TurnContext, type Activity, type Attachment, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { SupportCase } from '../cases/case';
import type { CaseStore } from '../cases/caseStore';
import { CATALOGS, format, type Locale } from '../locale';
import { COMMANDS, commandOf } from '../triage';
import { escapeMarkdown } from '../locale/markdown';
import type { CaseDeliveries } from './caseDeliveries';
import { LRUCache } from 'lru-cache';
import { fromSupportChannel } from './supportChannel';
import { cleanText } from '../cases/cleanText';
import { take, type Bucket } from '../http/tokenBucket';

export interface LiveChatOptions {
  adapter: CloudAdapter;
  botAppId: string;
  store: CaseStore;
  deliveries: CaseDeliveries;
  teamLocale: Locale;
  clock?: () => Date;
}

/** A relayed message keeps this much text; Teams takes about 28 KB, and a chat line is never near it. */
const RELAY_LIMIT = 4000;
const THREAD = ';messageid=';

/** The requester's conversation, as the live-chat index keys it. */
export const conversationKey = (activity: Pick<Activity, 'channelId' | 'conversation'>) =>
  `${activity.channelId}:${activity.conversation.id}`;
const userKeyOf = (activity: Pick<Activity, 'channelId' | 'from'>) => `${activity.channelId}:${activity.from.id}`;

/** The text as written, bounded, with what cannot pass described. */
function relayedText(activity: Activity, catalog: (typeof CATALOGS)[Locale]): string {
  const cut = cleanText((activity.text ?? '').trim(), RELAY_LIMIT);
  const described = (activity.attachments ?? [])
    .filter((a) => !passes(a) && a.contentType !== 'text/html')
    .map((a) =>
      format(catalog.handoff.chat.attachment, {
        name: escapeMarkdown(cleanText(a.name ?? '—', 200)),
        type: escapeMarkdown(cleanText(a.contentType, 100)),
      }),
    );
  return [escapeMarkdown(cut), ...described].filter(Boolean).join('\n\n');
}

/**
 * Where the channels keep the pictures people send (Teams, and Direct Line's uploads): a picture passes
 * through to the other side only from there, so no tracking pixel of any other host reaches the engineers'
 * client or the requester's.
 */
const PICTURE_HOSTS = [/\.asm\.skype\.com$/, /(^|\.)teams\.microsoft\.com$/, /(^|\.)botframework\.com$/, /\.sharepoint\.com$/];

/** Pictures from a channel's own host pass through to either side; anything else is described. */
function passes(a: Attachment): boolean {
  if (!a.contentType.startsWith('image/') || typeof a.contentUrl !== 'string') return false;
  try {
    const url = new URL(a.contentUrl);
    return url.protocol === 'https:' && PICTURE_HOSTS.some((host) => host.test(url.hostname));
  } catch {
    return false;
  }
}

/** A picture as it is passed on: its type and address only (no thumbnail, card content or name). */
const picture = (a: Attachment): Attachment => ({ contentType: a.contentType, contentUrl: a.contentUrl });

/** What a requester may post into a case's thread: a burst, then one every two seconds (the thread is the team's). */
const RELAY_BURST = 10;
const RELAY_PER_SECOND = 0.5;

export class LiveChat {
  /** Relay allowance per case (bounded: the least recently used go first). */
  private readonly relays = new LRUCache<string, Bucket>({ max: 10_000 });

  constructor(private readonly options: LiveChatOptions) {}

  /** True, and counted, when the case's requester may post one more message into its thread now. */
  private mayRelay(number: string): boolean {
    const now = (this.options.clock?.() ?? new Date()).getTime();
    const bucket = this.relays.get(number) ?? { tokens: RELAY_BURST, at: now };
    this.relays.set(number, bucket);
    return take(bucket, RELAY_BURST, RELAY_PER_SECOND, now);
  }

  /**
   * A message in a case card's thread inside the registered support channel: relayed, or "end chat".
   * False when the turn is not such a message (the bot handles it as usual).
   */
  async fromThread(context: TurnContext): Promise<boolean> {
    const activity = context.activity;
    if (activity.channelId !== 'msteams' || activity.type !== 'message' || !activity.conversation.id.includes(THREAD)) return false;
    const channel = await this.options.deliveries.supportChannel();
    const root = activity.conversation.id.split(THREAD)[1];
    // A guest of another organisation posting in the thread is no engineer of this team.
    if (!root || !fromSupportChannel(activity, channel)) return false;
    const supportCase = await this.options.store.caseOfCard(root);
    if (!supportCase) return false;
    const team = CATALOGS[this.options.teamLocale].handoff.chat;
    const text = TurnContext.removeRecipientMention(activity)?.trim() ?? activity.text ?? '';
    const name = (activity.from.name ?? '').trim().split(/\s+/)[0] || activity.from.id;
    if (commandOf(text)?.id === 'endChat') {
      if (await this.end(supportCase.number)) {
        await context.sendActivity(format(team.threadEndedByEngineer, { name: escapeMarkdown(name) }));
        await this.toRequester(
          supportCase,
          MessageFactory.text(
            format(CATALOGS[supportCase.locale].handoff.chat.endedByEngineer, { name: escapeMarkdown(name), number: supportCase.number }),
          ),
        );
      }
      return true;
    }
    if (supportCase.status === 'resolved') {
      await context.sendActivity(format(team.caseResolved, { number: supportCase.number }));
      return true;
    }
    // One live chat per conversation: a second would take over the first one's index and misroute its replies.
    const other = await this.options.store.liveCaseOf(requesterConversation(supportCase));
    if (other && other !== supportCase.number && (await this.options.store.get(other))?.chat === 'live') {
      await context.sendActivity(format(team.requesterBusy, { other }));
      return true;
    }
    const requester = CATALOGS[supportCase.locale].handoff.chat;
    const body = relayedText({ ...activity, text }, CATALOGS[supportCase.locale]);
    const message = MessageFactory.text(format(requester.fromEngineer, { name: escapeMarkdown(name), text: body }));
    const pictures = (activity.attachments ?? []).filter(passes).map(picture);
    if (pictures.length) message.attachments = pictures;
    try {
      if (await this.begin(supportCase)) {
        await this.toRequester(
          supportCase,
          MessageFactory.text(format(requester.joined, { name: escapeMarkdown(name), number: supportCase.number })),
        );
      }
      await this.toRequester(supportCase, message);
    } catch {
      await context.sendActivity(team.notDelivered);
      return true;
    }
    if (!supportCase.assignee) await this.assign(supportCase, activity);
    return true;
  }

  /**
   * A turn in a requester's conversation that is chatting with an engineer: sent to the thread, or
   * answered ("end chat", "help"). False when the conversation is not in a chat, or for what the bot
   * itself still answers ("status", "forget me").
   */
  async fromRequester(context: TurnContext): Promise<boolean> {
    const activity = context.activity;
    if (activity.type !== 'message' && activity.type !== 'typing') return false;
    const number = await this.options.store.liveCaseOf(conversationKey(activity));
    if (!number) return false;
    const supportCase = await this.options.store.get(number);
    if (supportCase?.requester.userKey !== userKeyOf(activity)) return false;
    if (supportCase.chat !== 'live') {
      await this.options.store.setLive(conversationKey(activity), undefined);
      return false;
    }
    const thread = await this.threadOf(supportCase);
    if (!thread) return false;
    if (activity.type === 'typing') {
      await this.proactive(thread, (c) => c.sendActivity({ type: 'typing' })).catch(() => undefined);
      return true;
    }
    const text = activity.text ?? '';
    const requester = CATALOGS[supportCase.locale];
    const command = commandOf(text)?.id;
    if (command === 'endChat') {
      await this.end(supportCase.number);
      await context.sendActivity(format(requester.handoff.chat.endedByRequester, { number: supportCase.number }));
      await this.proactive(thread, (c) => c.sendActivity(CATALOGS[this.options.teamLocale].handoff.chat.threadEndedByRequester)).catch(
        () => undefined,
      );
      return true;
    }
    // The chat's own help: what typing does here, and how to leave.
    if (command === 'help') {
      await context.sendActivity(format(requester.handoff.chat.help, { number: supportCase.number }));
      return true;
    }
    // The bot's own commands pass to it, as anywhere else in the conversation; everything else is for the engineer.
    if (command && COMMANDS[command] !== 'local') return false;
    // A button of an earlier question carries no words to pass on; the chat goes on.
    if (!text.trim() && !activity.attachments?.length) return true;
    if (!this.mayRelay(supportCase.number)) {
      await context.sendActivity(requester.handoff.chat.slowDown);
      return true;
    }
    await this.toThread(supportCase, activity, 'fromRequester').catch(async () => {
      await context.sendActivity(requester.sendAgain);
    });
    return true;
  }

  /** A message the requester adds to their open case outside a chat: a line in its thread. */
  async addToCase(supportCase: SupportCase, activity: Activity): Promise<boolean> {
    try {
      return await this.toThread(supportCase, activity, 'added');
    } catch {
      return false;
    }
  }

  private async toThread(supportCase: SupportCase, activity: Activity, kind: 'fromRequester' | 'added'): Promise<boolean> {
    const thread = await this.threadOf(supportCase);
    if (!thread) return false;
    const team = CATALOGS[this.options.teamLocale];
    const message = MessageFactory.text(format(team.handoff.chat[kind], { text: relayedText(activity, team) }));
    const pictures = (activity.attachments ?? []).filter(passes).map(picture);
    if (pictures.length) message.attachments = pictures;
    await this.proactive(thread, (c) => c.sendActivity(message));
    return true;
  }

  private async threadOf(c: SupportCase): Promise<Reference | undefined> {
    const channel = await this.options.deliveries.supportChannel();
    if (!channel?.conversation || !c.teams?.activityId) return undefined;
    const channelId = channel.conversation.id.split(';')[0];
    return { ...channel, conversation: { ...channel.conversation, id: `${channelId}${THREAD}${c.teams.activityId}` } };
  }

  /** Marks the case in conversation; true only for the turn that started it, so "joined" is said once. */
  private async begin(c: SupportCase): Promise<boolean> {
    let started = false;
    await this.options.store.update(c.number, (x) => {
      started = x.chat !== 'live';
      return started ? { ...x, chat: 'live' } : x;
    });
    if (started) await this.options.store.setLive(requesterConversation(c), c.number);
    return started;
  }

  /** Ends the chat; true when it was on. */
  private async end(number: string): Promise<boolean> {
    let ended = false;
    const c = await this.options.store.update(number, (x) => {
      ended = x.chat === 'live';
      return ended ? { ...x, chat: undefined } : x;
    });
    await this.options.store.setLive(requesterConversation(c), undefined);
    return ended;
  }

  /** The first engineer who writes takes a case nobody has. */
  private async assign(c: SupportCase, activity: Activity): Promise<void> {
    const by = activity.from.name ?? activity.from.id;
    const now = (this.options.clock ?? (() => new Date()))();
    try {
      await this.options.store.apply(
        c.number,
        { kind: 'assign', by, ...(activity.from.aadObjectId ? { byId: activity.from.aadObjectId } : {}) },
        now,
      );
    } catch {
      // Another engineer took it meanwhile, or it moved on: the card shows who has it.
      return;
    }
    await this.options.deliveries.changed(c.number);
  }

  private async toRequester(c: SupportCase, activity: Partial<Activity>): Promise<void> {
    await this.proactive(c.requester.reference, (context) => context.sendActivity(activity));
  }

  private proactive(reference: Reference, logic: (context: TurnContext) => Promise<unknown>): Promise<void> {
    return sendProactively(this.options.adapter, this.options.botAppId, reference, logic);
  }
}

function requesterConversation(c: SupportCase): string {
  const reference = c.requester.reference as Partial<ConversationReference>;
  return `${reference.channelId ?? c.requester.channelId}:${reference.conversation?.id ?? ''}`;
}

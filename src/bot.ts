/**
 * The activity handler: runs the triage dialog for each turn and saves the conversation state.
 * A TeamsActivityHandler, so Teams works natively: personal chat, and in channels and group
 * chats only messages that @mention the bot (the mention stripped) or submit one of its cards.
 */
import {
  ActivityTypes,
  TeamsActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type Activity,
  type ConversationState,
  type StatePropertyAccessor,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog, type DialogState } from 'botbuilder-dialogs';
import { CATALOGS, format, formatCount, localeFrom, type Locale } from './locale';
import { AnsweredCards } from './teams/answeredCards';
import { inTeamsGroup } from './teams/teamsText';
import { CONVERSATION_PICTURES, plainText, picturesOf, type ConversationPictures, type PictureReference } from './teams/teamsText';
import type { Logger } from './logger';
import { runOptimistically } from './storage/optimisticTurn';
import { commandOf, READ_LIMIT } from './triage';
import { holdLanguage, languageIn, type LanguageHolder } from './conversationLanguage';
import { listOf } from './locale/culture';

export interface TriageBotOptions {
  /** How many times a turn runs again when another instance saved the same conversation first. */
  conflictRetries: number;
  logger?: Logger;
  /** "forget me" also deletes the person's cases (those nobody has in hand) and the hand-off transcript. */
  forgetCases?: (context: TurnContext) => Promise<{ deleted: string[]; kept: string[] }>;
}

/**
 * The most of a message's text the bot keeps, in characters: what the reader reads (READ_LIMIT). Teams
 * allows about 28 KB per message, but no answer the triage asks for is longer than a short paragraph (a
 * description keeps 2,000), and every pass over the text then costs a bounded time whatever the body limit lets in.
 */
export const MAX_UNDERSTOOD_CHARS = READ_LIMIT;

/** The latest pictures a conversation keeps (a case needs a few; state stays small). */
const MAX_PICTURES = 5;

/** "forget me" as a whole message (commandOf): answered in the language it was written in. */
function forgetMeIn(text: string | undefined): Locale | undefined {
  const command = commandOf(text);
  return command?.id === 'forgetMe' ? (command.language ?? 'en') : undefined;
}

export class TriageBot extends TeamsActivityHandler {
  private readonly pictures: StatePropertyAccessor<PictureReference[]>;
  private readonly cards: AnsweredCards;
  /** The conversation's language, one property beside the dialog stack: the dialogs and this edge read it. */
  private readonly language: StatePropertyAccessor<LanguageHolder>;
  /** Built once: it holds no per-turn state, and building it on every turn showed in the bench's profile. */
  private readonly dialogs: DialogSet;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly dialog: Dialog,
    private readonly options: TriageBotOptions = { conflictRetries: 3 },
  ) {
    super();
    this.dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState')).add(dialog);
    this.pictures = conversationState.createProperty<PictureReference[]>('pictures');
    this.cards = new AnsweredCards(conversationState);
    this.language = conversationState.createProperty<LanguageHolder>('language');

    this.onMessage(async (context, next) => {
      // In Teams channels the bot hears every message, and answers only those meant for it.
      if (addressedToBot(context) && (await this.readTeamsText(context))) {
        const forgetMe = forgetMeIn(context.activity.text);
        if (forgetMe) {
          await this.forget(context, forgetMe);
        } else {
          await this.runCardTurn(context);
        }
      }
      await next();
    });

    // Web Chat and Direct Line deliver a finished sign-in as a tokens/response event, for the OAuthPrompt.
    this.onTokenResponseEvent(async (context, next) => {
      await this.runDialog(context);
      await next();
    });

    // Greets a person when they join (Web Chat), or when the app is installed in Teams personal chat; in a Teams
    // group chat or team, says once how to call it when it is added, and nothing when other members join.
    this.onMembersAdded(async (context, next) => {
      const { membersAdded = [], recipient, channelId, conversation } = context.activity;
      const botAdded = membersAdded.some((m) => m.id === recipient?.id);
      const group = channelId === 'msteams' && conversation?.conversationType !== 'personal';
      if (group) {
        if (botAdded)
          await context.sendActivity(
            format(CATALOGS[localeFrom(context.activity.locale)].teamsChat.addedToGroup, { name: recipient.name ?? '' }),
          );
      } else if (membersAdded.some((m) => m.id !== recipient?.id) || (channelId === 'msteams' && botAdded)) {
        await this.runDialog(context);
      }
      await next();
    });

    // Web Chat's documented welcome: the page sends this event once connected.
    this.onEvent(async (context, next) => {
      if (context.activity.name === 'webchat/join') await this.runDialog(context);
      await next();
    });
  }

  /**
   * Teams finishes a sign-in with an invoke: signin/verifyState (sign-in card) or signin/tokenExchange
   * (SSO, after TeamsSSOTokenExchangeMiddleware). The OAuthPrompt in the dialog answers it.
   */
  protected override async onSignInInvoke(context: TurnContext): Promise<void> {
    await this.runDialog(context);
  }

  /**
   * Teams text as the person saw it: HTML (formatting, pasted content, a picture) becomes plain text. A picture is
   * kept as a reference for a case, and the person is told it cannot be read. False when nothing is left to read.
   */
  private async readTeamsText(context: TurnContext): Promise<boolean> {
    const activity = context.activity;
    if (activity.channelId !== 'msteams') return true;
    const { text, pictures } = plainText(activity.text ?? '');
    activity.text = text;
    const references = picturesOf(activity);
    if (pictures === 0 && references.length === 0) return true;
    const kept = [...(await this.pictures.get(context, [])), ...references].slice(-MAX_PICTURES);
    await this.pictures.set(context, kept);
    await context.sendActivity(CATALOGS[this.localeOf(context)].teamsChat.pictureReceived);
    return text !== '' || (activity.value !== null && typeof activity.value === 'object');
  }

  override async run(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const pictures: ConversationPictures = () => this.pictures.get(context, []);
    context.turnState.set(CONVERSATION_PICTURES, pictures);
    this.cards.watch(context);
    if (typeof activity.text === 'string' && activity.text.length > MAX_UNDERSTOOD_CHARS) {
      activity.text = activity.text.slice(0, MAX_UNDERSTOOD_CHARS);
    }
    const turn = async () => {
      holdLanguage(context, await this.language.get(context, {}));
      await super.run(context);
    };
    await runOptimistically(context, this.conversationState, turn, {
      retries: this.options.conflictRetries,
      onGiveUp: async () => {
        this.options.logger?.warn('turn dropped: its conversation kept changing on other instances; the person was asked to send it again');
        await context.sendActivity(CATALOGS[this.localeOf(context)].sendAgain);
      },
      onConflict: (attempt) => {
        this.options.logger?.info({ attempt }, 'turn runs again: another instance saved this conversation first');
      },
    });
    await this.cards.keepSentIds(context, this.localeOf(context), (err) => {
      this.options.logger?.warn(
        { err: (err as Error).message },
        "the ids of this turn's cards were not saved, or an earlier card asked again not updated; it keeps its buttons",
      );
    });
  }

  /** Deletes the conversation's state and the person's cases, and says exactly what was kept and why. */
  private async forget(context: TurnContext, locale: Locale): Promise<void> {
    await this.conversationState.delete(context);
    const cases = await this.options.forgetCases?.(context);
    const texts = CATALOGS[locale];
    const lines = [texts.forgotten];
    // Everyone in a Teams group chat or channel reads the answer: there it says only how many.
    if (inTeamsGroup(context.activity)) {
      if (cases?.deleted.length) lines.push(formatCount(texts, texts.teamsChat.forgetDeletedInGroup, cases.deleted.length));
      if (cases?.kept.length) lines.push(formatCount(texts, texts.teamsChat.forgetKeptInGroup, cases.kept.length));
    } else {
      if (cases?.deleted.length)
        lines.push(format(texts.handoff.requester.forgetDeleted, { numbers: listOf(texts.culture, cases.deleted) }));
      if (cases?.kept.length) lines.push(format(texts.handoff.requester.forgetKept, { numbers: listOf(texts.culture, cases.kept) }));
    }
    // Web Chat pages keep the conversation to resume it on reload: told in channelData, the portal leaves it for a new one.
    const webChat = context.activity.channelId === 'directline' || context.activity.channelId === 'webchat';
    await context.sendActivity({
      type: ActivityTypes.Message,
      text: lines.join('\n\n'),
      ...(webChat && { channelData: { conversationForgotten: true } }),
    });
  }

  /** The language the conversation is held in (the person may have switched), else the channel's. */
  private localeOf(context: TurnContext): Locale {
    return languageIn(context) ?? localeFrom(context.activity.locale);
  }

  /**
   * A card submit that Teams delivers as an invoke (adaptiveCard/action): the dialog understands
   * submits as messages carrying a value, so the turn is shown to it as one, then restored so the
   * adapter still answers the invoke.
   */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const activity = context.activity;
    const data: unknown = invokeValue.action.data;
    const original: Pick<Activity, 'type' | 'text'> & { value: unknown } = {
      type: activity.type,
      value: activity.value,
      text: activity.text,
    };
    try {
      Object.assign(activity, { type: ActivityTypes.Message, value: data, text: '' });
      await this.runCardTurn(context);
    } finally {
      Object.assign(activity, original);
    }
    // The answer went to the conversation; this only acknowledges. Teams takes a string here,
    // which the SDK's type does not allow for.
    const acknowledged = { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: '' };
    return acknowledged as unknown as AdaptiveCardInvokeResponse;
  }

  /**
   * A message, or a Teams card press: a press on a card answered before changes nothing and says so; otherwise
   * the dialog runs and the pressed card is updated to show the choice, without its buttons.
   */
  private async runCardTurn(context: TurnContext): Promise<void> {
    const answered = await this.cards.answeredBefore(context);
    if (answered !== undefined) {
      await context.sendActivity(format(CATALOGS[this.localeOf(context)].teamsChat.cardAnsweredAlready, { choice: answered }));
      return;
    }
    await this.runDialog(context);
    await this.cards.showAnswered(context, this.localeOf(context), (err) => {
      this.options.logger?.warn({ err: (err as Error).message }, 'an answered card could not be updated; it keeps its buttons');
    });
  }

  private async runDialog(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.dialog.id);
  }
}

/**
 * Everything outside Teams, and Teams personal chat, is for the bot. In Teams channels and group
 * chats only an @mention of the bot or a submit of its card is; the mention is removed from the
 * text so the dialog reads "start over", not "<at>Bot</at> start over".
 */
function addressedToBot(context: TurnContext): boolean {
  const activity = context.activity;
  if (activity.channelId !== 'msteams') return true;
  // A channel activity without a recipient mentions nobody the bot knows (the edge checked the rest).
  const bot = (activity.recipient as Activity['recipient'] | undefined)?.id;
  const mentioned = bot !== undefined && TurnContext.getMentions(activity).some((m) => m.mentioned.id === bot);
  if (mentioned) activity.text = TurnContext.removeRecipientMention(activity).trim();
  const conversationType = activity.conversation.conversationType;
  if (conversationType === 'personal' || !conversationType) return true;
  const submit = activity.value !== null && typeof activity.value === 'object';
  return mentioned || submit;
}

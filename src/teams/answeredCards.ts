/**
 * Teams cards that follow the conversation: once a card's question is answered, by a press or in typed
 * words, the card is updated in place (updateActivity) to show its text and the choice, without buttons;
 * a press on a card answered before changes nothing and is told so. What a card showed is kept per
 * question in the conversation state as it is sent. A pressed card's id is the submit's replyToId; a typed
 * answer names no card, so the id of each question's latest card is kept too. That id is known only once
 * the held replies go out, after the state is saved (runOptimistically), so it is saved by a second write
 * on the turns that send a card. What each card showed is kept by id as well, so that a press on an older card
 * of a question shows that card's own text; a press the conversation did not take (a stale button) updates nothing.
 * A question asked again with a new card (after a what-if, "help", a miss) leaves the earlier unanswered card
 * without its buttons, saying it was asked again, so only one card of a question can be pressed.
 */
import type { Activity, ConversationState, ResourceResponse, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { CATALOGS, format, type Locale } from '../locale';

interface ShownQuestion {
  text: string;
  /** Label by choice, as the card showed them. */
  labels: Record<string, string>;
  /** The card's message id, once it went out. */
  id?: string;
}

interface SentCard {
  id: string;
  text: string;
  labels: Record<string, string>;
}

interface CardsState {
  shown: Record<string, ShownQuestion>;
  /** The latest cards sent, with the ids the channel gave them. */
  sent?: SentCard[];
  /** Cards answered already (message id and the label chosen), latest last. */
  answered: { id: string; label: string }[];
}

/** Enough for every card a triage and its hand-off show; older ones are forgotten first. */
const MAX_ANSWERED = 20;
const MAX_TEXT = 1500;

interface CardAction {
  type?: string;
  title?: string;
  data?: { question?: unknown; choice?: unknown };
}
interface ChoiceCard {
  body?: { type?: string; choices?: { title?: string; value?: string }[] }[];
  actions?: CardAction[];
}

/** The question a card asks and the labels of its choices (buttons, or a choice set with one send button). */
function questionOf(activity: Partial<Activity>): { question: string; labels: Record<string, string> } | undefined {
  const card = activity.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content as
    ChoiceCard | undefined;
  const question = card?.actions?.map((a) => a.data?.question).find((q): q is string => typeof q === 'string');
  if (!card || !question) return undefined;
  const labels: Record<string, string> = {};
  for (const action of card.actions ?? []) {
    if (typeof action.data?.choice === 'string' && action.title) labels[action.data.choice] = action.title;
  }
  for (const choice of card.body?.find((b) => b.type === 'Input.ChoiceSet')?.choices ?? []) {
    if (choice.value && choice.title) labels[choice.value] = choice.title;
  }
  return { question, labels };
}

/** A card submit: {question, choice}, and the card it came from. */
function pressOf(activity: Partial<Activity>): { question: string; choice: string; cardId: string } | undefined {
  const value = activity.value as { question?: unknown; choice?: unknown } | undefined;
  const cardId = activity.replyToId;
  if (activity.channelId !== 'msteams' || !cardId || typeof value?.question !== 'string' || typeof value.choice !== 'string')
    return undefined;
  return { question: value.question, choice: value.choice, cardId };
}

/** Where a turn notes the questions the person's typed words answered, and the options they chose. */
const TYPED_ANSWER = Symbol('typedAnswer');
interface TypedAnswer {
  question: string;
  choice: string;
}
/** The cards this turn's replies put in the conversation, with the ids the channel gave them. */
const SENT_CARDS = Symbol('sentCards');
/** The question's latest card before this turn sent a new one, by question. */
const EARLIER_CARDS = Symbol('earlierCards');
/** Set when the part that asked did not take the press (its question is not asked any more). */
const PRESS_NOT_TAKEN = Symbol('pressNotTaken');

/** Called by the part that asked: the question pending before this message was answered in words, as this option. */
export function answeredByTyping(context: TurnContext, question: string, choice: string): void {
  const typed = context.turnState.get<TypedAnswer[] | undefined>(TYPED_ANSWER) ?? [];
  context.turnState.set(TYPED_ANSWER, [...typed, { question, choice }]);
}

/** Called by the part that asked: the card pressed this turn belongs to no question it asks now, so it was not answered. */
export function pressNotTaken(context: TurnContext): void {
  context.turnState.set(PRESS_NOT_TAKEN, true);
}

export class AnsweredCards {
  private readonly state: StatePropertyAccessor<CardsState>;

  constructor(private readonly conversationState: ConversationState) {
    this.state = conversationState.createProperty<CardsState>('teamsCards');
  }

  private async get(context: TurnContext): Promise<CardsState> {
    return this.state.get(context, { shown: {}, answered: [] });
  }

  /** Keeps what each card this turn sends shows, and the id it is given, for updating it once answered. Teams only. */
  watch(context: TurnContext): void {
    if (context.activity.channelId !== 'msteams') return;
    const sent: { question: string; id: string }[] = [];
    context.turnState.set(SENT_CARDS, sent);
    // The id of each question's card before this turn asked it again (the new card has none until it goes out).
    const earlier = new Map<string, string>();
    context.turnState.set(EARLIER_CARDS, earlier);
    context.onSendActivities(async (_context, activities, next) => {
      const asked = activities.map(questionOf);
      for (const [i, card] of asked.entries()) {
        if (!card) continue;
        const shown = (await this.get(context)).shown;
        const earlierId = shown[card.question]?.id;
        if (earlierId) earlier.set(card.question, earlierId);
        shown[card.question] = { text: (activities[i].text ?? '').slice(0, MAX_TEXT), labels: card.labels };
      }
      const responses: ResourceResponse[] = await next();
      // Held replies get no id; the same replies sent once the state is saved get the channel's.
      for (const [i, card] of asked.entries()) {
        const id = responses[i]?.id;
        if (card && id) sent.push({ question: card.question, id });
      }
      return responses;
    });
  }

  /**
   * Saves the ids of the cards the turn sent (after its state was saved and its replies went out), and updates
   * the earlier unanswered card of each question asked again. A save that fails, another instance having saved
   * the conversation meanwhile included, loses only the in-place update of a card answered by typing: a press
   * still updates it.
   */
  async keepSentIds(context: TurnContext, locale: Locale, onError: (err: unknown) => void): Promise<void> {
    const sent = context.turnState.get<{ question: string; id: string }[] | undefined>(SENT_CARDS);
    if (!sent?.length) return;
    const earlierIds = context.turnState.get<Map<string, string> | undefined>(EARLIER_CARDS);
    const superseded: SentCard[] = [];
    try {
      const cards = await this.get(context);
      for (const { question, id } of sent) {
        const shown = cards.shown[question];
        if (!shown) continue;
        const earlierId = shown.id ?? earlierIds?.get(question);
        const earlier = earlierId !== id ? cards.sent?.find((c) => c.id === earlierId) : undefined;
        if (earlier && !cards.answered.some((a) => a.id === earlier.id)) superseded.push(earlier);
        shown.id = id;
        cards.sent = [...(cards.sent ?? []), { id, text: shown.text, labels: shown.labels }].slice(-MAX_ANSWERED);
      }
      await this.conversationState.saveChanges(context);
    } catch (err) {
      onError(err);
    }
    for (const card of superseded) {
      try {
        await context.updateActivity({
          type: 'message',
          id: card.id,
          text: [card.text, CATALOGS[locale].teamsChat.cardAskedAgain].filter(Boolean).join('\n\n'),
          attachments: [],
        });
      } catch (err) {
        onError(err);
      }
    }
  }

  /** The label chosen on the pressed card, when that card was answered before. */
  async answeredBefore(context: TurnContext): Promise<string | undefined> {
    const press = pressOf(context.activity);
    if (!press) return undefined;
    return (await this.get(context)).answered.find((a) => a.id === press.cardId)?.label;
  }

  /** The cards answered this turn: the one pressed, or the latest card of each question answered by typing. */
  private async answersOf(context: TurnContext): Promise<{ choice: string; cardId: string; shown: ShownQuestion }[]> {
    const cards = await this.get(context);
    const press = pressOf(context.activity);
    if (press) {
      if (context.turnState.get(PRESS_NOT_TAKEN)) return [];
      // The pressed card's own text; the question's latest card only when it is that one (or no id is known).
      const latest = cards.shown[press.question];
      const shown =
        cards.sent?.find((c) => c.id === press.cardId) ?? (latest && (!latest.id || latest.id === press.cardId) ? latest : undefined);
      return shown ? [{ choice: press.choice, cardId: press.cardId, shown }] : [];
    }
    // Read once: a turn run again after a conflict notes its own answers.
    const typed = context.turnState.get<TypedAnswer[] | undefined>(TYPED_ANSWER) ?? [];
    context.turnState.delete(TYPED_ANSWER);
    return typed.flatMap(({ question, choice }) => {
      const shown = cards.shown[question];
      if (!shown?.id || cards.answered.some((a) => a.id === shown.id)) return [];
      return [{ choice, cardId: shown.id, shown }];
    });
  }

  /** Updates each answered card in place: its text and the choice, no buttons. A failed update loses nothing. */
  async showAnswered(context: TurnContext, locale: Locale, onError: (err: unknown) => void): Promise<void> {
    if (context.activity.channelId !== 'msteams') return;
    for (const { shown, cardId, choice } of await this.answersOf(context)) {
      const label = shown.labels[choice] ?? choice;
      const cards = await this.get(context);
      cards.answered = [...cards.answered.filter((a) => a.id !== cardId), { id: cardId, label }].slice(-MAX_ANSWERED);
      try {
        await context.updateActivity({
          type: 'message',
          id: cardId,
          text: [shown.text, format(CATALOGS[locale].teamsChat.cardAnswered, { choice: label })].filter(Boolean).join('\n\n'),
          attachments: [],
        });
      } catch (err) {
        onError(err);
      }
    }
  }
}

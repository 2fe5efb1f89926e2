/**
 * Teams cards that follow the conversation: once a card's question is answered, the card is updated in
 * place (updateActivity) to show its text and the choice, without buttons; a press on a card answered
 * before changes nothing and is told so. What a card showed is kept per question in the conversation
 * state as it is sent (its message id is known only once the held replies go out, after the state is
 * saved), and the pressed card's id is the submit's replyToId.
 */
import type { Activity, ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { format, type Locale } from '../locale';
import { TEAMS_CHAT_TEXT } from '../locale/teamsChat';

interface ShownQuestion {
  text: string;
  /** Label by choice, as the card showed them. */
  labels: Record<string, string>;
}

interface CardsState {
  shown: Record<string, ShownQuestion>;
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

export class AnsweredCards {
  private readonly state: StatePropertyAccessor<CardsState>;

  constructor(conversationState: ConversationState) {
    this.state = conversationState.createProperty<CardsState>('teamsCards');
  }

  private async get(context: TurnContext): Promise<CardsState> {
    return this.state.get(context, { shown: {}, answered: [] });
  }

  /** Keeps what each card this turn sends shows, for updating it once answered. Teams only. */
  watch(context: TurnContext): void {
    if (context.activity.channelId !== 'msteams') return;
    context.onSendActivities(async (_context, activities, next) => {
      for (const activity of activities) {
        const asked = questionOf(activity);
        if (asked)
          (await this.get(context)).shown[asked.question] = { text: (activity.text ?? '').slice(0, MAX_TEXT), labels: asked.labels };
      }
      return next();
    });
  }

  /** The label chosen on the pressed card, when that card was answered before. */
  async answeredBefore(context: TurnContext): Promise<string | undefined> {
    const press = pressOf(context.activity);
    if (!press) return undefined;
    return (await this.get(context)).answered.find((a) => a.id === press.cardId)?.label;
  }

  /** Updates the pressed card in place: its text and the choice, no buttons. A failed update loses nothing. */
  async showAnswered(context: TurnContext, locale: Locale, onError: (err: unknown) => void): Promise<void> {
    const press = pressOf(context.activity);
    const cards = await this.get(context);
    const shown = press && cards.shown[press.question];
    if (!press || !shown) return;
    const label = shown.labels[press.choice] ?? press.choice;
    cards.answered = [...cards.answered.filter((a) => a.id !== press.cardId), { id: press.cardId, label }].slice(-MAX_ANSWERED);
    try {
      await context.updateActivity({
        type: 'message',
        id: press.cardId,
        text: [shown.text, format(TEAMS_CHAT_TEXT[locale].cardAnswered, { choice: label })].filter(Boolean).join('\n\n'),
        attachments: [],
      });
    } catch (err) {
      onError(err);
    }
  }
}

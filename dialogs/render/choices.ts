/** The buttons of a question, however it is asked: suggested actions, or an Adaptive Card on Teams. */
import { ActionTypes, CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { Catalog } from '../../src/locale';

/** An option of a question: what its button submits, and what it shows. */
export interface Choice {
  choice: string;
  label: string;
  /** The label as the numbered list in the text shows it, where it differs (escaped names from Azure). */
  markdown?: string;
}

/** Channels that show a question's options as buttons: Adaptive Cards in Teams, suggested actions in Web Chat. */
const SHOWS_BUTTONS = new Set(['msteams', 'webchat', 'directline', 'emulator']);

/**
 * The numbered list a question's text ends with, where the channel cannot show the options as buttons (a plain
 * HTTP client, the terminal chat): the options are shown once. A typed number is understood everywhere.
 */
export function numbered(options: Choice[], channelId: string): string[] {
  return SHOWS_BUTTONS.has(channelId) ? [] : [options.map((o, i) => `${i + 1}. ${o.markdown ?? o.label}`).join('\n')];
}

/**
 * The buttons of any question the bot asks (triage, Azure, hand-off): an Adaptive Card on Teams,
 * suggested actions elsewhere. Each suggested action posts its label, which the recogniser understands
 * in either language.
 */
export function choices(catalog: Catalog, text: string, question: string, options: Choice[], channelId: string): Partial<Activity> {
  if (channelId === 'msteams') {
    return MessageFactory.attachment(CardFactory.adaptiveCard(choiceCard(catalog, question, options)), text);
  }
  return MessageFactory.suggestedActions(
    options.map(({ label }) => ({ type: ActionTypes.ImBack, title: label, value: label })),
    text,
  );
}

/** Teams shows at most six actions on a card; longer lists become one choice set and a send button. */
const MAX_CARD_BUTTONS = 6;

/** Action.Submit data is an object (Teams drops any other), merged with the card's inputs. */
function choiceCard(catalog: Catalog, question: string, options: Choice[]): object {
  const card = { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.4' };
  if (options.length <= MAX_CARD_BUTTONS) {
    return {
      ...card,
      actions: options.map(({ choice, label }) => ({ type: 'Action.Submit', title: label, data: { question, choice } })),
    };
  }
  return {
    ...card,
    body: [
      {
        type: 'Input.ChoiceSet',
        id: 'choice',
        style: 'expanded',
        isRequired: true,
        errorMessage: catalog.chooseOne,
        choices: options.map(({ choice, label }) => ({ title: label, value: choice })),
      },
    ],
    actions: [{ type: 'Action.Submit', title: catalog.sendChoice, data: { question } }],
  };
}

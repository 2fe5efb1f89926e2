/**
 * The shell of the hand-off to a human (src/cases/handoffStep.ts): it hands each message to the step, renders
 * what the step says, performs what it asks (save and deliver the case, add to an open case, the Azure ticket)
 * and feeds each result back. Begun by the triage when the person asks for a human, or when it escalates (H1).
 */
import { Dialog, DialogReason, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { newCaseNumber, type SupportCase } from '../src/cases/case';
import { CATALOGS } from '../src/locale';
import { languageOf } from '../src/conversationLanguage';
import { noteTypedAnswer, renderHandoff } from './render/handoff';
import { submitted } from './render/submitted';
import { caseSummary } from '../src/cases/summary';
import type { TicketBegin } from './ticketDialog';
import { addToCase, saveAndDeliver } from './saveAndDeliver';
import type { HandoffOptions } from '../src/handoff/handoffOptions';
import { resultOfCase, type SessionFacts, type TriageResult } from '../src/triage';
import { handoffStep, type HandoffInput, type HandoffSay, type HandoffState, type HandoffTurn } from '../src/cases/handoffStep';

export interface HandoffBegin {
  result: TriageResult;
  /** "new case" or "add to case", said before the hand-off began. */
  asked?: 'newCase' | 'addToCase';
}

/** What the hand-off ends with: the triage's facts, with what the description stated. */
export interface HandoffEnded {
  handoffEnded: true;
  facts?: SessionFacts;
}

/** What the support engineer reads in the ticket: the case summary in the case's language, as plain text. */
function caseSummaryText(c: SupportCase): string {
  return caseSummary(CATALOGS[c.locale], c.locale, resultOfCase(c.answers)).replace(/\*\*/g, '');
}

export class HandoffDialog extends Dialog<HandoffBegin> {
  constructor(
    id: string,
    private readonly options: HandoffOptions,
  ) {
    super(id);
  }

  override async beginDialog(dc: DialogContext, begin?: HandoffBegin): Promise<DialogTurnResult> {
    const { channelId, from } = dc.context.activity;
    const open = await this.options.store.openCasesOf(`${channelId}:${from.id}`);
    return this.run(dc, undefined, {
      kind: 'begin',
      facts: begin?.result.known ?? { clarified: {} },
      number: newCaseNumber(),
      openCases: open.map((c) => ({ number: c.number, status: c.status })),
      teams: channelId === 'msteams',
      destination: this.options.deliver !== undefined,
      ...(begin?.asked && { asked: begin.asked }),
    });
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const activity = dc.context.activity;
    if (activity.type !== 'message') return Dialog.EndOfTurn;
    return this.run(dc, dc.activeDialog!.state as HandoffState, {
      kind: 'message',
      text: activity.text ?? '',
      choice: submitted(activity),
    });
  }

  /** The ticket dialog ended: so does the hand-off. */
  override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as HandoffState;
    return dc.endDialog({ handoffEnded: true, facts: state.facts } satisfies HandoffEnded);
  }

  /** After a global command answered beside it ("help", a language): the pending question again. */
  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await this.render(context, handoffStep(instance.state as HandoffState, { kind: 'reprompt' }).say);
  }

  /** Ended by a global command ("cancel", "start over"): the person is told the case was not sent. */
  override async endDialog(context: TurnContext, instance: DialogInstance, reason: DialogReason): Promise<void> {
    if (reason === DialogReason.cancelCalled)
      await this.render(context, handoffStep(instance.state as HandoffState, { kind: 'cancelled' }).say);
  }

  /** One step, what it says, then its effects; an effect's result is the next step's input. */
  private async run(dc: DialogContext, state: HandoffState | undefined, input: HandoffInput): Promise<DialogTurnResult> {
    const turn = handoffStep(state, input);
    noteTypedAnswer(dc.context, state, input, turn);
    dc.activeDialog!.state = turn.state;
    await this.render(dc.context, turn.say);
    return this.perform(dc, turn);
  }

  private async perform(dc: DialogContext, turn: HandoffTurn): Promise<DialogTurnResult> {
    for (const effect of turn.effects) {
      switch (effect.kind) {
        case 'saveCase': {
          const outcome = await saveAndDeliver(dc.context, effect.draft, effect.maxOpen, this.options);
          return this.run(dc, turn.state, { kind: 'saved', outcome });
        }
        case 'addToCase': {
          const to = await addToCase(dc.context, effect.number, effect.text, this.options);
          return this.run(dc, turn.state, { kind: 'added', number: effect.number, to });
        }
        case 'ticket': {
          const saved = this.options.ticketDialogId ? await this.options.store.get(effect.number) : undefined;
          if (!saved) break;
          const begin: TicketBegin = {
            caseNumber: saved.number,
            category: saved.category,
            ...(turn.state.facts.subscriptionId ? { subscriptionId: turn.state.facts.subscriptionId } : {}),
            description: [saved.description, caseSummaryText(saved)].filter(Boolean).join('\n\n'),
          };
          return dc.beginDialog(this.options.ticketDialogId!, begin);
        }
        case 'end':
          return dc.endDialog({ handoffEnded: true, facts: effect.facts } satisfies HandoffEnded);
      }
    }
    return Dialog.EndOfTurn;
  }

  private async render(context: TurnContext, say: HandoffSay[]): Promise<void> {
    const locale = languageOf(context);
    const activities = renderHandoff(say, {
      catalog: CATALOGS[locale],
      locale,
      channelId: context.activity.channelId,
      hours: this.options.hours,
      destination: this.options.deliver !== undefined,
    });
    if (activities.length) await context.sendActivities(activities);
  }
}

/**
 * The shell of the hand-off to a human (src/cases/handoffStep.ts): it hands each message to the step, renders
 * what the step says, performs what it asks (save and deliver the case, add to an open case, the Azure ticket)
 * and feeds each result back. Begun by the triage when the person asks for a human, or when it escalates (H1).
 */
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { newCaseNumber, type SupportCase } from '../src/cases/case';
import { CATALOGS } from '../src/locale';
import { languageOf } from '../src/conversationLanguage';
import { renderHandoff, typedHandoffChoice } from './render/handoff';
import { submitted } from './render/submitted';
import { caseSummary } from '../src/cases/summary';
import type { TicketBegin } from './ticketDialog';
import { addToCase, saveAndDeliver } from './saveAndDeliver';
import type { HandoffOptions } from '../src/handoff/handoffOptions';
import { resultOfCase, type SessionFacts, type TriageResult } from '../src/triage';
import { handoffStep, type HandoffInput, type HandoffSay, type HandoffState, type HandoffTurn } from '../src/cases/handoffStep';
import { StepDialog } from './stepDialog';

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

export class HandoffDialog extends StepDialog<HandoffBegin, HandoffState, HandoffInput, HandoffSay, HandoffTurn> {
  constructor(
    id: string,
    private readonly options: HandoffOptions,
  ) {
    super(id, handoffStep, typedHandoffChoice);
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

  protected async perform(dc: DialogContext, turn: HandoffTurn): Promise<DialogTurnResult> {
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

  protected async render(context: TurnContext, say: HandoffSay[]): Promise<void> {
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

/**
 * The hand-off to a human: shows the case summary, takes an optional description, asks to confirm,
 * then saves the case (before any delivery is tried) and gives its number and what happens next.
 * Begun by the root dialog when the person asks for a human, or when the triage escalates (H1).
 */
import { cleanText } from '../src/cases/cleanText';
import { Dialog, DialogReason, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import { TurnContext, type Activity } from 'botbuilder';
import { z } from 'zod';
import { newCaseNumber, type SupportCase } from '../src/cases/case';
import { CATALOGS, format, type Locale } from '../src/locale';
import { escapeMarkdown } from '../src/locale/markdown';
import { normalize, recognize, wordsOf } from './recognizer';
import { commandOf } from '../src/triage';
import { whereNext } from '../src/policy/evaluateEligibility';
import { languageOf } from '../src/conversationLanguage';
import { choices } from './render/choices';
import * as renderHandoff from './render/handoff';
import { caseSummary } from '../src/cases/summary';
import type { TicketBegin } from './ticketDialog';
import { saveAndDeliver } from './saveAndDeliver';
import type { HandoffOptions } from '../src/handoff/handoffOptions';
import { resultOfCase, triageResult, type TriageResult } from '../src/triage';

export interface HandoffBegin {
  result: TriageResult;
}

/** What the hand-off ends with, so the triage knows the turn's answer was given. */
export interface HandoffEnded {
  handoffEnded: true;
}

interface HandoffState extends HandoffBegin {
  asking: renderHandoff.HandoffQuestion;
  description?: string;
  /** Chosen before the confirmation, so a turn that runs again saves the same case, not a second one. */
  number?: string;
  /** A web visitor's optional address, validated and shown back before sending. */
  email?: string;
  /** The open case offered to add a message to. */
  openCase?: string;
  /** The person asked for a new case although one is open. */
  secondCase?: boolean;
}

/** However explicitly asked, a person has no more open cases than this: each one posts a card to the team. */
const MAX_OPEN_CASES = 3;
/** Checked by zod's e-mail pattern (no backtracking); 254 is the longest address SMTP carries. */
const EMAIL = z.string().trim().max(254).email();

const DESCRIPTION_LIMIT = 2000;

/** What the support engineer reads in the ticket: the case summary in the case's language, as plain text. */
function caseSummaryText(c: SupportCase): string {
  return caseSummary(CATALOGS[c.locale], c.locale, resultOfCase(c.answers)).replace(/\*\*/g, '');
}

function submitted(activity: Activity): { question?: unknown; choice?: unknown } | undefined {
  const value: unknown = activity.value;
  return value && typeof value === 'object' ? value : undefined;
}

export class HandoffDialog extends Dialog<HandoffBegin> {
  constructor(
    id: string,
    private readonly options: HandoffOptions,
  ) {
    super(id);
  }

  override async beginDialog(dc: DialogContext, begin?: HandoffBegin): Promise<DialogTurnResult> {
    const state: HandoffState = {
      result: begin?.result ?? triageResult({ clarified: {} }),
      asking: 'handoffDescription',
    };
    dc.activeDialog!.state = state;
    const open = await this.openCase(dc.context);
    if (!open) return this.askDescription(dc, state);
    const texts = CATALOGS[languageOf(dc.context)].handoff;
    if (!this.options.addToCase) {
      await dc.context.sendActivity(format(texts.requester.alreadyOpen, { number: open.number, status: texts.statusNames[open.status] }));
      return dc.endDialog({ handoffEnded: true } satisfies HandoffEnded);
    }
    // One case per problem: the next message goes to the open case, unless the person asks for a new one.
    Object.assign(state, { asking: 'handoffAddToCase', openCase: open.number });
    await this.offerAdd(dc.context, open);
    return Dialog.EndOfTurn;
  }

  private async offerAdd(context: TurnContext, open: SupportCase): Promise<void> {
    const texts = CATALOGS[languageOf(context)].handoff;
    await context.sendActivity(format(texts.chat.offerAdd, { number: open.number, status: texts.statusNames[open.status] }));
  }

  private async askDescription(dc: DialogContext, state: HandoffState): Promise<DialogTurnResult> {
    state.asking = 'handoffDescription';
    await this.showDescriptionQuestion(dc.context, state);
    return Dialog.EndOfTurn;
  }

  private async showDescriptionQuestion(context: TurnContext, state: HandoffState): Promise<void> {
    const locale = languageOf(context);
    const catalog = CATALOGS[locale];
    const summary = caseSummary(catalog, locale, state.result);
    await context.sendActivity(
      choices(
        catalog,
        [summary, catalog.handoff.askDescription].join('\n\n'),
        'handoffDescription',
        [{ choice: 'skip', label: catalog.handoff.skip.label }],
        context.activity.channelId,
      ),
    );
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const activity = dc.context.activity;
    if (activity.type !== 'message') return Dialog.EndOfTurn;
    const state = dc.activeDialog!.state as HandoffState;
    const locale = languageOf(dc.context);
    const catalog = CATALOGS[locale];
    const text = activity.text ?? '';
    const submit = submitted(activity);
    const said = normalize(text);
    if (state.asking === 'handoffAddToCase') return this.addToOpenCase(dc, state, text);
    if (state.asking === 'handoffDescription') {
      // Only the whole message skips: a description may well contain "none" or "nothing".
      const skipped = submit?.choice === 'skip' || wordsOf((c) => c.handoff.skip).some((w) => normalize(w) === said);
      const description = skipped ? undefined : cleanText(text.trim(), DESCRIPTION_LIMIT);
      Object.assign(state, { description: description || undefined, asking: 'handoffConfirm', number: newCaseNumber() });
      await this.askConfirm(dc.context, state, []);
      return Dialog.EndOfTurn;
    }
    if (activity.channelId !== 'msteams' && !submit && text.includes('@')) {
      const email = EMAIL.safeParse(text);
      if (email.success) state.email = email.data;
      await this.askConfirm(dc.context, state, email.success ? [] : [catalog.handoff.email.invalid]);
      return Dialog.EndOfTurn;
    }
    const answer =
      submit?.question === 'handoffConfirm' && (submit.choice === 'yes' || submit.choice === 'no')
        ? submit.choice
        : recognize(text, [
            { id: 'yes', words: wordsOf((c) => c.handoff.yes) },
            { id: 'no', words: wordsOf((c) => c.handoff.no) },
          ]);
    if (!answer && !submit && text.trim()) {
      // A sentence here says more about the problem: it goes into the description, and the whole is shown again.
      state.description = cleanText([state.description, text.trim()].filter(Boolean).join('\n\n'), DESCRIPTION_LIMIT);
      await this.askConfirm(dc.context, state, [catalog.handoff.addedToDescription]);
      return Dialog.EndOfTurn;
    }
    if (!answer) {
      await this.askConfirm(dc.context, state, []);
      return Dialog.EndOfTurn;
    }
    if (answer === 'no') {
      await dc.context.sendActivity(catalog.handoff.notSent);
    } else if (state.secondCase ? !(await this.tooManyOpen(dc.context, locale)) : !(await this.showOpenCase(dc.context, locale))) {
      // Checked again above: another conversation of the same person may have opened a case meanwhile.
      const saved = await saveAndDeliver(dc.context, { ...state, locale }, this.options);
      // The Azure ticket is offered once the case is safe, as a further step the person may decline.
      // Only where Azure support can act (H1): never after O1, S4 or a rejection by the receiving domain (E2).
      const supportCanHelp = state.result.verdict !== undefined && whereNext(state.result.verdict) === 'azureSupport';
      if (saved && this.options.ticketDialogId && supportCanHelp) {
        const begin: TicketBegin = {
          caseNumber: saved.number,
          category: saved.category,
          ...(state.result.known.subscriptionId ? { subscriptionId: state.result.known.subscriptionId } : {}),
          description: [state.description, caseSummaryText(saved)].filter(Boolean).join('\n\n'),
        };
        return dc.beginDialog(this.options.ticketDialogId, begin);
      }
    }
    return dc.endDialog({ handoffEnded: true } satisfies HandoffEnded);
  }

  /** The ticket dialog ended: so does the hand-off. */
  override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return dc.endDialog({ handoffEnded: true } satisfies HandoffEnded);
  }

  /** After a global command answered beside it ("help", a language): the pending question again. */
  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = instance.state as HandoffState;
    if (state.asking === 'handoffConfirm') return this.askConfirm(context, state, []);
    if (state.asking === 'handoffDescription') return this.showDescriptionQuestion(context, state);
    const open = state.openCase ? await this.options.store.get(state.openCase) : undefined;
    if (open) await this.offerAdd(context, open);
  }

  /** Ended by a global command ("cancel", "start over"): the person is told the case was not sent. */
  override async endDialog(context: TurnContext, _instance: DialogInstance, reason: DialogReason): Promise<void> {
    if (reason === DialogReason.cancelCalled) await context.sendActivity(CATALOGS[languageOf(context)].handoff.notSent);
  }

  private async askConfirm(context: TurnContext, state: HandoffState, preface: string[]): Promise<void> {
    const catalog = CATALOGS[languageOf(context)];
    const activity = context.activity;
    // Shown whole (up to its 2,000 characters), as it will go with the case: the person confirms what is sent.
    const description = state.description ? escapeMarkdown(state.description) : catalog.handoff.noDescription;
    const email = state.email ? [format(catalog.handoff.email.confirmLine, { email: state.email })] : [];
    // A Teams user's identity is known; a web visitor may leave an address to be reached after leaving.
    const contact = activity.channelId === 'msteams' ? [catalog.handoff.identityNote] : state.email ? [] : [catalog.handoff.email.ask];
    await context.sendActivity(
      choices(
        catalog,
        [...preface, format(catalog.handoff.confirm, { description }), ...email, ...contact].join('\n\n'),
        'handoffConfirm',
        [
          { choice: 'yes', label: catalog.handoff.yes.label },
          { choice: 'no', label: catalog.handoff.no.label },
        ],
        activity.channelId,
      ),
    );
  }

  /**
   * One open case per requester: asking again shows that case instead of opening another, so nobody can
   * fill the support channel with cards. True when the person was shown their open case.
   */
  private async showOpenCase(context: TurnContext, locale: Locale): Promise<boolean> {
    const open = await this.openCase(context);
    if (!open) return false;
    const texts = CATALOGS[locale].handoff;
    await context.sendActivity(format(texts.requester.alreadyOpen, { number: open.number, status: texts.statusNames[open.status] }));
    return true;
  }

  private async openCase(context: TurnContext): Promise<SupportCase | undefined> {
    const activity = context.activity;
    return (await this.options.store.openCasesOf(`${activity.channelId}:${activity.from.id}`)).at(-1);
  }

  /** A new case asked for explicitly: refused (the latest open one shown) once the person has MAX_OPEN_CASES. */
  private async tooManyOpen(context: TurnContext, locale: Locale): Promise<boolean> {
    const activity = context.activity;
    const open = await this.options.store.openCasesOf(`${activity.channelId}:${activity.from.id}`);
    return open.length >= MAX_OPEN_CASES && (await this.showOpenCase(context, locale));
  }

  /** The answer to "add a message to your open case": the message itself, "new case", or "cancel" (handled before). */
  private async addToOpenCase(dc: DialogContext, state: HandoffState, text: string): Promise<DialogTurnResult> {
    const texts = CATALOGS[languageOf(dc.context)].handoff;
    if (commandOf(text)?.id === 'newCase') {
      state.secondCase = true;
      return this.askDescription(dc, state);
    }
    const open = state.openCase ? await this.options.store.get(state.openCase) : undefined;
    const added = open && (await this.options.addToCase!(open, dc.context.activity));
    if (added) {
      await dc.context.sendActivity(format(texts.chat.addedToCase, { number: open.number }));
    } else {
      // Resolved meanwhile, or its card is not posted yet: it stands as it is.
      await this.showOpenCase(dc.context, languageOf(dc.context));
    }
    return dc.endDialog({ handoffEnded: true } satisfies HandoffEnded);
  }
}

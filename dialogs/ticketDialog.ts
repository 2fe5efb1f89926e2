/**
 * The shell of the Azure support ticket (src/cases/ticketStep.ts): it hands each message to the step, renders
 * what the step says, and performs what it asks (the sign-in prompt, the ticket created as the person).
 */
import { CULTURES, menuPath, personName } from '../src/locale/culture';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Activity, TokenResponse, TurnContext } from 'botbuilder';
import { CATALOGS, format, type Locale } from '../src/locale';
import { choices } from './render/choices';
import { safeEcho } from '../src/locale/markdown';
import { languageOf } from '../src/conversationLanguage';
import { submitted } from './render/submitted';
import type { UserToken } from '../src/azure/subscriptionLookup';
import type { CreateTicket, TicketContactDefaults } from '../src/handoff/handoffOptions';
import {
  SEVERITIES,
  ticketStep,
  type TicketAsking,
  type TicketBegin,
  type TicketInput,
  type TicketSay,
  type TicketState,
  type TicketTurn,
} from '../src/cases/ticketStep';
import { StepDialog } from './stepDialog';

export type { TicketBegin };

/**
 * The option of the ticket's pending card that typed words chose, read from the step's move, so a Teams card answered
 * in words is updated like a pressed one: the severity or "no ticket", with or without diagnostics or cancel.
 */
function typedChoice(before: TicketState, input: TicketInput, turn: TicketTurn): { question: TicketAsking; choice: string } | undefined {
  if (input.kind !== 'message' || input.choice) return undefined;
  const stopped = turn.say.some((s) => s.kind === 'notOpened');
  const after = turn.state;
  if (before.asking === 'ticketSeverity') {
    if (stopped) return { question: 'ticketSeverity', choice: 'no' };
    return after.severity ? { question: 'ticketSeverity', choice: after.severity } : undefined;
  }
  if (before.asking === 'ticketConsent') {
    if (stopped) return { question: 'ticketConsent', choice: 'cancel' };
    if (after.diagnosticsConsent === undefined) return undefined;
    return { question: 'ticketConsent', choice: after.diagnosticsConsent ? 'with' : 'without' };
  }
  return undefined;
}

export interface TicketOptions {
  /** The OAuthPrompt beside this dialog that yields the person's token. */
  signInDialogId: string;
  create: CreateTicket;
  /** By the person's language, until they type otherwise (settings: TICKET_CONTACT_EN, _JA). */
  contacts: Record<Locale, TicketContactDefaults>;
}

export class TicketDialog extends StepDialog<TicketBegin, TicketState, TicketInput, TicketSay, TicketTurn> {
  constructor(
    id: string,
    private readonly options: TicketOptions,
  ) {
    super(id, ticketStep, typedChoice);
  }

  override async beginDialog(dc: DialogContext, begin?: TicketBegin): Promise<DialogTurnResult> {
    return this.run(dc, undefined, { kind: 'begin', ticket: begin! });
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const activity = dc.context.activity;
    if (activity.type !== 'message') return Dialog.EndOfTurn;
    const locale = languageOf(dc.context);
    return this.run(dc, dc.activeDialog!.state as TicketState, {
      kind: 'message',
      text: activity.text ?? '',
      choice: submitted(activity),
      locale,
      defaultCountry: this.options.contacts[locale].country,
    });
  }

  /** The sign-in ended: with a token, the ticket is created as the person. */
  override async resumeDialog(dc: DialogContext, _reason: unknown, result?: TokenResponse): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as TicketState;
    if (!result?.token) return this.run(dc, state, { kind: 'signedIn', token: false });
    const activity = dc.context.activity;
    const user: UserToken = {
      userKey: `${activity.channelId}:${activity.from.id}`,
      token: result.token,
      expiresOn: result.expiration ? new Date(result.expiration) : undefined,
    };
    const turn = ticketStep(state, { kind: 'signedIn', token: true });
    dc.activeDialog!.state = turn.state;
    const create = turn.effects.find((e) => e.kind === 'create');
    if (!create) return this.show(dc, turn);
    const locale = languageOf(dc.context);
    const region = this.options.contacts[locale];
    const outcome = await this.options.create(user, {
      subscriptionId: create.subscriptionId,
      caseNumber: create.caseNumber,
      title: format(CATALOGS[locale].handoff.ticket.title, { number: create.caseNumber }),
      description: create.description,
      severity: create.severity,
      contact: { ...create.contact, timeZone: region.timeZone, language: region.language },
      diagnosticsConsent: create.diagnosticsConsent,
    });
    return this.run(dc, turn.state, { kind: 'created', outcome });
  }

  protected async perform(dc: DialogContext, turn: TicketTurn): Promise<DialogTurnResult> {
    for (const effect of turn.effects) {
      if (effect.kind === 'end') return dc.endDialog();
      if (effect.kind === 'signIn') {
        try {
          return await dc.beginDialog(this.options.signInDialogId, { prompt: CATALOGS[languageOf(dc.context)].azure.signInPrompt });
        } catch {
          // The token service failed: the prompt never started.
          if (dc.activeDialog?.id === this.options.signInDialogId) dc.stack.pop();
          return this.run(dc, dc.activeDialog!.state as TicketState, { kind: 'signedIn', token: false, failed: true });
        }
      }
    }
    return Dialog.EndOfTurn;
  }

  protected async render(context: TurnContext, say: TicketSay[]): Promise<void> {
    const activities = say.map((s) => this.activity(context, s));
    if (activities.length) await context.sendActivities(activities);
  }

  private activity(context: TurnContext, said: TicketSay): Partial<Activity> {
    const locale = languageOf(context);
    const catalog = CATALOGS[locale];
    const t = catalog.handoff.ticket;
    const channelId = context.activity.channelId;
    switch (said.kind) {
      case 'severity':
        return choices(
          catalog,
          [...(said.notUnderstood ? [t.notUnderstood] : []), t.offer].join('\n\n'),
          'ticketSeverity',
          [...SEVERITIES.map((s) => ({ choice: s, label: t.severity[s].label })), { choice: 'no', label: t.no.label }],
          channelId,
        );
      case 'contactPrompt':
        return { type: 'message', text: t.contactPrompt };
      case 'contactNotUnderstood':
        return { type: 'message', text: t.contactNotUnderstood };
      case 'consent': {
        const c = said.contact;
        const text = format(t.confirm, {
          title: format(t.title, { number: said.caseNumber }),
          severity: t.severity[said.severity].label,
          name: safeEcho(personName(CULTURES[locale], c.firstName, c.lastName)),
          email: safeEcho(c.email),
          country: c.country,
          timeZone: this.options.contacts[locale].timeZone,
        });
        return choices(
          catalog,
          [...(said.notUnderstood ? [t.notUnderstood] : []), text].join('\n\n'),
          'ticketConsent',
          [
            { choice: 'with', label: t.withDiagnostics.label },
            { choice: 'without', label: t.withoutDiagnostics.label },
            { choice: 'cancel', label: t.cancel.label },
          ],
          channelId,
        );
      }
      case 'notOpened':
        return { type: 'message', text: t.notOpened };
      case 'created':
        return { type: 'message', text: format(t.created, { id: said.id }) };
      case 'exists':
        return { type: 'message', text: format(t.exists, { id: said.id }) };
      case 'portal':
        return {
          type: 'message',
          text: format(t.portal, {
            reason: t.reasons[said.reason],
            category: menuPath(CULTURES[locale], said.category),
            number: said.caseNumber,
          }),
        };
    }
  }
}

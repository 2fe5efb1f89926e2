/**
 * An Azure support ticket in the person's name, after their case was saved: severity, contact
 * details they type and confirm, consent for diagnostics, sign-in, then Microsoft.Support. Whatever
 * Azure refuses, the person leaves with the portal path and the exact category.
 */
import { CULTURES, menuPath, personName } from '../src/locale/culture';
import { Dialog, DialogReason, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Activity, TokenResponse, TurnContext } from 'botbuilder';
import type { Severity } from '../src/azure/supportTicket';
import { CATALOGS, format, type Catalog, type Locale } from '../src/locale';
import { choices } from './render/choices';
import { safeEcho } from '../src/locale/markdown';
import { recognize, wordsOf } from './recognizer';
import { languageOf } from '../src/conversationLanguage';
import type { UserToken } from '../src/azure/subscriptionLookup';
import type { CreateTicket, TicketContactDefaults } from '../src/handoff/handoffOptions';

export interface TicketOptions {
  /** The OAuthPrompt beside this dialog that yields the person's token. */
  signInDialogId: string;
  create: CreateTicket;
  /** By the person's language, until they type otherwise (settings: TICKET_CONTACT_EN, _JA). */
  contacts: Record<Locale, TicketContactDefaults>;
}

export interface TicketBegin {
  caseNumber: string;
  category: string[];
  subscriptionId?: string;
  description: string;
}

interface Contact {
  firstName: string;
  lastName: string;
  email: string;
  country: string;
}

interface TicketState extends TicketBegin {
  asking: 'ticketSeverity' | 'ticketContact' | 'ticketConsent';
  severity?: Severity;
  contact?: Contact;
  diagnosticsConsent?: boolean;
}

const SEVERITIES: Severity[] = ['minimal', 'moderate', 'critical'];

function choice(activity: Activity, question: string, options: { id: string; words: string[] }[]): string | undefined {
  const value = activity.value as { question?: unknown; choice?: unknown } | undefined;
  if (value?.question === question && options.some((o) => o.id === value.choice)) return value.choice as string;
  return recognize(activity.text ?? '', options);
}

/** "Jane Doe jane@contoso.com GBR" or "山田 太郎 taro@contoso.com": names in the language's order. */
export function parseContact(text: string, locale: Locale, defaultCountry: string): Contact | undefined {
  const email = /[^\s@<>,]+@[^\s@<>,]+\.[^\s@<>,]+/.exec(text)?.[0];
  if (!email) return undefined;
  const rest = text
    .replace(email, ' ')
    .split(/[\s,、\u3000]+/)
    .filter(Boolean);
  const country = rest.length >= 3 && /^[A-Za-z]{3}$/.test(rest.at(-1)!) ? rest.pop()!.toUpperCase() : defaultCountry;
  if (rest.length < 2) return undefined;
  const [first, ...others] = rest;
  const last = others.join(' ');
  return CULTURES[locale].nameOrder === 'familyFirst'
    ? { lastName: first, firstName: last, email, country }
    : { firstName: first, lastName: last, email, country };
}

export class TicketDialog extends Dialog<TicketBegin> {
  constructor(
    id: string,
    private readonly options: TicketOptions,
  ) {
    super(id);
  }

  override async beginDialog(dc: DialogContext, begin?: TicketBegin): Promise<DialogTurnResult> {
    const state: TicketState = { ...begin!, asking: 'ticketSeverity' };
    dc.activeDialog!.state = state;
    await this.askSeverity(dc.context, state, []);
    return Dialog.EndOfTurn;
  }

  /** After a global command answered beside it ("help", a language): the pending question again. */
  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = instance.state as TicketState;
    if (state.asking === 'ticketSeverity') return this.askSeverity(context, state, []);
    if (state.asking === 'ticketContact') {
      await context.sendActivity(CATALOGS[languageOf(context)].handoff.ticket.contactPrompt);
      return;
    }
    return this.askConsent(context, state, []);
  }

  /** Ended by a global command ("cancel", "start over"): the person is told no ticket was opened. */
  override async endDialog(context: TurnContext, _instance: DialogInstance, reason: DialogReason): Promise<void> {
    if (reason === DialogReason.cancelCalled) await context.sendActivity(CATALOGS[languageOf(context)].handoff.ticket.notOpened);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const activity = dc.context.activity;
    if (activity.type !== 'message') return Dialog.EndOfTurn;
    const state = dc.activeDialog!.state as TicketState;
    const locale = languageOf(dc.context);
    const t = CATALOGS[locale].handoff.ticket;
    if (state.asking === 'ticketSeverity') {
      const picked = choice(activity, 'ticketSeverity', [
        ...SEVERITIES.map((s) => ({ id: s, words: wordsOf((c) => c.handoff.ticket.severity[s]) })),
        { id: 'no', words: wordsOf((c) => c.handoff.ticket.no) },
      ]);
      if (!picked) {
        await this.askSeverity(dc.context, state, [t.notUnderstood]);
        return Dialog.EndOfTurn;
      }
      if (picked === 'no') return this.end(dc, t.notOpened);
      Object.assign(state, { severity: picked, asking: 'ticketContact' });
      await dc.context.sendActivity(t.contactPrompt);
      return Dialog.EndOfTurn;
    }
    if (state.asking === 'ticketContact') {
      const contact = parseContact(activity.text ?? '', locale, this.options.contacts[locale].country);
      if (!contact) {
        await dc.context.sendActivity(t.contactNotUnderstood);
        return Dialog.EndOfTurn;
      }
      Object.assign(state, { contact, asking: 'ticketConsent' });
      await this.askConsent(dc.context, state, []);
      return Dialog.EndOfTurn;
    }
    const answer = choice(activity, 'ticketConsent', [
      { id: 'with', words: wordsOf((c) => c.handoff.ticket.withDiagnostics) },
      { id: 'without', words: wordsOf((c) => c.handoff.ticket.withoutDiagnostics) },
      { id: 'cancel', words: wordsOf((c) => c.handoff.ticket.cancel) },
    ]);
    if (!answer) {
      await this.askConsent(dc.context, state, [t.notUnderstood]);
      return Dialog.EndOfTurn;
    }
    if (answer === 'cancel') return this.end(dc, t.notOpened);
    state.diagnosticsConsent = answer === 'with';
    if (!state.subscriptionId) return this.end(dc, this.portal(locale, state, 'noSubscription'));
    try {
      return await dc.beginDialog(this.options.signInDialogId, { prompt: CATALOGS[locale].azure.signInPrompt });
    } catch {
      // The token service failed: the prompt never started.
      if (dc.activeDialog?.id === this.options.signInDialogId) dc.stack.pop();
      return this.end(dc, this.portal(locale, state, 'unavailable'));
    }
  }

  /** The sign-in ended: with a token, the ticket is created as the person. */
  override async resumeDialog(dc: DialogContext, _reason: unknown, result?: TokenResponse): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as TicketState;
    const locale = languageOf(dc.context);
    const t = CATALOGS[locale].handoff.ticket;
    if (!result?.token) return this.end(dc, this.portal(locale, state, 'notSignedIn'));
    const activity = dc.context.activity;
    const user: UserToken = {
      userKey: `${activity.channelId}:${activity.from.id}`,
      token: result.token,
      expiresOn: result.expiration ? new Date(result.expiration) : undefined,
    };
    const region = this.options.contacts[locale];
    const outcome = await this.options.create(user, {
      subscriptionId: state.subscriptionId!,
      caseNumber: state.caseNumber,
      title: format(t.title, { number: state.caseNumber }),
      description: state.description,
      severity: state.severity!,
      contact: { ...state.contact!, timeZone: region.timeZone, language: region.language },
      diagnosticsConsent: state.diagnosticsConsent ?? false,
    });
    if (outcome.kind === 'created') return this.end(dc, format(t.created, { id: outcome.supportTicketId ?? outcome.ticketName }));
    if (outcome.kind === 'exists') return this.end(dc, format(t.exists, { id: outcome.ticketName }));
    return this.end(dc, this.portal(locale, state, outcome.kind));
  }

  private portal(locale: Locale, state: TicketState, reason: keyof Catalog['handoff']['ticket']['reasons']): string {
    const t = CATALOGS[locale].handoff.ticket;
    return format(t.portal, {
      reason: t.reasons[reason],
      category: menuPath(CULTURES[locale], state.category),
      number: state.caseNumber,
    });
  }

  private async end(dc: DialogContext, text: string): Promise<DialogTurnResult> {
    await dc.context.sendActivity(text);
    return dc.endDialog();
  }

  private async askSeverity(context: TurnContext, _state: TicketState, preface: string[]): Promise<void> {
    const catalog = CATALOGS[languageOf(context)];
    const t = catalog.handoff.ticket;
    await context.sendActivity(
      choices(
        catalog,
        [...preface, t.offer].join('\n\n'),
        'ticketSeverity',
        [...SEVERITIES.map((s) => ({ choice: s, label: t.severity[s].label })), { choice: 'no', label: t.no.label }],
        context.activity.channelId,
      ),
    );
  }

  private async askConsent(context: TurnContext, state: TicketState, preface: string[]): Promise<void> {
    const locale = languageOf(context);
    const catalog = CATALOGS[locale];
    const t = catalog.handoff.ticket;
    const c = state.contact!;
    const text = format(t.confirm, {
      title: format(t.title, { number: state.caseNumber }),
      severity: t.severity[state.severity!].label,
      name: safeEcho(personName(CULTURES[locale], c.firstName, c.lastName)),
      email: safeEcho(c.email),
      country: c.country,
      timeZone: this.options.contacts[locale].timeZone,
    });
    await context.sendActivity(
      choices(
        catalog,
        [...preface, text].join('\n\n'),
        'ticketConsent',
        [
          { choice: 'with', label: t.withDiagnostics.label },
          { choice: 'without', label: t.withoutDiagnostics.label },
          { choice: 'cancel', label: t.cancel.label },
        ],
        context.activity.channelId,
      ),
    );
  }
}

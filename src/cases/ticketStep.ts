/**
 * The Azure support ticket after a saved case, as a pure step: (state, input) → the next state, what to say
 * and what the shell must do (sign the person in, create the ticket as them). Severity, contact details they
 * type and confirm, consent for diagnostics. Whatever Azure refuses, the person leaves with the portal path.
 * dialogs/ticketDialog.ts renders and performs.
 */
import type { Severity, TicketOutcome } from '../azure/supportTicket';
import type { Locale } from '../locale';
import { CULTURES } from '../locale/culture';
import { recognize, wordsOf } from '../recognizer';

export interface TicketBegin {
  caseNumber: string;
  category: string[];
  subscriptionId?: string;
  description: string;
}

export interface Contact {
  firstName: string;
  lastName: string;
  email: string;
  country: string;
}

export type TicketAsking = 'ticketSeverity' | 'ticketContact' | 'ticketConsent' | 'ticketSigningIn';

export interface TicketState extends TicketBegin {
  asking: TicketAsking;
  severity?: Severity;
  contact?: Contact;
  diagnosticsConsent?: boolean;
}

/** Why the ticket was not opened, by its line in the catalog. */
export type PortalReason = 'refused' | 'classificationNotFound' | 'unavailable' | 'noSubscription' | 'notSignedIn';

export type TicketInput =
  | { kind: 'begin'; ticket: TicketBegin }
  /** `locale` and `defaultCountry` read the contact: names in the language's order, the country unless typed. */
  | { kind: 'message'; text: string; choice?: { question?: unknown; choice?: unknown } | undefined; locale: Locale; defaultCountry: string }
  /** The sign-in ended: with a token or without; `failed`: the token service could not start it. */
  | { kind: 'signedIn'; token: boolean; failed?: boolean }
  | { kind: 'created'; outcome: TicketOutcome }
  | { kind: 'reprompt' }
  | { kind: 'cancelled' };

export type TicketSay =
  | { kind: 'severity'; notUnderstood: boolean }
  | { kind: 'contactPrompt' }
  | { kind: 'contactNotUnderstood' }
  | { kind: 'consent'; notUnderstood: boolean; caseNumber: string; severity: Severity; contact: Contact }
  | { kind: 'notOpened' }
  | { kind: 'created'; id: string }
  | { kind: 'exists'; id: string }
  | { kind: 'portal'; reason: PortalReason; caseNumber: string; category: string[] };

export type TicketEffect =
  | { kind: 'signIn' }
  /** Create the ticket as the signed-in person: answers `created`. */
  | {
      kind: 'create';
      subscriptionId: string;
      caseNumber: string;
      description: string;
      severity: Severity;
      contact: Contact;
      diagnosticsConsent: boolean;
    }
  | { kind: 'end' };

export interface TicketTurn {
  state: TicketState;
  say: TicketSay[];
  effects: TicketEffect[];
}

export const SEVERITIES: Severity[] = ['minimal', 'moderate', 'critical'];

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

function picked(
  text: string,
  choice: { question?: unknown; choice?: unknown } | undefined,
  question: string,
  options: { id: string; words: string[] }[],
): string | undefined {
  if (choice?.question === question && options.some((o) => o.id === choice.choice)) return choice.choice as string;
  return recognize(text, options);
}

export function ticketStep(previous: TicketState | undefined, input: TicketInput): TicketTurn {
  if (input.kind === 'begin' || !previous) {
    if (input.kind !== 'begin') throw new Error('A ticket begins with its case.');
    const turn: TicketTurn = { state: { ...input.ticket, asking: 'ticketSeverity' }, say: [], effects: [] };
    ask(turn, false);
    return turn;
  }
  const turn: TicketTurn = { state: structuredClone(previous), say: [], effects: [] };
  switch (input.kind) {
    case 'message':
      onMessage(turn, input);
      break;
    case 'signedIn':
      if (input.token) create(turn);
      else portal(turn, input.failed ? 'unavailable' : 'notSignedIn');
      break;
    case 'created': {
      const { outcome } = input;
      if (outcome.kind === 'created') turn.say.push({ kind: 'created', id: outcome.supportTicketId ?? outcome.ticketName });
      else if (outcome.kind === 'exists') turn.say.push({ kind: 'exists', id: outcome.ticketName });
      else turn.say.push(portalSay(turn.state, outcome.kind));
      turn.effects.push({ kind: 'end' });
      break;
    }
    case 'reprompt':
      ask(turn, false);
      break;
    case 'cancelled':
      turn.say.push({ kind: 'notOpened' });
      break;
  }
  return turn;
}

function ask(turn: TicketTurn, notUnderstood: boolean): void {
  const { state } = turn;
  if (state.asking === 'ticketSeverity') turn.say.push({ kind: 'severity', notUnderstood });
  else if (state.asking === 'ticketContact') turn.say.push({ kind: 'contactPrompt' });
  else if (state.asking === 'ticketConsent')
    turn.say.push({ kind: 'consent', notUnderstood, caseNumber: state.caseNumber, severity: state.severity!, contact: state.contact! });
}

function onMessage(turn: TicketTurn, input: Extract<TicketInput, { kind: 'message' }>): void {
  const { state } = turn;
  const { text, choice } = input;
  if (state.asking === 'ticketSeverity') {
    const answer = picked(text, choice, 'ticketSeverity', [
      ...SEVERITIES.map((s) => ({ id: s, words: wordsOf((c) => c.handoff.ticket.severity[s]) })),
      { id: 'no', words: wordsOf((c) => c.handoff.ticket.no) },
    ]);
    if (!answer) {
      ask(turn, true);
      return;
    }
    if (answer === 'no') {
      stop(turn);
      return;
    }
    state.severity = answer as Severity;
    state.asking = 'ticketContact';
    ask(turn, false);
    return;
  }
  if (state.asking === 'ticketContact') {
    const contact = parseContact(text, input.locale, input.defaultCountry);
    if (!contact) {
      turn.say.push({ kind: 'contactNotUnderstood' });
      return;
    }
    state.contact = contact;
    state.asking = 'ticketConsent';
    ask(turn, false);
    return;
  }
  if (state.asking !== 'ticketConsent') return;
  const answer = picked(text, choice, 'ticketConsent', [
    { id: 'with', words: wordsOf((c) => c.handoff.ticket.withDiagnostics) },
    { id: 'without', words: wordsOf((c) => c.handoff.ticket.withoutDiagnostics) },
    { id: 'cancel', words: wordsOf((c) => c.handoff.ticket.cancel) },
  ]);
  if (!answer) {
    ask(turn, true);
    return;
  }
  if (answer === 'cancel') {
    stop(turn);
    return;
  }
  state.diagnosticsConsent = answer === 'with';
  if (!state.subscriptionId) {
    portal(turn, 'noSubscription');
    return;
  }
  state.asking = 'ticketSigningIn';
  turn.effects.push({ kind: 'signIn' });
}

function create(turn: TicketTurn): void {
  const { state } = turn;
  turn.effects.push({
    kind: 'create',
    subscriptionId: state.subscriptionId!,
    caseNumber: state.caseNumber,
    description: state.description,
    severity: state.severity!,
    contact: state.contact!,
    diagnosticsConsent: state.diagnosticsConsent ?? false,
  });
}

function stop(turn: TicketTurn): void {
  turn.say.push({ kind: 'notOpened' });
  turn.effects.push({ kind: 'end' });
}

function portalSay(state: TicketState, reason: PortalReason): TicketSay {
  return { kind: 'portal', reason, caseNumber: state.caseNumber, category: state.category };
}

function portal(turn: TicketTurn, reason: PortalReason): void {
  turn.say.push(portalSay(turn.state, reason));
  turn.effects.push({ kind: 'end' });
}

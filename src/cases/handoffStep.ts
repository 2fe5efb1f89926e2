/**
 * The hand-off to a person as a pure step, shaped like the triage's step(): (state, input) → the next state,
 * what to say (as data) and what the shell must do. No Bot Framework and no I/O: dialogs/handoffDialog.ts renders
 * what it says, performs its effects (save the case, add to an open case, the Azure ticket) and hands their
 * results back as inputs. The state is the dialog state of the person who asked: in a Teams group chat each
 * member has their own (src/storage/versionedConversationState.ts), so another member's reply never answers it.
 */
import { z } from 'zod';
import { commandOf, readDescription, triageResult, type FactName, type SessionFacts, type TriageResult } from '../triage';
import { whereNext } from '../policy/evaluateEligibility';
import { normalize, recognize, wordsOf } from '../recognizer';
import type { DeliveryOutcome } from '../handoff/handoffOptions';
import type { CaseStatus } from './case';
import { cleanText } from './cleanText';

/** However explicitly asked, a person has no more open cases than this: each one posts a card to the team. */
export const MAX_OPEN_CASES = 3;
const DESCRIPTION_LIMIT = 2000;
/** Checked by zod's e-mail pattern (no backtracking); 254 is the longest address SMTP carries. */
const EMAIL = z.string().trim().max(254).email();

export interface OpenCase {
  number: string;
  status: CaseStatus;
}

/** Where the person goes on their own (the policy's whereNext); before any verdict, the Azure support request. */
export type WhereNext = 'azureSupport' | 'relay' | 'receivingDomain';

export function whereNextOf(result: TriageResult): WhereNext {
  return result.verdict ? whereNext(result.verdict) : 'azureSupport';
}

export type HandoffAsking = 'handoffAddToCase' | 'handoffAddition' | 'handoffDescription' | 'handoffConfirm' | 'handoffSaving';

export interface HandoffState {
  /** The triage's facts, with what the description stated: the case carries them, and the triage gets them back. */
  facts: SessionFacts;
  asking: HandoffAsking;
  /** Chosen when the hand-off begins, so a turn that runs again saves the same case, not a second one. */
  number: string;
  /** Teams: the requester's identity goes with the case; elsewhere an e-mail address may. */
  teams: boolean;
  /** A support team or agent hub is connected: someone reads what is sent. */
  destination: boolean;
  description?: string | undefined;
  email?: string | undefined;
  /** The person's open cases when the hand-off began (or when a new one was refused), oldest first. */
  openCases?: OpenCase[] | undefined;
  /** The open case chosen to add to. */
  target?: string | undefined;
}

export type SaveOutcome =
  | { kind: 'saved'; number: string; delivery: DeliveryOutcome; at: string }
  | { kind: 'refused'; reason: 'clientLimit' | 'storeFull' | 'unavailable' }
  /** The person has MAX_OPEN_CASES open (another conversation of theirs may have opened one meanwhile). */
  | { kind: 'full'; openCases: OpenCase[] };

/** Where an addition went: the case card's thread, the case itself, or nowhere (the case was resolved meanwhile). */
export type AddedTo = 'thread' | 'case' | 'gone';

export type HandoffInput =
  | {
      kind: 'begin';
      facts: SessionFacts;
      number: string;
      openCases: OpenCase[];
      teams: boolean;
      destination: boolean;
      /** "new case" or "add to case", said before the hand-off began: with cases open, it answers the offer. */
      asked?: 'newCase' | 'addToCase' | undefined;
    }
  /** A message: its text, and the button or card choice it carries, if any. */
  | { kind: 'message'; text: string; choice?: { question?: unknown; choice?: unknown } | undefined }
  | { kind: 'saved'; outcome: SaveOutcome }
  | { kind: 'added'; number: string; to: AddedTo }
  /** After a global command answered beside it ("help", a language): the pending question again. */
  | { kind: 'reprompt' }
  /** Ended by a global command ("cancel", "start over"). */
  | { kind: 'cancelled' };

/** Lines said before the confirmation comes again. */
export type ConfirmPreface = 'addedToDescription' | 'emailInvalid';

export type HandoffSay =
  /** The case summary and "describe it in your words, or skip". */
  | { kind: 'describe'; result: TriageResult }
  /** What the description stated, said back so a misreading shows. */
  | {
      kind: 'read';
      added: { fact: FactName; value: unknown }[];
      changed: { fact: FactName; from: unknown; to: unknown }[];
    }
  /** The case as it will be sent, the description whole, and "shall I send it?". */
  | {
      kind: 'confirm';
      preface: ConfirmPreface[];
      result: TriageResult;
      description?: string | undefined;
      email?: string | undefined;
      teams: boolean;
    }
  /** "Add to case X, or open a new case"; `full`: no new one. */
  | { kind: 'offer'; cases: OpenCase[]; full: boolean }
  | { kind: 'askAddition'; number: string }
  | { kind: 'notSent' }
  | { kind: 'saved'; number: string; delivery: DeliveryOutcome; where: WhereNext; at: string }
  | { kind: 'refused'; reason: 'clientLimit' | 'storeFull' | 'unavailable'; where: WhereNext }
  | { kind: 'added'; number: string; to: AddedTo; destination: boolean; where: WhereNext };

export interface CaseDraft {
  number: string;
  result: TriageResult;
  /** The problem type (H1) goes with the case only where Azure support can act. */
  where: WhereNext;
  description?: string | undefined;
  email?: string | undefined;
}

export type HandoffEffect =
  /** Save the case (refused when the person has `maxOpen` open), then hand it to the destinations: answers `saved`. */
  | { kind: 'saveCase'; draft: CaseDraft; maxOpen: number }
  /** Add the person's message to their open case: answers `added`. */
  | { kind: 'addToCase'; number: string; text: string }
  /** Offer the Azure ticket for the saved case, where it is configured (H1 only). */
  | { kind: 'ticket'; number: string }
  /** The hand-off is over; the triage goes on with these facts. */
  | { kind: 'end'; facts: SessionFacts };

export interface HandoffTurn {
  state: HandoffState;
  say: HandoffSay[];
  effects: HandoffEffect[];
}

export function handoffStep(previous: HandoffState | undefined, input: HandoffInput): HandoffTurn {
  if (input.kind === 'begin' || !previous) return begin(input);
  const turn: HandoffTurn = { state: structuredClone(previous), say: [], effects: [] };
  switch (input.kind) {
    case 'message':
      onMessage(turn, input.text, input.choice);
      break;
    case 'saved':
      onSaved(turn, input.outcome);
      break;
    case 'added':
      turn.say.push({ kind: 'added', number: input.number, to: input.to, destination: turn.state.destination, where: where(turn) });
      end(turn);
      break;
    case 'reprompt':
      ask(turn, []);
      break;
    case 'cancelled':
      turn.say.push({ kind: 'notSent' });
      break;
  }
  return turn;
}

function begin(input: HandoffInput): HandoffTurn {
  if (input.kind !== 'begin') throw new Error('A hand-off begins with its facts.');
  const open = input.openCases.length > 0;
  const state: HandoffState = {
    facts: input.facts,
    number: input.number,
    teams: input.teams,
    destination: input.destination,
    // One case per problem: with a case open, the person says whether this is the same problem.
    asking: open ? 'handoffAddToCase' : 'handoffDescription',
    ...(open && { openCases: input.openCases }),
  };
  const turn: HandoffTurn = { state, say: [], effects: [] };
  if (open && input.asked === 'newCase') newCase(turn);
  else if (open && input.asked === 'addToCase') chooseCase(turn, input.openCases.at(-1)!.number);
  else ask(turn, []);
  return turn;
}

function result(turn: HandoffTurn): TriageResult {
  return triageResult(turn.state.facts);
}

function where(turn: HandoffTurn): WhereNext {
  return whereNextOf(result(turn));
}

function ask(turn: HandoffTurn, preface: ConfirmPreface[]): void {
  const { state } = turn;
  switch (state.asking) {
    case 'handoffAddToCase': {
      const cases = state.openCases ?? [];
      turn.say.push({ kind: 'offer', cases, full: cases.length >= MAX_OPEN_CASES });
      return;
    }
    case 'handoffAddition':
      turn.say.push({ kind: 'askAddition', number: state.target! });
      return;
    case 'handoffDescription':
      turn.say.push({ kind: 'describe', result: result(turn) });
      return;
    case 'handoffConfirm':
      turn.say.push({
        kind: 'confirm',
        preface,
        result: result(turn),
        description: state.description,
        email: state.email,
        teams: state.teams,
      });
      return;
    case 'handoffSaving':
      return;
  }
}

function end(turn: HandoffTurn): void {
  turn.effects.push({ kind: 'end', facts: turn.state.facts });
}

function onMessage(turn: HandoffTurn, text: string, choice: { question?: unknown; choice?: unknown } | undefined): void {
  switch (turn.state.asking) {
    case 'handoffAddToCase':
      onOffer(turn, text, choice);
      return;
    case 'handoffAddition': {
      // The person changed their mind: a new case after all; a button or the case's own words again are no addition.
      const command = choice ? undefined : commandOf(text)?.id;
      if (command === 'newCase') newCase(turn);
      else if (choice || command || !text.trim()) ask(turn, []);
      else add(turn, turn.state.target!, text);
      return;
    }
    case 'handoffDescription':
      onDescription(turn, text, choice);
      return;
    case 'handoffConfirm':
      onConfirm(turn, text, choice);
      return;
    case 'handoffSaving':
      return;
  }
}

/** "Add to case X" (a button, the words, or the case number), "new case", or the message to add to the latest. */
function onOffer(turn: HandoffTurn, text: string, choice: { question?: unknown; choice?: unknown } | undefined): void {
  const { state } = turn;
  const cases = state.openCases ?? [];
  const pressed = choice?.question === 'handoffAddToCase' ? choice.choice : undefined;
  const command = choice ? undefined : commandOf(text)?.id;
  if (pressed === 'new' || command === 'newCase') {
    newCase(turn);
    return;
  }
  const upper = text.toUpperCase();
  const named = cases.find((c) => c.number === pressed) ?? cases.find((c) => upper.includes(c.number));
  // The case alone (its button, its number, "add to case"): what to add is asked; anything more is the addition.
  if (pressed !== undefined || command === 'addToCase' || (named && normalize(text) === normalize(named.number))) {
    if (!named && command !== 'addToCase') {
      ask(turn, []);
      return;
    }
    chooseCase(turn, (named ?? cases.at(-1))!.number);
    return;
  }
  if (!text.trim() || !cases.length) {
    ask(turn, []);
    return;
  }
  add(turn, (named ?? cases.at(-1))!.number, text);
}

/** A new case, with the answers so far; at the most a person may have open, the offer comes again (adding only). */
function newCase(turn: HandoffTurn): void {
  const { state } = turn;
  if ((state.openCases ?? []).length < MAX_OPEN_CASES) state.asking = 'handoffDescription';
  ask(turn, []);
}

function chooseCase(turn: HandoffTurn, number: string): void {
  turn.state.target = number;
  turn.state.asking = 'handoffAddition';
  ask(turn, []);
}

function add(turn: HandoffTurn, number: string, text: string): void {
  turn.state.asking = 'handoffSaving';
  turn.effects.push({ kind: 'addToCase', number, text: cleanText(text.trim(), DESCRIPTION_LIMIT) });
}

function onDescription(turn: HandoffTurn, text: string, choice: { question?: unknown; choice?: unknown } | undefined): void {
  const { state } = turn;
  // Only the whole message skips: a description may well contain "none" or "nothing".
  const said = normalize(text);
  const skipped = choice?.choice === 'skip' || wordsOf((c) => c.handoff.skip).some((w) => normalize(w) === said);
  const description = skipped ? undefined : cleanText(text.trim(), DESCRIPTION_LIMIT) || undefined;
  if (description) readInto(turn, description);
  state.description = description;
  state.asking = 'handoffConfirm';
  ask(turn, []);
}

/** The facts a description states go into the triage's facts, and are said back. */
function readInto(turn: HandoffTurn, text: string): void {
  const read = readDescription(turn.state.facts, text);
  turn.state.facts = read.facts;
  if (read.added.length || read.changed.length) turn.say.push({ kind: 'read', added: read.added, changed: read.changed });
}

function onConfirm(turn: HandoffTurn, text: string, choice: { question?: unknown; choice?: unknown } | undefined): void {
  const { state } = turn;
  if (!state.teams && !choice && text.includes('@')) {
    const email = EMAIL.safeParse(text);
    if (email.success) state.email = email.data;
    ask(turn, email.success ? [] : ['emailInvalid']);
    return;
  }
  const answer =
    choice?.question === 'handoffConfirm' && (choice.choice === 'yes' || choice.choice === 'no')
      ? choice.choice
      : recognize(text, [
          { id: 'yes', words: wordsOf((c) => c.handoff.yes) },
          { id: 'no', words: wordsOf((c) => c.handoff.no) },
        ]);
  if (!answer && !choice && text.trim()) {
    // A sentence here says more about the problem: it goes into the description (and is read), and the whole is shown again.
    const addition = text.trim();
    state.description = cleanText([state.description, addition].filter(Boolean).join('\n\n'), DESCRIPTION_LIMIT);
    readInto(turn, addition);
    ask(turn, ['addedToDescription']);
    return;
  }
  if (!answer) {
    ask(turn, []);
    return;
  }
  if (answer === 'no') {
    turn.say.push({ kind: 'notSent' });
    end(turn);
    return;
  }
  state.asking = 'handoffSaving';
  turn.effects.push({
    kind: 'saveCase',
    draft: { number: state.number, result: result(turn), where: where(turn), description: state.description, email: state.email },
    maxOpen: MAX_OPEN_CASES,
  });
}

function onSaved(turn: HandoffTurn, outcome: SaveOutcome): void {
  const { state } = turn;
  if (outcome.kind === 'full') {
    // Another conversation of the person opened cases meanwhile: what they wrote can still go to one of them.
    state.openCases = outcome.openCases;
    state.asking = 'handoffAddToCase';
    ask(turn, []);
    return;
  }
  if (outcome.kind === 'refused') {
    turn.say.push({ kind: 'refused', reason: outcome.reason, where: where(turn) });
    end(turn);
    return;
  }
  turn.say.push({ kind: 'saved', number: outcome.number, delivery: outcome.delivery, where: where(turn), at: outcome.at });
  // The Azure ticket is a further step once the case is safe, only where Azure support can act (H1): never after
  // O1, S4 or a rejection by the receiving domain (E2).
  if (result(turn).verdict && where(turn) === 'azureSupport') turn.effects.push({ kind: 'ticket', number: outcome.number });
  end(turn);
}

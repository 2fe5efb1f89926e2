/**
 * The shell of the triage: each turn it hands what the person did to the core's step(), sends what
 * the core says, rendered for the channel, and does what needs I/O (sign-in and the Azure lookup,
 * the hand-off, the case status). Its dialog state is the core's session, as it is.
 */
import { Dialog, type DialogContext, type DialogReason, type DialogTurnResult } from 'botbuilder-dialogs';
import { CATALOGS, format, type Locale } from '../src/locale';
import type { TriageResult } from '../src/triage';
import type { Effect } from '../src/triage';
import type { Session } from '../src/triage';
import {
  currentValue,
  isQuestion,
  optionFor,
  QUESTIONS,
  step,
  type AzureOutcome,
  type Input,
  type Asking,
  type FactName,
  type Step,
} from '../src/triage';
import { renderSay } from './render/talk';
import { submitted } from './render/submitted';
import { category as categoryOf } from './render/verdict';
import { summary } from '../src/cases/summary';
import { CLOSED_TRACE, VERDICT_TRACE, type ClosedTrace, type VerdictTrace } from '../src/triage';
import type { SignInBegin, SignInEnded } from './signIn';
import type { HandoffBegin, HandoffEnded } from './handoffDialog';
import { commandOf, type CommandId } from '../src/triage';
import { languageOf, setLanguage } from '../src/conversationLanguage';
import { answeredByTyping, pressNotTaken } from '../src/teams/answeredCards';
import { subscriptionGroup } from '../src/policy/groups';
import type { SubscriptionKind } from '../src/policy/types';

/** Begun by the root: with the first message, with a command and the session it keeps, or with the session alone. */
export interface TriageBegin {
  command?: CommandId;
  session?: Session | undefined;
}

export interface TriageDialogOptions {
  /** The sign-in dialog beside this one; absent = looking subscriptions up in Azure is not configured. */
  signInDialogId?: string | undefined;
  /** The sign-in dialog can also read network facts (Resource Graph) of a verified subscription. */
  network?: boolean | undefined;
  /** The hand-off dialog beside this one; absent = the person is given the portal path instead. */
  handoffDialogId?: string | undefined;
  /** The person's open cases, as text, for "status". */
  status: (dc: DialogContext, locale: Locale) => Promise<string>;
  /** No support team or agent hub is connected: "agent" saves a case and says where to take it, and the lines say so. */
  noTeam?: boolean | undefined;
}

export class TriageDialog extends Dialog<TriageBegin> {
  constructor(
    id = 'triage',
    private readonly options: TriageDialogOptions,
  ) {
    super(id);
  }

  override async beginDialog(dc: DialogContext, begin?: TriageBegin): Promise<DialogTurnResult> {
    const activity = dc.context.activity;
    const locale = languageOf(dc.context);
    if (begin?.command) return this.run(dc, begin.session, { kind: 'command', command: begin.command, locale });
    if (begin?.session) {
      // Back from a part that was cancelled: the session as it was, nothing more to say.
      dc.activeDialog!.state = begin.session;
      return Dialog.EndOfTurn;
    }
    const input: Input =
      activity.type === 'message'
        ? { kind: 'message', text: activity.text ?? '', choice: submitted(activity), locale }
        : { kind: 'start', locale };
    return this.run(dc, begin?.session, input);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const activity = dc.context.activity;
    if (activity.type !== 'message') return Dialog.EndOfTurn;
    const session = dc.activeDialog!.state as Session;
    // "new case" and "add to case" are the hand-off's words; said here, the hand-off begins with them.
    const command = submitted(activity) ? undefined : commandOf(activity.text)?.id;
    if (command === 'newCase' || command === 'addToCase') return this.onCommand(dc, command);
    return this.run(dc, session, {
      kind: 'message',
      text: activity.text ?? '',
      choice: submitted(activity),
      locale: languageOf(dc.context),
    });
  }

  /** A global command the root hands over while the triage holds the conversation. */
  async onCommand(dc: DialogContext, command: CommandId): Promise<DialogTurnResult> {
    return this.run(dc, dc.activeDialog!.state as Session, { kind: 'command', command, locale: languageOf(dc.context) });
  }

  /** The sign-in ended with Azure's answer, or the person typed instead; the hand-off ended with its own reply. */
  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: SignInEnded | HandoffEnded): Promise<DialogTurnResult> {
    const session = dc.activeDialog!.state as Session;
    if (result && 'handoffEnded' in result) {
      // What the description stated is known now: the triage does not ask it again.
      if (result.facts) dc.activeDialog!.state = { ...session, facts: result.facts } satisfies Session;
      return Dialog.EndOfTurn;
    }
    if (result && 'network' in result && result.network) return this.run(dc, session, { kind: 'network', facts: result.network });
    if (result && 'outcome' in result && result.outcome) return this.run(dc, session, { kind: 'azure', outcome: result.outcome });
    const activity = dc.context.activity;
    if (activity.type === 'message' && (activity.text || activity.value)) return this.continueDialog(dc);
    const failed: AzureOutcome = { kind: 'failed', reason: 'signInFailed' };
    return this.run(dc, session, { kind: 'azure', outcome: failed });
  }

  private async run(dc: DialogContext, session: Session | undefined, input: Input): Promise<DialogTurnResult> {
    const lookup = this.options.signInDialogId !== undefined;
    // The conversation's language is one property; the core decides with it and may change it.
    const held = session && { ...session, locale: languageOf(dc.context) };
    const turn = step(held, input, { lookup, network: lookup && this.options.network === true });
    for (const typed of held ? typedChoices(held, input, turn) : []) answeredByTyping(dc.context, typed.question, typed.choice);
    if (turn.say.some((s) => s.kind === 'line' && s.id === 'staleButton')) pressNotTaken(dc.context);
    dc.activeDialog!.state = turn.session;
    const locale = turn.session.locale;
    setLanguage(dc.context, locale);
    const catalog = CATALOGS[locale];
    const activities = renderSay(turn.say, {
      catalog,
      locale,
      channelId: dc.context.activity.channelId,
      summary: (result) => summary(catalog, locale, result),
      noTeam: this.options.noTeam,
    });
    if (activities.length) await dc.context.sendActivities(activities);
    for (const effect of turn.effects) {
      const next = await this.perform(dc, effect, locale);
      if (next) return next;
    }
    return Dialog.EndOfTurn;
  }

  /** What the core asked the shell to do; a dialog begun here answers the rest of the turn. */
  private async perform(dc: DialogContext, effect: Effect, locale: Locale): Promise<DialogTurnResult | undefined> {
    switch (effect.kind) {
      case 'verdictGiven': {
        const trace: VerdictTrace = { outcome: effect.result.verdict!.outcome, rules: effect.result.verdict!.rules };
        await dc.context.sendTraceActivity(VERDICT_TRACE, trace);
        return undefined;
      }
      case 'closed': {
        const verdict = effect.result.verdict!;
        const trace: ClosedTrace = { outcome: verdict.outcome, rules: verdict.rules, solved: effect.solved, escalated: effect.escalated };
        await dc.context.sendTraceActivity(CLOSED_TRACE, trace);
        return undefined;
      }
      case 'status':
        await dc.context.sendActivity(await this.options.status(dc, locale));
        return undefined;
      case 'lookup': {
        const begin: SignInBegin = { subscriptionId: effect.subscriptionId };
        return dc.beginDialog(this.options.signInDialogId!, begin);
      }
      case 'network': {
        const begin: SignInBegin = { network: effect.request };
        return dc.beginDialog(this.options.signInDialogId!, begin);
      }
      case 'handoff':
        return this.handOff(dc, effect.result, locale, effect.asked);
    }
  }

  private async handOff(
    dc: DialogContext,
    result: TriageResult,
    locale: Locale,
    asked?: HandoffBegin['asked'],
  ): Promise<DialogTurnResult | undefined> {
    if (this.options.handoffDialogId) {
      const begin: HandoffBegin = { result, ...(asked && { asked }) };
      return dc.beginDialog(this.options.handoffDialogId, begin);
    }
    // No hand-off here: the portal path with the category, and the summary to paste.
    const catalog = CATALOGS[locale];
    const category = result.verdict ? categoryOf(locale, result.verdict) : undefined;
    const lines = [
      ...(category ? [catalog.escalationIntro, format(catalog.escalationHowTo, { category })] : []),
      summary(catalog, locale, result),
    ];
    await dc.context.sendActivity(lines.join('\n\n'));
    return undefined;
  }
}

/**
 * The options of the pending question that typed words chose, read from what the step settled (step works on a
 * copy of the session): the question's fact now known or changed, for "Did that solve it?" the closing, for a
 * guess its confirmation.
 */
function typedChoices(before: Session, input: Input, turn: Step): { question: Asking; choice: string }[] {
  const question = before.asking;
  if (input.kind !== 'message' || input.choice || !question) return [];
  if (question === 'confirm') return confirmedGuess(before, turn);
  if (question === 'subscriptionGroup') {
    // The rule Azure's reading left open, chosen in words: the card's option is the chosen kind's group.
    const kind = currentValue(turn.session.facts, 'subscription');
    if (typeof kind !== 'string' || kind === currentValue(before.facts, 'subscription')) return [];
    return [{ question, choice: subscriptionGroup(kind as SubscriptionKind) }];
  }
  if (!isQuestion(question)) return [];
  const fact = QUESTIONS[question].fact;
  const closed = turn.effects.find((e) => e.kind === 'closed');
  const value = fact === 'solved' ? closed?.solved : currentValue(turn.session.facts, fact);
  if (value === undefined || (fact !== 'solved' && value === currentValue(before.facts, fact))) return [];
  const choice = optionFor(question, value);
  return choice === undefined ? [] : [{ question, choice }];
}

/**
 * A guess confirmed in words ("yes"): each guessed fact now holds, which also answers the question each fact is
 * asked by (the card asked before the guess). The 従量課金プラン guess asks another question.
 */
function confirmedGuess(before: Session, turn: Step): { question: Asking; choice: string }[] {
  if (!before.guessed || before.guessedConsumptionPlan || turn.session.guessed) return [];
  const guessed = Object.entries(before.guessed) as [FactName, unknown][];
  if (!guessed.every(([fact, value]) => currentValue(turn.session.facts, fact) === value)) return [];
  const asked = guessed.flatMap(([fact, value]) => {
    const question = Object.keys(QUESTIONS)
      .filter(isQuestion)
      .find((q) => QUESTIONS[q].fact === fact);
    const choice = question && optionFor(question, value);
    return question && choice ? [{ question, choice }] : [];
  });
  return [{ question: 'confirm', choice: 'yes' }, ...asked];
}

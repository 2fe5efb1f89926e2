/**
 * The shell of the triage: each turn it hands what the person did to the core's step(), sends what
 * the core says, rendered for the channel, and does what needs I/O (sign-in and the Azure lookup,
 * the hand-off, the case status). Its dialog state is the core's session, as it is.
 */
import { Dialog, type DialogContext, type DialogReason, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Activity } from 'botbuilder';
import { CATALOGS, format, localeFrom, type Locale } from '../src/locale';
import type { TriageResult } from '../src/triage/result';
import type { Effect } from '../src/triage/say';
import type { Session } from '../src/triage/session';
import { step, type AzureOutcome, type Input } from '../src/triage/step';
import { renderSay } from './render/talk';
import { category as categoryOf } from './render/verdict';
import { summary } from '../src/cases/summary';
import { CLOSED_TRACE, VERDICT_TRACE, type ClosedTrace, type VerdictTrace } from '../src/triage/traces';
import type { SignInBegin, SignInEnded } from './signInDialog';
import type { HandoffBegin, HandoffEnded } from './handoffDialog';

export interface TriageDialogOptions {
  /** The sign-in dialog beside this one; absent = looking subscriptions up in Azure is not configured. */
  signInDialogId?: string | undefined;
  /** The sign-in dialog can also read network facts (Resource Graph) of a verified subscription. */
  network?: boolean | undefined;
  /** The hand-off dialog beside this one; absent = the person is given the portal path instead. */
  handoffDialogId?: string | undefined;
  /** The person's open cases, as text, for "status". */
  status?: ((dc: DialogContext, locale: Locale) => Promise<string>) | undefined;
}

/** A card or button submit: {question, choice}, as the renderers send it. */
export function submitted(activity: Partial<Activity>): { question: string; choice: string } | undefined {
  const value: unknown = activity.value;
  if (!value || typeof value !== 'object') return undefined;
  const { question, choice } = value as { question?: unknown; choice?: unknown };
  return typeof question === 'string' && typeof choice === 'string' ? { question, choice } : undefined;
}

export class TriageDialog extends Dialog<{ locale?: Locale }> {
  constructor(
    id = 'triage',
    private readonly options: TriageDialogOptions = {},
  ) {
    super(id);
  }

  override async beginDialog(dc: DialogContext, begin?: { locale?: Locale }): Promise<DialogTurnResult> {
    const activity = dc.context.activity;
    const locale = begin?.locale ?? localeFrom(activity.locale);
    const input: Input =
      activity.type === 'message'
        ? { kind: 'message', text: activity.text ?? '', choice: submitted(activity), locale }
        : { kind: 'start', locale };
    return this.run(dc, undefined, input);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const activity = dc.context.activity;
    if (activity.type !== 'message') return Dialog.EndOfTurn;
    const session = dc.activeDialog!.state as Session;
    return this.run(dc, session, { kind: 'message', text: activity.text ?? '', choice: submitted(activity), locale: session.locale });
  }

  /** The sign-in ended with Azure's answer, or the person typed instead; the hand-off ended with its own reply. */
  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: SignInEnded | HandoffEnded): Promise<DialogTurnResult> {
    const session = dc.activeDialog!.state as Session;
    if (result && 'handoffEnded' in result) return Dialog.EndOfTurn;
    if (result && 'network' in result && result.network) return this.run(dc, session, { kind: 'network', facts: result.network });
    if (result && 'outcome' in result && result.outcome) return this.run(dc, session, { kind: 'azure', outcome: result.outcome });
    const activity = dc.context.activity;
    if (activity.type === 'message' && (activity.text || activity.value)) return this.continueDialog(dc);
    const failed: AzureOutcome = { kind: 'failed', reason: 'signInFailed' };
    return this.run(dc, session, { kind: 'azure', outcome: failed });
  }

  private async run(dc: DialogContext, session: Session | undefined, input: Input): Promise<DialogTurnResult> {
    const lookup = this.options.signInDialogId !== undefined;
    const turn = step(session, input, { lookup, network: lookup && this.options.network === true });
    dc.activeDialog!.state = turn.session;
    const locale = turn.session.locale;
    const catalog = CATALOGS[locale];
    const activities = renderSay(turn.say, {
      catalog,
      locale,
      channelId: dc.context.activity.channelId,
      summary: (result) => summary(catalog, locale, result),
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
        await dc.context.sendActivity(this.options.status ? await this.options.status(dc, locale) : CATALOGS[locale].handoff.statusNone);
        return undefined;
      case 'lookup': {
        const begin: SignInBegin = { locale, subscriptionId: effect.subscriptionId };
        return dc.beginDialog(this.options.signInDialogId!, begin);
      }
      case 'network': {
        const begin: SignInBegin = { locale, network: effect.request };
        return dc.beginDialog(this.options.signInDialogId!, begin);
      }
      case 'handoff':
        return this.handOff(dc, effect.result, locale);
    }
  }

  private async handOff(dc: DialogContext, result: TriageResult, locale: Locale): Promise<DialogTurnResult | undefined> {
    if (this.options.handoffDialogId) {
      const begin: HandoffBegin = { locale, result };
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

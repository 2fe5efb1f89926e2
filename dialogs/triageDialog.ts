/**
 * The triage conversation: asks what triageFlow says is missing, understands the reply,
 * and renders the policy's verdict. It never ends on its own: after a verdict or "cancel",
 * the next message starts a new triage, and the chosen language is kept.
 */
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Activity } from 'botbuilder';
import { evaluateEligibility } from '../src/policy/evaluateEligibility';
import { findOfferId } from '../src/policy/offers';
import { CATALOGS, format, localeFrom, type Catalog, type Locale } from '../src/locale';
import type { CommandId, QuestionId } from '../src/locale/catalog';
import { findSubscriptionId, normalize, recognize, type OptionWords } from './recognizer';
import * as render from './render';
import { CLOSED_TRACE, VERDICT_TRACE, type ClosedTrace, type VerdictTrace } from './traces';
import { emptyAnswers, FACT_VALUES, isClarifyingFact, nextQuestion, toFacts, type Answers } from './triageFlow';

export interface TriageState {
  locale: Locale;
  answers: Answers;
  /** The question waiting for a reply; undefined between triages. */
  asking?: QuestionId;
}

const LOCALES = Object.keys(CATALOGS) as Locale[];

/** Words of every locale for each option of a question, so either language is understood; gathered once per question. */
const gatheredWords = new Map<QuestionId, OptionWords<string>[]>();
function optionWords(question: QuestionId): OptionWords<string>[] {
  let words = gatheredWords.get(question);
  if (!words) {
    words = gatherWords(question);
    gatheredWords.set(question, words);
  }
  return words;
}

function gatherWords(question: QuestionId): OptionWords<string>[] {
  return render.optionIds(CATALOGS.en, question).map((id) => ({
    id,
    words: LOCALES.flatMap((l) => {
      const option = (CATALOGS[l].questions[question].options as Record<string, { label: string; synonyms: string[] }>)[id];
      return option ? [option.label, ...option.synonyms] : [];
    }),
  }));
}

/** Each command's words in every locale, normalized once. */
const COMMAND_WORDS = (Object.keys(CATALOGS.en.commands) as CommandId[]).map(
  (id) => [id, new Set(LOCALES.flatMap((l) => CATALOGS[l].commands[id].map(normalize)))] as const,
);

function recognizeCommand(text: string): CommandId | undefined {
  const said = normalize(text);
  return COMMAND_WORDS.find(([, words]) => words.has(said))?.[0];
}

/** A card or button submit: {question, choice}, as render.question sends it. */
function submitted(activity: Activity): { question?: unknown; choice?: unknown } | undefined {
  const value: unknown = activity.value;
  return value && typeof value === 'object' ? value : undefined;
}

export class TriageDialog extends Dialog<{ locale?: Locale }> {
  constructor(id = 'triage') {
    super(id);
  }

  override async beginDialog(dc: DialogContext, options?: { locale?: Locale }): Promise<DialogTurnResult> {
    const activity = dc.context.activity;
    const command = activity.type === 'message' ? recognizeCommand(activity.text ?? '') : undefined;
    const locale = command === 'japanese' ? 'ja' : command === 'english' ? 'en' : options?.locale ?? localeFrom(activity.locale);
    const state: TriageState = { locale, answers: emptyAnswers() };
    dc.activeDialog!.state = state;
    await this.ask(dc, state, [CATALOGS[locale].welcome]);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const activity = dc.context.activity;
    if (activity.type !== 'message') return Dialog.EndOfTurn;
    const state = dc.activeDialog!.state as TriageState;
    const text = activity.text ?? '';
    const command = recognizeCommand(text);
    if (command) {
      await this.onCommand(dc, state, command);
    } else if (!state.asking) {
      state.answers = emptyAnswers();
      await this.ask(dc, state, [this.catalog(state).startingOver]);
    } else {
      await this.onAnswer(dc, state, state.asking, activity, text);
    }
    return Dialog.EndOfTurn;
  }

  private catalog(state: TriageState): Catalog {
    return CATALOGS[state.locale];
  }

  private async onCommand(dc: DialogContext, state: TriageState, command: CommandId): Promise<void> {
    if (command === 'english' || command === 'japanese') {
      state.locale = command === 'english' ? 'en' : 'ja';
      await this.reask(dc, state, [this.catalog(state).languageSwitched]);
    } else if (command === 'help') {
      await this.reask(dc, state, [format(this.catalog(state).help, { url: this.catalog(state).articleUrl })]);
    } else if (command === 'startOver') {
      state.answers = emptyAnswers();
      await this.ask(dc, state, [this.catalog(state).startingOver]);
    } else {
      state.answers = emptyAnswers();
      state.asking = undefined;
      await dc.context.sendActivity(this.catalog(state).cancelled);
    }
  }

  private async onAnswer(dc: DialogContext, state: TriageState, question: QuestionId, activity: Activity, text: string): Promise<void> {
    const catalog = this.catalog(state);
    const submit = submitted(activity);
    if (submit?.question !== undefined && submit.question !== question) {
      await this.reask(dc, state, [catalog.staleButton]);
      return;
    }
    const options = optionWords(question);
    const choice =
      typeof submit?.choice === 'string' && options.some((o) => o.id === submit.choice)
        ? submit.choice
        : recognize(text, options);

    if (question === 'subscription' && !choice) {
      await this.onSubscriptionText(dc, state, text);
      return;
    }
    if (!choice) {
      await this.reask(dc, state, [format(catalog.notUnderstood, { text: render.quote(text) })]);
      return;
    }
    if (question === 'subscription' && choice === 'unsure') {
      await this.reask(dc, state, [catalog.subscriptionWhereToFind]);
      return;
    }
    await this.record(dc, state, question, choice);
  }

  /** Subscription ids and offer ids, which are not options but answer (or inform) the question. */
  private async onSubscriptionText(dc: DialogContext, state: TriageState, text: string): Promise<void> {
    const catalog = this.catalog(state);
    const id = findSubscriptionId(text);
    if (id?.valid) {
      state.answers.subscriptionId = id.id;
      await this.reask(dc, state, [format(catalog.subscriptionIdAccepted, { id: id.id })]);
      return;
    }
    if (id) {
      await this.reask(dc, state, [format(catalog.subscriptionIdMalformed, { text: render.quote(id.text) })]);
      return;
    }
    const offer = findOfferId(text);
    if (offer?.kind) {
      await this.record(dc, state, 'subscription', offer.kind);
    } else if (offer) {
      await this.reask(dc, state, [format(catalog.offerIdUnknown, { offer: offer.offerId })]);
    } else {
      await this.reask(dc, state, [format(catalog.notUnderstood, { text: render.quote(text) })]);
    }
  }

  private async record(dc: DialogContext, state: TriageState, question: QuestionId, choice: string): Promise<void> {
    const answers = state.answers;
    if (question === 'solved') {
      await this.close(dc, state, choice === 'yes');
      return;
    }
    if (isClarifyingFact(question)) {
      answers.clarified[question] = FACT_VALUES[question][choice];
    } else if (question === 'resource') {
      Object.assign(state.answers, { resource: choice, vnetIntegration: undefined });
    } else {
      Object.assign(state.answers, { [question]: choice });
    }
    await this.ask(dc, state);
  }

  /** Asks the next missing question, or gives the verdict and asks whether it solved the problem. */
  private async ask(dc: DialogContext, state: TriageState, preface: string[] = []): Promise<void> {
    const catalog = this.catalog(state);
    const next = nextQuestion(state.answers);
    if (next) {
      state.asking = next;
      const hint = next === 'vnetIntegration' ? [catalog.vnetIntegrationHint] : [];
      await dc.context.sendActivity(render.question(catalog, next, dc.context.activity.channelId, [...preface, ...hint]));
      return;
    }
    const facts = toFacts(state.answers)!;
    const result = evaluateEligibility(facts);
    if (preface.length) await dc.context.sendActivity(preface.join('\n\n'));
    await dc.context.sendActivity(render.verdict(catalog, state.locale, result));
    const trace: VerdictTrace = { outcome: result.outcome, rules: result.rules };
    await dc.context.sendTraceActivity(VERDICT_TRACE, trace);
    state.asking = 'solved';
    await dc.context.sendActivity(render.question(catalog, 'solved', dc.context.activity.channelId));
  }

  private async reask(dc: DialogContext, state: TriageState, preface: string[]): Promise<void> {
    if (!state.asking) {
      await dc.context.sendActivity(preface.join('\n\n'));
    } else if (state.asking === 'solved') {
      await dc.context.sendActivity(render.question(this.catalog(state), 'solved', dc.context.activity.channelId, preface));
    } else {
      await this.ask(dc, state, preface);
    }
  }

  /** After the verdict: thanks, or the H1 path, or plainly why support cannot help and what can. */
  private async close(dc: DialogContext, state: TriageState, solved: boolean): Promise<void> {
    const catalog = this.catalog(state);
    state.asking = undefined;
    const result = evaluateEligibility(toFacts(state.answers)!);
    const category = solved ? undefined : render.category(state.locale, result);
    const trace: ClosedTrace = { outcome: result.outcome, rules: result.rules, solved, escalated: category !== undefined };
    await dc.context.sendTraceActivity(CLOSED_TRACE, trace);
    if (solved) {
      await dc.context.sendActivity(catalog.solvedThanks);
      return;
    }
    const intro = category
      ? [catalog.escalationIntro, format(catalog.escalationHowTo, { category })]
      : result.rules.includes('E2')
        ? [catalog.receivingDomainNotAzure]
        : [format(catalog.noEscalation, { rules: result.rules.join(', ') })];
    await dc.context.sendActivity(
      [...intro, render.summary(catalog, state.locale, state.answers, result), catalog.anythingElse].join('\n\n'),
    );
  }
}

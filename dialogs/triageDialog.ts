/**
 * The triage conversation: asks what triageFlow says is missing, understands the reply,
 * and renders the policy's verdict. It never ends on its own: after a verdict or "cancel",
 * the next message starts a new triage, and the chosen language is kept.
 */
import { Dialog, type DialogContext, type DialogReason, type DialogTurnResult } from 'botbuilder-dialogs';
import { ActivityTypes, type Activity, type TokenResponse } from 'botbuilder';
import { evaluateEligibility } from '../src/policy/evaluateEligibility';
import { subscriptionGroup } from '../src/policy/groups';
import { findOfferId } from '../src/policy/offers';
import { candidateGroups, candidateKinds } from '../src/policy/quotaIds';
import { CATALOGS, format, localeFrom, type Catalog, type Locale } from '../src/locale';
import type { CommandId, QuestionId } from '../src/locale/catalog';
import { findSubscriptionId, normalize, recognize, type OptionWords } from './recognizer';
import * as render from './render';
import * as renderAzure from './renderAzure';
import type { HandoffEnded } from './handoffDialog';
import type { SubscriptionListItem, SubscriptionLookup, UserToken } from './subscriptionLookup';
import { CLOSED_TRACE, VERDICT_TRACE, type ClosedTrace, type VerdictTrace } from './traces';
import { emptyAnswers, FACT_VALUES, isClarifyingFact, nextQuestion, toFacts, type Answers } from './triageFlow';

export interface TriageState {
  locale: Locale;
  answers: Answers;
  /** The question waiting for a reply; undefined between triages. */
  asking?: QuestionId | renderAzure.AzureQuestion;
  /** The person's subscriptions offered to pick from (never their token). */
  picking?: SubscriptionListItem[];
  /** Sign-in wanted at the end of this turn: to list subscriptions, or to read the given one. */
  signIn?: { subscriptionId?: string };
  /** The verdict escalates and self-help did not solve it: the root begins the hand-off (issue 5). */
  handoffWanted?: boolean;
}

/** How the dialog reaches Azure, handed in by the composition root; absent = lookup not configured. */
export interface AzureLookupOptions {
  lookup: SubscriptionLookup;
  /** The OAuthPrompt beside this dialog that yields the person's token. */
  signInDialogId: string;
  /** Told when sign-in could not start (token service unreachable), for the log. */
  onSignInError?: (error: unknown) => void;
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

/** The words of one subscription kind in every locale. */
function kindWords(kind: string): string[] {
  return optionWords('subscription').find((o) => o.id === kind)?.words ?? [];
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
  constructor(
    id = 'triage',
    private readonly azure?: AzureLookupOptions,
    /** A hand-off dialog beside this one takes escalations (issue 5). */
    private readonly handoffEnabled = false,
  ) {
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
    } else if (state.asking === 'pickSubscription' || state.asking === 'subscriptionGroup') {
      await this.onAzureAnswer(dc, state, state.asking, activity, text);
    } else {
      await this.onAnswer(dc, state, state.asking, activity, text);
    }
    return this.signInIfWanted(dc, state);
  }

  /** The sign-in prompt ended: with a token, read Azure as the person; without, go on with what they typed. */
  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: TokenResponse | HandoffEnded): Promise<DialogTurnResult> {
    // The hand-off ended: it gave this turn's answer.
    if (result && 'handoffEnded' in result) return Dialog.EndOfTurn;
    const state = dc.activeDialog!.state as TriageState;
    const wanted = state.signIn;
    state.signIn = undefined;
    const activity = dc.context.activity;
    if (!result?.token || !wanted || !this.azure) {
      // The person typed instead of signing in (an answer or a command): nothing they said is lost.
      if (activity.type === 'message' && activity.text) return this.continueDialog(dc);
      await this.reask(dc, state, [this.catalog(state).azure.signInFailed]);
      return Dialog.EndOfTurn;
    }
    const user: UserToken = {
      userKey: `${activity.channelId}:${activity.from.id}`,
      token: result.token,
      expiresOn: result.expiration ? new Date(result.expiration) : undefined,
    };
    await dc.context.sendActivity({ type: ActivityTypes.Typing });
    if (wanted.subscriptionId) await this.verify(dc, state, user, wanted.subscriptionId);
    else await this.offerSubscriptions(dc, state, user);
    return this.signInIfWanted(dc, state);
  }

  private async signInIfWanted(dc: DialogContext, state: TriageState): Promise<DialogTurnResult> {
    if (!state.signIn || !this.azure) return Dialog.EndOfTurn;
    try {
      return await dc.beginDialog(this.azure.signInDialogId, { prompt: this.catalog(state).azure.signInPrompt });
    } catch (error) {
      // The token service failed: the prompt never started, and the person answers by hand instead.
      this.azure.onSignInError?.(error);
      if (dc.activeDialog?.id === this.azure.signInDialogId) dc.stack.pop();
      state.signIn = undefined;
      await this.askSubscription(dc, state, [this.catalog(state).azure.unavailable]);
      return Dialog.EndOfTurn;
    }
  }

  private async offerSubscriptions(dc: DialogContext, state: TriageState, user: UserToken): Promise<void> {
    const catalog = this.catalog(state);
    const outcome = await this.azure!.lookup.list(user);
    if (outcome.kind === 'unavailable') {
      await this.askSubscription(dc, state, [catalog.azure.unavailable]);
    } else if (!outcome.subscriptions.length) {
      await this.askSubscription(dc, state, [catalog.azure.noSubscriptions]);
    } else {
      state.picking = outcome.subscriptions;
      state.asking = 'pickSubscription';
      await dc.context.sendActivity(renderAzure.pick(catalog, outcome.subscriptions, dc.context.activity.channelId));
    }
  }

  /** Reads the subscription as the person and settles the type as far as Azure's data goes. */
  private async verify(dc: DialogContext, state: TriageState, user: UserToken, subscriptionId: string): Promise<void> {
    const catalog = this.catalog(state);
    state.answers.subscriptionId = subscriptionId;
    state.picking = undefined;
    const outcome = await this.azure!.lookup.get(user, subscriptionId);
    if (outcome.kind === 'notFoundOrForbidden') {
      await this.askSubscription(dc, state, [format(catalog.azure.notFoundOrForbidden, { id: subscriptionId })]);
      return;
    }
    if (outcome.kind === 'unavailable') {
      await this.askSubscription(dc, state, [catalog.azure.unavailable]);
      return;
    }
    const { kinds, knownQuotaId } = candidateKinds(outcome.facts);
    const azure = { ...outcome.facts, kinds };
    Object.assign(state.answers, { azure, subscription: undefined, subscriptionSource: undefined });
    const said = renderAzure.verified(catalog, azure, knownQuotaId);
    const groups = candidateGroups(kinds);
    if (groups.length === 1) {
      // One rule whatever the exact kind: the verdict is the same for each of them.
      Object.assign(state.answers, { subscription: kinds[0], subscriptionSource: 'azure' });
      await this.ask(dc, state, said);
    } else if (!knownQuotaId) {
      await this.askSubscription(dc, state, said);
    } else {
      state.asking = 'subscriptionGroup';
      await dc.context.sendActivity(renderAzure.separate(catalog, kinds, groups, dc.context.activity.channelId, said));
    }
  }

  /** Back to the subscription question, keeping every answer so far. */
  private async askSubscription(dc: DialogContext, state: TriageState, preface: string[]): Promise<void> {
    state.picking = undefined;
    state.asking = 'subscription';
    await dc.context.sendActivity(
      render.question(this.catalog(state), 'subscription', dc.context.activity.channelId, preface, this.signInOption(state)),
    );
  }

  private signInOption(state: TriageState): { choice: string; label: string }[] {
    return this.azure ? [{ choice: 'signIn', label: this.catalog(state).azure.signInOption.label }] : [];
  }

  private wantsSignIn(activity: Activity, text: string): boolean {
    if (!this.azure) return false;
    if (submitted(activity)?.choice === 'signIn') return true;
    const words = LOCALES.flatMap((l) => [CATALOGS[l].azure.signInOption.label, ...CATALOGS[l].azure.signInOption.synonyms]);
    return recognize(text, [{ id: 'signIn', words }]) === 'signIn';
  }

  private async onAzureAnswer(
    dc: DialogContext,
    state: TriageState,
    question: renderAzure.AzureQuestion,
    activity: Activity,
    text: string,
  ): Promise<void> {
    const catalog = this.catalog(state);
    const submit = submitted(activity);
    if (submit?.question !== undefined && submit.question !== question) {
      await this.reask(dc, state, [catalog.staleButton]);
      return;
    }
    const kinds = state.answers.azure?.kinds ?? [];
    if (question === 'subscriptionGroup') {
      const groups = candidateGroups(kinds);
      const options = renderAzure.groupOptions(catalog, kinds, groups).map((o) => ({
        id: o.choice,
        // Every kind's words in every language, so "EA" or "従量課金" picks its rule.
        words: kinds.filter((k) => subscriptionGroup(k) === o.choice).flatMap((k) => kindWords(k)),
      }));
      const choice = typeof submit?.choice === 'string' && groups.some((g) => g === submit.choice) ? submit.choice : recognize(text, options);
      const kind = kinds.find((k) => subscriptionGroup(k) === choice);
      if (!kind) {
        await this.reask(dc, state, [format(catalog.notUnderstood, { text: render.quote(text) })]);
        return;
      }
      Object.assign(state.answers, { subscription: kind, subscriptionSource: 'azureAndCustomer' });
      await this.ask(dc, state);
      return;
    }
    const picking = state.picking ?? [];
    const pasted = findSubscriptionId(text);
    const options = renderAzure.pickOptions(picking).map((o, i) => ({
      id: o.choice,
      words: [o.label, o.choice, picking[i]?.displayName ?? ''],
    }));
    const picked =
      typeof submit?.choice === 'string' && picking.some((s) => s.subscriptionId === submit.choice)
        ? submit.choice
        : pasted?.valid
          ? pasted.id
          : recognize(text, options);
    if (picked) {
      state.signIn = { subscriptionId: picked };
      return;
    }
    // The person may answer with the type itself instead of picking.
    const kind = recognize(text, optionWords('subscription'));
    if (kind && kind !== 'unsure') {
      state.picking = undefined;
      await this.record(dc, state, 'subscription', kind);
      return;
    }
    await this.reask(dc, state, [format(catalog.azure.pickNotUnderstood, { text: render.quote(text) })]);
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

    if (question === 'subscription' && (submit?.choice === 'signIn' || !choice) && this.wantsSignIn(activity, text)) {
      state.signIn = {};
      return;
    }
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
    if (id?.valid && this.azure) {
      state.signIn = { subscriptionId: id.id };
      return;
    }
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
    } else if (question === 'subscription') {
      Object.assign(state.answers, { subscription: choice, subscriptionSource: 'customer' });
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
      const extra = next === 'subscription' ? this.signInOption(state) : [];
      await dc.context.sendActivity(render.question(catalog, next, dc.context.activity.channelId, [...preface, ...hint], extra));
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
    } else if (state.asking === 'pickSubscription') {
      await dc.context.sendActivity(renderAzure.pick(this.catalog(state), state.picking ?? [], dc.context.activity.channelId, preface));
    } else if (state.asking === 'subscriptionGroup') {
      const kinds = state.answers.azure?.kinds ?? [];
      await dc.context.sendActivity(
        renderAzure.separate(this.catalog(state), kinds, candidateGroups(kinds), dc.context.activity.channelId, preface),
      );
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
    if (category && this.handoffEnabled) {
      state.handoffWanted = true;
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

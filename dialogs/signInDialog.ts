/**
 * Signing in to read the subscription from Azure as the person: the OAuth prompt beside it, then
 * the person's subscriptions to pick from (unless they gave one), then what Azure says of it.
 * It ends with Azure's answer for the core, or with nothing when the person typed something else
 * instead (their message then goes to the triage, so nothing they said is lost).
 */
import {
  Dialog,
  OAuthPrompt,
  type DialogContext,
  type DialogInstance,
  type DialogReason,
  type DialogTurnResult,
  type OAuthPromptSettings,
} from 'botbuilder-dialogs';
import { ActivityTypes, type TokenResponse, type TurnContext } from 'botbuilder';
import { CATALOGS, format } from '../src/locale';
import { languageOf } from '../src/conversationLanguage';
import { safeEcho } from '../src/locale/markdown';
import { candidateKinds } from '../src/policy/quotaIds';
import { findSubscriptionId, read, type AzureOutcome } from '../src/triage';
import * as renderAzure from './render/azure';
import { recognize } from '../src/recognizer';
import type { SubscriptionListItem, SubscriptionLookup, UserToken } from '../src/azure/subscriptionLookup';
import { submitted } from './render/submitted';
import { unread, type SignInBegin, type SignInEnded } from './signIn';
import type { NetworkLookup } from '../src/azure/networkLookup';
import { answeredByTyping } from '../src/teams/answeredCards';

interface SignInState extends SignInBegin {
  user?: UserToken | undefined;
  picking?: SubscriptionListItem[] | undefined;
}

export interface SignInDialogOptions {
  /** The OAuthPrompt beside this dialog that yields the person's token. */
  promptDialogId: string;
  lookup: SubscriptionLookup;
  /** Reads the network facts with Resource Graph; absent = not configured. */
  network?: NetworkLookup | undefined;
  /** Told when sign-in could not start (token service unreachable), for the log. */
  onSignInError?: ((error: unknown) => void) | undefined;
}

export class SignInDialog extends Dialog<SignInBegin> {
  constructor(
    id: string,
    private readonly options: SignInDialogOptions,
  ) {
    super(id);
  }

  override async beginDialog(dc: DialogContext, begin?: SignInBegin): Promise<DialogTurnResult> {
    const state: SignInState = { subscriptionId: begin?.subscriptionId, network: begin?.network };
    dc.activeDialog!.state = state;
    try {
      return await dc.beginDialog(this.options.promptDialogId, { prompt: CATALOGS[languageOf(dc.context)].azure.signInPrompt });
    } catch (error) {
      // The token service failed: the prompt never started, and the person answers by hand instead.
      this.options.onSignInError?.(error);
      if (dc.activeDialog?.id === this.options.promptDialogId) dc.stack.pop();
      const ended: SignInEnded = state.network
        ? { network: unread(state.network) }
        : { outcome: { kind: 'failed', reason: 'unavailable' } };
      return dc.endDialog(ended);
    }
  }

  /** The prompt ended: with a token, read Azure as the person; without, the person typed instead of signing in. */
  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: TokenResponse): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as SignInState;
    const activity = dc.context.activity;
    if (!result?.token) {
      const typed = activity.type === 'message' && Boolean(activity.text || activity.value);
      if (state.network && !typed) return dc.endDialog({ network: unread(state.network) } satisfies SignInEnded);
      return dc.endDialog((typed ? {} : { outcome: { kind: 'failed', reason: 'signInFailed' } }) satisfies SignInEnded);
    }
    state.user = {
      userKey: `${activity.channelId}:${activity.from.id}`,
      token: result.token,
      expiresOn: result.expiration ? new Date(result.expiration) : undefined,
    };
    await dc.context.sendActivity({ type: ActivityTypes.Typing });
    if (state.network) {
      const network = this.options.network ? await this.options.network.read(state.user, state.network) : unread(state.network);
      return dc.endDialog({ network } satisfies SignInEnded);
    }
    if (state.subscriptionId) return dc.endDialog({ outcome: await this.read(state.user, state.subscriptionId) } satisfies SignInEnded);
    const listed = await this.options.lookup.list(state.user);
    if (listed.kind === 'unavailable') return dc.endDialog({ outcome: { kind: 'failed', reason: 'unavailable' } } satisfies SignInEnded);
    if (!listed.subscriptions.length) return dc.endDialog({ outcome: { kind: 'failed', reason: 'noSubscriptions' } } satisfies SignInEnded);
    state.picking = listed.subscriptions;
    await dc.context.sendActivity(
      renderAzure.pickSubscriptionActivity(CATALOGS[languageOf(dc.context)], listed.subscriptions, activity.channelId),
    );
    return Dialog.EndOfTurn;
  }

  /** After "help" or a language: the person's subscriptions to pick from again, in the conversation's language. */
  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const picking = (instance.state as SignInState).picking;
    if (picking)
      await context.sendActivity(renderAzure.pickSubscriptionActivity(CATALOGS[languageOf(context)], picking, context.activity.channelId));
  }

  /** The pick: a button, a number, a name or a pasted id; anything else goes back to the triage. */
  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const activity = dc.context.activity;
    if (activity.type !== 'message') return Dialog.EndOfTurn;
    const state = dc.activeDialog!.state as SignInState;
    const picking = state.picking ?? [];
    const text = activity.text ?? '';
    const submit = submitted(activity);
    const pasted = findSubscriptionId(text);
    const options = renderAzure
      .pickOptions(picking)
      .map((o, i) => ({ id: o.choice, words: [o.label, o.choice, picking[i]?.displayName ?? ''] }));
    const picked =
      submit?.question === 'pickSubscription' && picking.some((s) => s.subscriptionId === submit.choice)
        ? submit.choice
        : pasted?.valid
          ? pasted.id
          : recognize(text, options);
    if (!picked || !state.user) {
      const reading = read(text);
      // Neither a pick nor anything the triage understands: the pick again, with what was not understood.
      if (!submit && !Object.keys(reading.facts).length && !reading.intents.length && !reading.topics.length) {
        const preface = [format(CATALOGS[languageOf(dc.context)].azure.pickNotUnderstood, { text: safeEcho(text) })];
        await dc.context.sendActivity(
          renderAzure.pickSubscriptionActivity(CATALOGS[languageOf(dc.context)], picking, activity.channelId, preface),
        );
        return Dialog.EndOfTurn;
      }
      return dc.endDialog({} satisfies SignInEnded);
    }
    if (!submit) answeredByTyping(dc.context, 'pickSubscription', picked);
    await dc.context.sendActivity({ type: ActivityTypes.Typing });
    return dc.endDialog({ outcome: await this.read(state.user, picked) } satisfies SignInEnded);
  }

  /** The subscription as Azure describes it to the person, and the kinds that leaves possible. */
  private async read(user: UserToken, subscriptionId: string): Promise<AzureOutcome> {
    const outcome = await this.options.lookup.get(user, subscriptionId);
    if (outcome.kind === 'notFoundOrForbidden') return { kind: 'failed', reason: 'notFoundOrForbidden', subscriptionId };
    if (outcome.kind === 'unavailable') return { kind: 'failed', reason: 'unavailable', subscriptionId };
    const { kinds, knownQuotaId, contradiction } = candidateKinds(outcome.facts);
    return { kind: 'verified', subscription: { ...outcome.facts, kinds }, knownQuotaId, contradiction: contradiction === true };
  }
}

/**
 * The OAuth prompt, asked again: botbuilder's sends its card only once, so after "help" or a language the
 * person would be left without it. The card comes again, its text in the conversation's language.
 */
export class SignInPrompt extends OAuthPrompt {
  constructor(
    id: string,
    private readonly cardSettings: OAuthPromptSettings,
  ) {
    super(id, cardSettings);
  }

  override async repromptDialog(context: TurnContext): Promise<void> {
    await OAuthPrompt.sendOAuthCard(this.cardSettings, context, CATALOGS[languageOf(context)].azure.signInPrompt);
  }
}

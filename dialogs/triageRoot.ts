/**
 * The root dialog: the triage, and beside it the OAuthPrompt it begins when the person wants
 * their subscription read from Azure (without an OAuth connection there is no prompt, and the
 * triage keeps the manual path), and the hand-off to a human (issue 5), which it begins when the
 * person asks for one at any point or when the triage escalates.
 */
import { ComponentDialog, Dialog, OAuthPrompt, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { CATALOGS, type Locale } from '../src/locale';
import { handoffCommand, HandoffDialog, type HandoffBegin, type HandoffOptions } from './handoffDialog';
import * as renderHandoff from './renderHandoff';
import { TicketDialog } from './ticketDialog';
import type { SubscriptionLookup } from './subscriptionLookup';
import { TriageDialog, type TriageState } from './triageDialog';

export interface SignInOptions {
  /** The Azure Bot OAuth connection (OAUTH_CONNECTION_NAME). */
  connectionName: string;
  lookup: SubscriptionLookup;
  /** How long a sign-in card stays valid. */
  timeoutMs?: number;
  onSignInError?: (error: unknown) => void;
}

const SIGN_IN = 'signIn';
const TRIAGE = 'triage';
const HANDOFF = 'handoff';
const TICKET = 'ticket';

export class TriageRoot extends ComponentDialog {
  constructor(
    signIn?: SignInOptions,
    private readonly handoff?: HandoffOptions,
  ) {
    super('triageRoot');
    this.addDialog(
      new TriageDialog(
        TRIAGE,
        signIn && { lookup: signIn.lookup, signInDialogId: SIGN_IN, onSignInError: signIn.onSignInError },
        handoff !== undefined,
      ),
    );
    if (signIn) {
      this.addDialog(
        new OAuthPrompt(SIGN_IN, {
          connectionName: signIn.connectionName,
          // The card is made once for every conversation, so its button speaks both languages.
          title: `${CATALOGS.en.azure.signInButton} / ${CATALOGS.ja.azure.signInButton}`,
          timeout: signIn.timeoutMs ?? 5 * 60_000,
          // A typed answer instead of signing in ends the prompt, and the triage reads the answer.
          endOnInvalidMessage: true,
        }),
      );
    }
    // The ticket is created as the person, so it needs the sign-in prompt.
    const ticket = signIn && handoff?.ticket;
    if (handoff) this.addDialog(new HandoffDialog(HANDOFF, ticket ? { ...handoff, ticketDialogId: TICKET } : handoff));
    if (ticket) this.addDialog(new TicketDialog(TICKET, { signInDialogId: SIGN_IN, create: ticket.create }));
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const activity = innerDc.context.activity;
    const active = innerDc.activeDialog;
    const triage = active?.id === TRIAGE ? (active.state as TriageState) : undefined;
    // The triage, the hand-off and the ticket all keep the conversation's language.
    const locale = active && [TRIAGE, HANDOFF, TICKET].includes(active.id) ? (active.state as { locale: Locale }).locale : undefined;
    if (this.handoff && locale && activity.type === 'message') {
      const command = handoffCommand(activity.text ?? '');
      if (command === 'status') {
        const cases = await this.handoff.store.openCasesOf(`${activity.channelId}:${activity.from.id}`);
        await innerDc.context.sendActivity(renderHandoff.status(CATALOGS[locale], locale, this.handoff.hours, cases));
        return Dialog.EndOfTurn;
      }
      if (command === 'human' && triage) return this.beginHandoff(innerDc, triage);
    }
    const result = await super.onContinueDialog(innerDc);
    if (triage?.handoffWanted && innerDc.activeDialog?.id === TRIAGE) {
      triage.handoffWanted = undefined;
      return this.beginHandoff(innerDc, triage);
    }
    return result;
  }

  private beginHandoff(innerDc: DialogContext, triage: TriageState): Promise<DialogTurnResult> {
    const begin: HandoffBegin = { locale: triage.locale, answers: triage.answers };
    return innerDc.beginDialog(HANDOFF, begin);
  }
}

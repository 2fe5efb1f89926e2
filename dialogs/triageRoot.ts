/**
 * The root dialog: the triage, and beside it the sign-in (an OAuthPrompt and the Azure lookup) when an
 * OAuth connection is configured, and the hand-off to a human (with the Azure ticket) when cases are.
 * The triage's core reads every command in any words; while the hand-off or the sign-in holds the
 * conversation, "status" is still answered here.
 */
import { ComponentDialog, Dialog, OAuthPrompt, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { CATALOGS, format, type Locale } from '../src/locale';
import { TEAMS_CHAT_TEXT } from '../src/locale/teamsChat';
import { read } from '../src/triage/reader';
import { HandoffDialog } from './handoffDialog';
import type { HandoffOptions } from '../src/handoff/handoffOptions';
import * as renderHandoff from './render/handoff';
import { SignInDialog } from './signInDialog';
import { TicketDialog } from './ticketDialog';
import type { SubscriptionLookup } from '../src/azure/subscriptionLookup';
import type { NetworkLookup } from '../src/azure/networkLookup';
import { TriageDialog } from './triageDialog';

export interface SignInOptions {
  /** The Azure Bot OAuth connection (OAUTH_CONNECTION_NAME). */
  connectionName: string;
  lookup: SubscriptionLookup;
  /** Reads the network facts of a verified subscription with Resource Graph, as the person. */
  network?: NetworkLookup;
  /** How long a sign-in card stays valid. */
  timeoutMs?: number;
  onSignInError?: (error: unknown) => void;
}

const PROMPT = 'signInPrompt';
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
      new TriageDialog(TRIAGE, {
        signInDialogId: signIn ? SIGN_IN : undefined,
        network: signIn?.network !== undefined,
        handoffDialogId: handoff ? HANDOFF : undefined,
        status: handoff && ((dc, locale) => this.status(dc, locale)),
      }),
    );
    if (signIn) {
      this.addDialog(
        new OAuthPrompt(PROMPT, {
          connectionName: signIn.connectionName,
          // The card is made once for every conversation, so its button speaks both languages.
          title: `${CATALOGS.en.azure.signInButton} / ${CATALOGS.ja.azure.signInButton}`,
          timeout: signIn.timeoutMs ?? 5 * 60_000,
          // A typed answer instead of signing in ends the prompt, and the triage reads the answer.
          endOnInvalidMessage: true,
        }),
      );
      this.addDialog(
        new SignInDialog(SIGN_IN, {
          promptDialogId: PROMPT,
          lookup: signIn.lookup,
          network: signIn.network,
          onSignInError: signIn.onSignInError,
        }),
      );
    }
    // The ticket is created as the person, so it needs the sign-in prompt.
    const ticket = signIn && handoff?.ticket;
    if (handoff) this.addDialog(new HandoffDialog(HANDOFF, ticket ? { ...handoff, ticketDialogId: TICKET } : handoff));
    if (ticket) this.addDialog(new TicketDialog(TICKET, { signInDialogId: PROMPT, create: ticket.create, contacts: ticket.contacts }));
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const activity = innerDc.context.activity;
    const active = innerDc.activeDialog;
    const locale = (active?.state as { locale?: Locale } | undefined)?.locale;
    if (
      this.handoff &&
      locale &&
      active?.id !== TRIAGE &&
      activity.type === 'message' &&
      read(activity.text ?? '').intents.includes('status')
    ) {
      await innerDc.context.sendActivity(await this.status(innerDc, locale));
      return Dialog.EndOfTurn;
    }
    return super.onContinueDialog(innerDc);
  }

  private async status(dc: DialogContext, locale: Locale): Promise<string> {
    const activity = dc.context.activity;
    const cases = await this.handoff!.store.openCasesOf(`${activity.channelId}:${activity.from.id}`);
    // Everyone in a Teams group chat or channel reads the answer: there it says only how many.
    if (activity.channelId === 'msteams' && activity.conversation.conversationType !== 'personal') {
      const text = TEAMS_CHAT_TEXT[locale];
      return cases.length ? format(text.statusInGroup, { count: String(cases.length) }) : text.statusInGroupNone;
    }
    return renderHandoff.status(CATALOGS[locale], locale, this.handoff!.hours, cases);
  }
}

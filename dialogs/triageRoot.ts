/**
 * The root dialog: the triage, and beside it the sign-in (an OAuthPrompt and the Azure lookup) when an
 * OAuth connection is configured, and the hand-off to a human (with the Azure ticket) when cases are.
 * Global commands (commands.ts) are acted on here, before any child dialog sees the message: the
 * interruption pattern of the Bot Framework core-bot sample's CancelAndHelpDialog. The children handle
 * only their own local commands.
 */
import { ComponentDialog, Dialog, DialogReason, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { CATALOGS, formatCount, localeFrom, type Locale } from '../src/locale';
import { COMMANDS, commandOf, type Command, type CommandId } from '../src/triage';
import type { Session } from '../src/triage';
import { HandoffDialog } from './handoffDialog';
import type { HandoffState } from '../src/cases/handoffStep';
import type { HandoffOptions } from '../src/handoff/handoffOptions';
import * as renderHandoff from './render/handoff';
import { renderSay } from './render/talk';
import { submitted } from './render/submitted';
import { SignInDialog, SignInPrompt } from './signInDialog';
import { notCompleted, type SignInBegin } from './signIn';
import { TicketDialog } from './ticketDialog';
import type { SubscriptionLookup } from '../src/azure/subscriptionLookup';
import type { NetworkLookup } from '../src/azure/networkLookup';
import { TriageDialog, type TriageBegin } from './triageDialog';
import { heldLanguage, holdLanguage, languageOf, setLanguage, type LanguageHolder } from '../src/conversationLanguage';
import { inTeamsGroup } from '../src/teams/teamsText';

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

/** The parts already on their way to a person: asking for one there asks the pending question again. */
const WITH_A_PERSON = new Set([HANDOFF, TICKET]);

export class TriageRoot extends ComponentDialog {
  private readonly triage: TriageDialog;

  constructor(
    signIn?: SignInOptions,
    private readonly handoff?: HandoffOptions,
  ) {
    super('triageRoot');
    this.triage = new TriageDialog(TRIAGE, {
      signInDialogId: signIn ? SIGN_IN : undefined,
      network: signIn?.network !== undefined,
      handoffDialogId: handoff ? HANDOFF : undefined,
      status: (dc, locale) => this.status(dc, locale),
      noTeam: handoff?.deliver === undefined,
    });
    this.addDialog(this.triage);
    if (signIn) {
      this.addDialog(
        new SignInPrompt(PROMPT, {
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

  protected override async onBeginDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const holder = this.holdLanguage(innerDc);
    holder.language ??= localeFrom(innerDc.context.activity.locale);
    const command = this.globalCommand(innerDc);
    if (command) await this.follow(innerDc, command);
    return innerDc.beginDialog(TRIAGE, (command ? { command: command.id } : {}) satisfies TriageBegin);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    this.holdLanguage(innerDc);
    const command = this.globalCommand(innerDc);
    if (!command) return super.onContinueDialog(innerDc);
    await this.follow(innerDc, command);
    return this.interrupt(innerDc, command.id);
  }

  /** The conversation's language property, as the bot loaded it; run on its own, the root keeps it in its state. */
  private holdLanguage(innerDc: DialogContext): LanguageHolder {
    const held = heldLanguage(innerDc.context);
    if (held) return held;
    const own = innerDc.parent!.activeDialog!.state as LanguageHolder;
    holdLanguage(innerDc.context, own);
    return own;
  }

  /** A typed message that is a global command; a button's submit is an answer to its own question. */
  private globalCommand(dc: DialogContext): Command | undefined {
    const activity = dc.context.activity;
    if (activity.type !== 'message' || submitted(activity)) return undefined;
    const command = commandOf(activity.text);
    return command && COMMANDS[command.id] === 'global' ? command : undefined;
  }

  /** A command in the other language's words ("最初から" in an English conversation) moves the conversation to it. */
  private async follow(dc: DialogContext, command: Command): Promise<void> {
    if (!command.language || command.language === languageOf(dc.context) || command.id === 'english' || command.id === 'japanese') return;
    setLanguage(dc.context, command.language);
    await dc.context.sendActivities(this.lines(dc, command.language, 'languageFollowed'));
  }

  /**
   * The triage takes every command as an input and keeps its session. Over another part: "status", "help" and
   * a language are answered and that part asks its question again; "cancel" ends it (it says what it dropped)
   * and the triage stands; "start over" and "a person" end it and go to the triage.
   */
  private async interrupt(innerDc: DialogContext, command: CommandId): Promise<DialogTurnResult> {
    const active = innerDc.activeDialog;
    if (active?.id === TRIAGE) return this.triage.onCommand(innerDc, command);
    const locale = languageOf(innerDc.context);
    switch (command) {
      case 'status':
        await innerDc.context.sendActivity(await this.status(innerDc, locale));
        return Dialog.EndOfTurn;
      case 'help':
        await innerDc.context.sendActivities(this.lines(innerDc, locale, 'help'));
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      case 'english':
      case 'japanese': {
        const chosen: Locale = command === 'japanese' ? 'ja' : 'en';
        setLanguage(innerDc.context, chosen);
        await innerDc.context.sendActivities(this.lines(innerDc, chosen, 'languageSwitched'));
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      }
      case 'human':
        if (active && WITH_A_PERSON.has(active.id)) {
          await innerDc.repromptDialog();
          return Dialog.EndOfTurn;
        }
        break;
      default:
        break;
    }
    const triage = innerDc.stack.find((d) => d.id === TRIAGE)?.state as Session | undefined;
    // What a description stated stays known though the case was not sent: the triage does not ask it again.
    const handoff = innerDc.stack.find((d) => d.id === HANDOFF)?.state as HandoffState | undefined;
    const session = triage && handoff ? { ...triage, facts: handoff.facts } : triage;
    const signIn = innerDc.stack.find((d) => d.id === SIGN_IN)?.state as SignInBegin | undefined;
    await innerDc.cancelAllDialogs();
    // "cancel" at the sign-in: it did not complete, and the triage asks by hand what it would have read.
    if (command === 'cancel' && session && signIn) {
      await innerDc.beginDialog(TRIAGE, { session } satisfies TriageBegin);
      return this.triage.resumeDialog(innerDc, DialogReason.endCalled, notCompleted(signIn));
    }
    // "cancel" ends the part that asked (it says what it dropped); the triage stands as it was.
    if (command === 'cancel' && session) return innerDc.beginDialog(TRIAGE, { session } satisfies TriageBegin);
    return innerDc.beginDialog(TRIAGE, { command, session } satisfies TriageBegin);
  }

  private lines(dc: DialogContext, locale: Locale, id: 'help' | 'languageSwitched' | 'languageFollowed') {
    const catalog = CATALOGS[locale];
    return renderSay([{ kind: 'line', id }], {
      catalog,
      locale,
      channelId: dc.context.activity.channelId,
      summary: () => '',
      noTeam: this.handoff?.deliver === undefined,
    });
  }

  private async status(dc: DialogContext, locale: Locale): Promise<string> {
    if (!this.handoff) return CATALOGS[locale].handoff.statusNone;
    const activity = dc.context.activity;
    const cases = await this.handoff.store.openCasesOf(`${activity.channelId}:${activity.from.id}`);
    // Everyone in a Teams group chat or channel reads the answer: there it says only how many.
    if (inTeamsGroup(activity)) {
      const texts = CATALOGS[locale];
      return cases.length ? formatCount(texts, texts.teamsChat.statusInGroup, cases.length) : texts.teamsChat.statusInGroupNone;
    }
    return renderHandoff.status(CATALOGS[locale], locale, this.handoff.hours, cases, this.handoff.deliver !== undefined);
  }
}

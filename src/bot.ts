/** The ActivityHandler: runs the triage dialog for each turn and saves the conversation state. */
import { ActivityHandler, type ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog, type DialogState } from 'botbuilder-dialogs';
import { CATALOGS, localeFrom, type Locale } from './locale';
import type { Logger } from './logger';
import { runOptimistically } from './storage/optimisticTurn';
import { normalize } from '../dialogs/recognizer';

export interface TriageBotOptions {
  /** How many times a turn runs again when another instance saved the same conversation first. */
  conflictRetries: number;
  logger?: Logger;
}

const LOCALES = Object.keys(CATALOGS) as Locale[];

/** The language of the "forget me" words the person typed, if they typed them. */
function forgetMeIn(text: string | undefined): Locale | undefined {
  const said = normalize(text ?? '');
  return LOCALES.find((l) => CATALOGS[l].commands.forgetMe.some((w) => normalize(w) === said));
}

interface StackEntry {
  state?: { locale?: unknown; dialogs?: { dialogStack?: StackEntry[] } };
}

/** The triage keeps the chosen language in its own state, inside the root dialog's inner stack. */
function chosenLocale(stack: StackEntry[] | undefined): Locale | undefined {
  for (const entry of stack ?? []) {
    const found = LOCALES.find((l) => l === entry.state?.locale) ?? chosenLocale(entry.state?.dialogs?.dialogStack);
    if (found) return found;
  }
  return undefined;
}

export class TriageBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly dialog: Dialog,
    private readonly options: TriageBotOptions = { conflictRetries: 3 },
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');

    this.onMessage(async (context, next) => {
      const forgetMe = forgetMeIn(context.activity.text);
      if (forgetMe) {
        await this.conversationState.delete(context);
        await context.sendActivity(CATALOGS[forgetMe].forgotten);
      } else {
        await this.runDialog(context);
      }
      await next();
    });

    // Web Chat and Direct Line deliver a finished sign-in as a tokens/response event, for the OAuthPrompt.
    this.onTokenResponseEvent(async (context, next) => {
      await this.runDialog(context);
      await next();
    });

    // Greets a person when they join (Web Chat, Teams personal chat), before they type anything.
    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient?.id);
      if (joined) await this.runDialog(context);
      await next();
    });
  }

  /**
   * Teams finishes a sign-in with an invoke: signin/verifyState (sign-in card) or signin/tokenExchange
   * (SSO, after TeamsSSOTokenExchangeMiddleware). The OAuthPrompt in the dialog answers it.
   */
  protected override async onSignInInvoke(context: TurnContext): Promise<void> {
    await this.runDialog(context);
  }

  override async run(context: TurnContext): Promise<void> {
    await runOptimistically(context, this.conversationState, () => super.run(context), {
      retries: this.options.conflictRetries,
      onGiveUp: async () => {
        this.options.logger?.warn('turn dropped: its conversation kept changing on other instances; the person was asked to send it again');
        await context.sendActivity(CATALOGS[await this.localeOf(context)].sendAgain);
      },
      onConflict: (attempt) => {
        this.options.logger?.info({ attempt }, 'turn runs again: another instance saved this conversation first');
      },
    });
  }

  /** The language the conversation is held in (the person may have switched), else the channel's. */
  private async localeOf(context: TurnContext): Promise<Locale> {
    return chosenLocale((await this.dialogState.get(context))?.dialogStack) ?? localeFrom(context.activity.locale);
  }

  private async runDialog(context: TurnContext): Promise<void> {
    const dialogs = new DialogSet(this.dialogState);
    dialogs.add(this.dialog);
    const dc = await dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.dialog.id);
  }
}

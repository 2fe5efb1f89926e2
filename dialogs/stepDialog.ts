/**
 * The shell of a pure step (src/cases): each input goes to the step, what the step says is rendered, what it asks is
 * performed, and an effect's result is fed back as the next input. The hand-off and the ticket differ only in their
 * step, their rendering, their effects and which option of a card typed words chose.
 */
import { Dialog, DialogReason, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { answeredByTyping } from '../src/teams/answeredCards';

/** What every step is told when a global command was answered beside it, or ended it. */
type Interrupted = { kind: 'reprompt' } | { kind: 'cancelled' };

export interface StepTurn<State, Say> {
  state: State;
  say: Say[];
}

/** The option of the pending card that typed words chose, so a card answered in words is updated like a pressed one (Teams). */
export type TypedChoice<State, Input, Turn> = (before: State, input: Input, turn: Turn) => { question: string; choice: string } | undefined;

export abstract class StepDialog<Begin extends object, State, Input, Say, Turn extends StepTurn<State, Say>> extends Dialog<Begin> {
  constructor(
    id: string,
    private readonly step: (state: State | undefined, input: Input | Interrupted) => Turn,
    private readonly typedChoice: TypedChoice<State, Input, Turn>,
  ) {
    super(id);
  }

  protected abstract render(context: TurnContext, say: Say[]): Promise<void>;

  /** The step's effects; an effect's result is the next step's input. */
  protected abstract perform(dc: DialogContext, turn: Turn): Promise<DialogTurnResult>;

  /** After a global command answered beside it ("help", a language): the pending question again. */
  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await this.render(context, this.step(instance.state as State, { kind: 'reprompt' }).say);
  }

  /** Ended by a global command ("cancel", "start over"): the person is told what was not done. */
  override async endDialog(context: TurnContext, instance: DialogInstance, reason: DialogReason): Promise<void> {
    if (reason === DialogReason.cancelCalled) await this.render(context, this.step(instance.state as State, { kind: 'cancelled' }).say);
  }

  /** One step, what it says, then its effects. */
  protected async run(dc: DialogContext, state: State | undefined, input: Input): Promise<DialogTurnResult> {
    const turn = this.step(state, input);
    const typed = state === undefined ? undefined : this.typedChoice(state, input, turn);
    if (typed) answeredByTyping(dc.context, typed.question, typed.choice);
    dc.activeDialog!.state = turn.state;
    return this.show(dc, turn);
  }

  protected async show(dc: DialogContext, turn: Turn): Promise<DialogTurnResult> {
    await this.render(dc.context, turn.say);
    return this.perform(dc, turn);
  }
}

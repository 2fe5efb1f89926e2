/** A conversation with the pure triage core, message by message, as the tests of the core hold one. */
import type { Locale } from '../../src/locale';
import { step, type Session, type Step } from '../../src/triage';

export class Chat {
  session: Session | undefined;
  constructor(
    private readonly locale: Locale,
    private readonly lookup = false,
  ) {}

  say(text: string): Step {
    const turn = step(this.session, { kind: 'message', text, locale: this.session?.locale ?? this.locale }, { lookup: this.lookup });
    this.session = turn.session;
    return turn;
  }
}

/** The questions a turn asks, in order. */
export const asked = (turn: Step) => turn.say.flatMap((s) => (s.kind === 'question' ? [s.question] : []));

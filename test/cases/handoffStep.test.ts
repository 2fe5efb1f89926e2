/**
 * The hand-off as a pure step, with no adapter: what the person does → what the bot says (as data) and what
 * the shell must do. Facts come from the real triage reader (through the core's door).
 */
import {
  handoffStep,
  MAX_OPEN_CASES,
  type HandoffInput,
  type HandoffSay,
  type HandoffState,
  type HandoffTurn,
  type OpenCase,
  type SaveOutcome,
} from '../../src/cases/handoffStep';
import { readDescription, type SessionFacts } from '../../src/triage';

const NONE: SessionFacts = { clarified: {} };
/** What a person stated, read by the triage's reader: a verdict where it says enough. */
const factsOf = (text: string): SessionFacts => readDescription(NONE, text).facts;
const EA_OPEN = factsOf('Hi, our EA virtual machine times out on port 25 when it connects to gmail');
const PAYG_VM = factsOf('our pay-as-you-go virtual machine times out on port 25');
const PAAS = factsOf('App Service without VNet integration, pay as you go, cannot send on 25');
const REJECTED = factsOf('our EA virtual machine: the receiving server rejects it with 550 5.7.1');

const open = (...numbers: string[]): OpenCase[] => numbers.map((number) => ({ number, status: 'open' }));

class Handoff {
  state: HandoffState | undefined;
  last!: HandoffTurn;

  constructor(facts: SessionFacts, openCases: OpenCase[] = [], { teams = false, destination = true } = {}) {
    this.feed({ kind: 'begin', facts, number: 'SMTP-00001', openCases, teams, destination });
  }

  feed(input: HandoffInput): HandoffTurn {
    this.last = handoffStep(this.state, input);
    this.state = this.last.state;
    return this.last;
  }

  say(text: string): HandoffTurn {
    return this.feed({ kind: 'message', text });
  }

  press(question: string, choice: string): HandoffTurn {
    return this.feed({ kind: 'message', text: '', choice: { question, choice } });
  }
}

const kinds = (turn: HandoffTurn) => turn.say.map((s) => s.kind);
const effects = (turn: HandoffTurn) => turn.effects.map((e) => e.kind);
const said = <K extends HandoffSay['kind']>(turn: HandoffTurn, kind: K) =>
  turn.say.find((s): s is Extract<HandoffSay, { kind: K }> => s.kind === kind);

describe('beginning: the description, or the open cases first', () => {
  it.each([
    ['no open case', [], 'describe', undefined],
    ['one open case', open('SMTP-AAAAA'), 'offer', false],
    [`${String(MAX_OPEN_CASES)} open cases`, open('SMTP-AAAAA', 'SMTP-BBBBB', 'SMTP-CCCCC'), 'offer', true],
  ] as const)('%s → %s', (_, cases, first, full) => {
    const turn = new Handoff(EA_OPEN, [...cases]).last;
    expect(kinds(turn)).toEqual([first]);
    if (full !== undefined) expect(said(turn, 'offer')?.full).toBe(full);
    expect(turn.effects).toEqual([]);
  });
});

describe('"new case" or "add to case" said before the hand-off began answers the offer', () => {
  it.each([
    ['newCase', open('SMTP-AAAAA'), 'describe'],
    ['addToCase', open('SMTP-AAAAA'), 'askAddition'],
    ['newCase', open('SMTP-AAAAA', 'SMTP-BBBBB', 'SMTP-CCCCC'), 'offer'],
    ['addToCase', [], 'describe'],
  ] as const)('%s with %j open → %s', (asked, openCases, first) => {
    const turn = handoffStep(undefined, {
      kind: 'begin',
      facts: EA_OPEN,
      number: 'SMTP-00001',
      openCases: [...openCases],
      teams: false,
      destination: true,
      asked,
    });
    expect(kinds(turn)).toEqual([first]);
  });
});

describe('the description is read for facts', () => {
  it.each([
    ['en', 'the app servers in our EA subscription cannot reach any MX on 25', 'enterpriseAgreement'],
    ['ja', 'EA契約のVMから25番ポートでメールが送れません。タイムアウトします', 'enterpriseAgreement'],
  ])('%s: %s', (_, text, subscription) => {
    const h = new Handoff(NONE);
    const turn = h.say(text);
    expect(said(turn, 'read')?.added).toContainEqual({ fact: 'subscription', value: subscription });
    expect(h.state!.facts.subscription?.value).toBe(subscription);
    // The summary shown again before the confirmation is the case as it will be sent: with the facts read.
    expect(said(turn, 'confirm')).toMatchObject({ description: text });
    expect(said(turn, 'confirm')?.result.known.subscription?.value).toBe(subscription);
  });

  it('a sentence at the confirmation is an addition to the description, read too, and never a loop', () => {
    const h = new Handoff(NONE);
    h.say('skip');
    const first = h.say('It is a virtual machine in our EA subscription');
    expect(said(first, 'confirm')).toMatchObject({
      preface: ['addedToDescription'],
      description: 'It is a virtual machine in our EA subscription',
    });
    expect(h.state!.facts.resource?.value).toBe('virtualMachine');
    const second = h.say('Since Monday');
    expect(said(second, 'confirm')?.description).toBe('It is a virtual machine in our EA subscription\n\nSince Monday');
    expect(second.effects).toEqual([]);
  });

  it('"skip" (a whole message, either language, or the button) leaves no description', () => {
    for (const skip of ['skip', 'スキップ']) {
      const turn = new Handoff(EA_OPEN).say(skip);
      expect(said(turn, 'confirm')?.description).toBeUndefined();
    }
    expect(said(new Handoff(EA_OPEN).press('handoffDescription', 'skip'), 'confirm')?.description).toBeUndefined();
    expect(said(new Handoff(EA_OPEN).say('none of the tests helped'), 'confirm')?.description).toBe('none of the tests helped');
  });
});

describe('the confirmation', () => {
  it.each([
    ['yes', ['saveCase']],
    ['はい', ['saveCase']],
    ['no', ['end']],
    ['いいえ', ['end']],
  ])('"%s" → %j', (answer, expected) => {
    const h = new Handoff(EA_OPEN);
    h.say('skip');
    expect(effects(h.say(answer))).toEqual(expected);
  });

  it('saves the case with its number, the facts, the description and where the person goes next', () => {
    const h = new Handoff(PAYG_VM);
    h.say('It times out since Monday');
    const save = h.say('yes').effects[0];
    expect(save).toMatchObject({
      kind: 'saveCase',
      maxOpen: MAX_OPEN_CASES,
      draft: { number: 'SMTP-00001', where: 'relay', description: 'It times out since Monday' },
    });
  });

  it.each([
    [false, 'jane@', ['emailInvalid'], undefined],
    [false, 'jane@contoso.com', [], 'jane@contoso.com'],
  ])('web visitor (teams %s): "%s" → preface %j, e-mail %s', (teams, text, preface, email) => {
    const h = new Handoff(EA_OPEN, [], { teams });
    h.say('skip');
    expect(said(h.say(text), 'confirm')).toMatchObject({ preface, email });
  });

  it('in Teams an address is part of a sentence: added to the description', () => {
    const h = new Handoff(EA_OPEN, [], { teams: true });
    h.say('skip');
    expect(said(h.say('mail to jane@contoso.com bounces'), 'confirm')?.preface).toEqual(['addedToDescription']);
  });
});

describe('after saving, the person goes where the policy says (whereNext)', () => {
  const saved = (delivery: 'delivered' | 'none'): SaveOutcome => ({
    kind: 'saved',
    number: 'SMTP-00001',
    delivery,
    at: '2026-11-30T01:00:00.000Z',
  });
  it.each([
    ['EA, open, not solved (H1)', EA_OPEN, 'azureSupport', ['ticket', 'end']],
    ['Pay-As-You-Go VM (O1)', PAYG_VM, 'relay', ['end']],
    ['PaaS without VNet integration (S4)', PAAS, 'relay', ['end']],
    ['rejected by the receiving domain (E2)', REJECTED, 'receivingDomain', ['end']],
    ['no verdict yet', NONE, 'azureSupport', ['end']],
  ] as const)('%s → %s, %j', (_, facts, where, expected) => {
    const h = new Handoff(facts);
    h.say('skip');
    h.say('yes');
    const turn = h.feed({ kind: 'saved', outcome: saved('none') });
    expect(said(turn, 'saved')).toMatchObject({ number: 'SMTP-00001', delivery: 'none', where });
    expect(effects(turn)).toEqual(expected);
  });

  it.each(['clientLimit', 'storeFull', 'unavailable'] as const)('refused (%s): said, with where next, and the hand-off ends', (reason) => {
    const h = new Handoff(PAYG_VM);
    h.say('skip');
    h.say('yes');
    const turn = h.feed({ kind: 'saved', outcome: { kind: 'refused', reason } });
    expect(said(turn, 'refused')).toEqual({ kind: 'refused', reason, where: 'relay' });
    expect(effects(turn)).toEqual(['end']);
  });

  it('full meanwhile (another conversation opened cases): the open cases are offered, nothing is lost', () => {
    const h = new Handoff(EA_OPEN);
    h.say('skip');
    h.say('yes');
    const turn = h.feed({ kind: 'saved', outcome: { kind: 'full', openCases: open('SMTP-AAAAA', 'SMTP-BBBBB', 'SMTP-CCCCC') } });
    expect(said(turn, 'offer')).toMatchObject({ full: true });
    expect(effects(h.say('It still fails'))).toEqual(['addToCase']);
  });
});

describe('several open cases: add to one, or open a new one', () => {
  it.each([
    ['en words', (h: Handoff) => h.say('new case')],
    ['en words, a different problem', (h: Handoff) => h.say('a different problem')],
    ['en sentence, this is a different problem', (h: Handoff) => h.say('This is a different problem')],
    ["en sentence, it's a different problem", (h: Handoff) => h.say("It's a different problem.")],
    ['ja words', (h: Handoff) => h.say('新しいケース')],
    ['ja sentence, これは別の問題です', (h: Handoff) => h.say('これは別の問題です。')],
    ['ja words, 別件です', (h: Handoff) => h.say('別件です')],
    ['the button', (h: Handoff) => h.press('handoffAddToCase', 'new')],
  ])('"new case" by %s: the description is asked, with the answers so far', (_, act) => {
    const h = new Handoff(EA_OPEN, open('SMTP-AAAAA'));
    const turn = act(h);
    expect(kinds(turn)).toEqual(['describe']);
    expect(said(turn, 'describe')?.result.verdict?.rules).toEqual(expect.arrayContaining(['E1']));
  });

  it.each([
    ['en words', (h: Handoff) => h.say('add to my case'), 'SMTP-BBBBB'],
    ['ja words', (h: Handoff) => h.say('同じケース'), 'SMTP-BBBBB'],
    ['its button', (h: Handoff) => h.press('handoffAddToCase', 'SMTP-AAAAA'), 'SMTP-AAAAA'],
    ['its number', (h: Handoff) => h.say('smtp-aaaaa'), 'SMTP-AAAAA'],
  ])('the case chosen by %s: what to add is asked, and the next message goes to it', (_, act, number) => {
    const h = new Handoff(EA_OPEN, open('SMTP-AAAAA', 'SMTP-BBBBB'));
    expect(said(act(h), 'askAddition')?.number).toBe(number);
    expect(h.say('It bounces now').effects).toEqual([{ kind: 'addToCase', number, text: 'It bounces now' }]);
  });

  it('asked what to add, "new case" opens one after all; a button or "add to case" again asks again', () => {
    const h = new Handoff(EA_OPEN, open('SMTP-AAAAA'));
    h.say('add to my case');
    expect(kinds(h.say('same case'))).toEqual(['askAddition']);
    expect(kinds(h.press('handoffAddToCase', 'SMTP-AAAAA'))).toEqual(['askAddition']);
    expect(kinds(h.say('新しいケース'))).toEqual(['describe']);
  });

  it('a message goes to the latest case, or to the one it names', () => {
    const h = new Handoff(EA_OPEN, open('SMTP-AAAAA', 'SMTP-BBBBB'));
    expect(h.say('It bounces now').effects).toEqual([{ kind: 'addToCase', number: 'SMTP-BBBBB', text: 'It bounces now' }]);
    const other = new Handoff(EA_OPEN, open('SMTP-AAAAA', 'SMTP-BBBBB'));
    expect(other.say('SMTP-AAAAA: it bounces now').effects[0]).toMatchObject({ number: 'SMTP-AAAAA' });
  });

  it(`at ${String(MAX_OPEN_CASES)} open cases "new case" is refused and the offer comes again, adding only`, () => {
    const h = new Handoff(EA_OPEN, open('SMTP-AAAAA', 'SMTP-BBBBB', 'SMTP-CCCCC'));
    const turn = h.say('new case');
    expect(kinds(turn)).toEqual(['offer']);
    expect(said(turn, 'offer')?.full).toBe(true);
    expect(turn.effects).toEqual([]);
  });

  it.each([
    ['thread', true],
    ['case', true],
    ['case', false],
    ['gone', true],
  ] as const)('added to the %s (destination %s): said, and the hand-off ends with the facts', (to, destination) => {
    const h = new Handoff(EA_OPEN, open('SMTP-AAAAA'), { destination });
    h.say('It bounces now');
    const turn = h.feed({ kind: 'added', number: 'SMTP-AAAAA', to });
    expect(said(turn, 'added')).toEqual({ kind: 'added', number: 'SMTP-AAAAA', to, destination, where: 'azureSupport' });
    expect(turn.effects).toEqual([{ kind: 'end', facts: EA_OPEN }]);
  });
});

describe('beside global commands', () => {
  it('reprompt says the pending question again, and changes nothing', () => {
    const h = new Handoff(EA_OPEN);
    h.say('It times out');
    const before = structuredClone(h.state);
    const turn = h.feed({ kind: 'reprompt' });
    expect(kinds(turn)).toEqual(['confirm']);
    expect(turn.state).toEqual(before);
  });

  it('cancelled: nothing was sent', () => {
    const h = new Handoff(EA_OPEN);
    expect(kinds(h.feed({ kind: 'cancelled' }))).toEqual(['notSent']);
  });

  it('the input is not changed (pure)', () => {
    const h = new Handoff(NONE);
    const previous = h.state!;
    const copy = structuredClone(previous);
    h.say('our EA virtual machine times out');
    expect(h.state!.facts.subscription?.value).toBe('enterpriseAgreement');
    expect(previous).toEqual(copy);
  });
});

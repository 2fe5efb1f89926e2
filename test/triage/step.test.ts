/**
 * The conversation core with no adapter at all: what a person says → what the bot must do, asserted
 * on question ids, rule ids and catalog line ids rather than on wording, so a copy edit breaks nothing.
 */
import type { Locale } from '../../src/locale';
import type { Say } from '../../src/triage/say';
import type { Session } from '../../src/triage/session';
import { step, type Step } from '../../src/triage/step';
import { commandOf } from '../../src/triage/commands';

class Chat {
  session: Session | undefined;
  last!: Step;
  constructor(
    private readonly locale: Locale = 'en',
    private readonly lookup = false,
  ) {}

  /** A whole message that is a command reaches the core as one, as the root dialog hands it over. */
  say(text: string): Step {
    const locale = this.session?.locale ?? this.locale;
    const command = commandOf(text)?.id;
    const input = command ? ({ kind: 'command', command, locale } as const) : ({ kind: 'message', text, locale } as const);
    this.last = step(this.session, input, { lookup: this.lookup });
    this.session = this.last.session;
    return this.last;
  }

  press(question: string, choice: string): Step {
    this.last = step(
      this.session,
      { kind: 'message', text: '', choice: { question, choice }, locale: this.session?.locale ?? this.locale },
      { lookup: this.lookup },
    );
    this.session = this.last.session;
    return this.last;
  }
}

const kinds = (turn: Step) => turn.say.map((s) => s.kind);
const asked = (turn: Step) => turn.say.filter((s): s is Extract<Say, { kind: 'question' }> => s.kind === 'question').map((s) => s.question);
const verdictOf = (turn: Step) => turn.say.find((s): s is Extract<Say, { kind: 'verdict' }> => s.kind === 'verdict')?.result.verdict;
const lines = (turn: Step) => turn.say.flatMap((s) => (s.kind === 'line' ? [s.id] : []));
const effects = (turn: Step) => turn.effects.map((e) => e.kind);

describe('one message that says everything gets the verdict as its reply', () => {
  it.each([
    ['en', 'Hi, our EA virtual machine times out on port 25 when it connects to gmail', 'open', ['S1', 'E1']],
    ['en', 'App Service without VNet integration, pay as you go, cannot send on 25', 'unsupported', ['S4']],
    ['en', 'We do not use VNet integration on our web app', 'unsupported', ['S4']],
    ['ja', 'エンタープライズ契約の VM から 25 番に送るとタイムアウトします', 'open', ['S1', 'E1']],
    ['ja', 'Web アプリです。VNet 統合はしていません', 'unsupported', ['S4']],
  ] as const)('%s: %s', (locale, text, outcome, rules) => {
    const turn = new Chat(locale).say(text);
    expect(verdictOf(turn)).toMatchObject({ outcome, rules });
    expect(asked(turn)).toEqual(['solved']);
    expect(kinds(turn)).toContain('understood');
  });
});

describe('facts already given are never asked again', () => {
  it('reads the resource and the subscription from the first message and asks only what can still change the verdict', () => {
    const chat = new Chat();
    const first = chat.say("My pay-as-you-go VM can't send mail on port 25");
    expect(lines(first)).toContain('welcome');
    // Nothing else can change it (O1; C1 is never asked): the verdict is the first reply.
    expect(verdictOf(first)).toMatchObject({ outcome: 'blocked', rules: ['S1', 'O1'] });
    expect(asked(first)).toEqual(['solved']);
  });

  it('keeps a symptom given early for later (E2 is not asked again)', () => {
    const chat = new Chat();
    expect(asked(chat.say('our mails time out on port 25'))).toEqual(['resource']);
    expect(asked(chat.say('virtual machine'))).toEqual(['subscription']);
    expect(verdictOf(chat.say('EA'))).toMatchObject({ outcome: 'open', rules: ['S1', 'E1'] });
  });
});

describe('plain words that are not offers ask the separating question', () => {
  it.each([
    ['en', 'VM on a Microsoft Customer Agreement', 'mcaKind'],
    ['en', 'VM, dev/test subscription', 'devTestKind'],
    ['ja', 'マイクロソフト顧客契約の仮想マシンです', 'mcaKind'],
    ['ja', '開発テストのサブスクリプションの VM です', 'devTestKind'],
  ] as const)('%s: %s', (locale, text, question) => {
    expect(asked(new Chat(locale).say(text))).toEqual([question]);
  });

  it('an individual MCA is Pay-As-You-Go (O1), not MCA-E', () => {
    const chat = new Chat();
    chat.say('VM on a Microsoft Customer Agreement');
    expect(verdictOf(chat.say('my own account, I pay by credit card'))).toMatchObject({ outcome: 'blocked', rules: ['S1', 'O1'] });
  });
});

describe('corrections at any time', () => {
  it('in words after the verdict: the fact changes, the bot says so and decides again', () => {
    const chat = new Chat();
    chat.say('pay as you go VM');
    chat.say('no');
    const corrected = chat.say("Actually it's EA, not PAYG");
    expect(corrected.say).toContainEqual({ kind: 'changed', fact: 'subscription', from: 'payAsYouGo', to: 'enterpriseAgreement' });
    expect(asked(corrected)).toEqual(['receivingDomainRejects']);
    const again = chat.say('timeout');
    expect(verdictOf(again)).toMatchObject({ outcome: 'open', rules: ['S1', 'E1'] });
    expect(again.say).toContainEqual(expect.objectContaining({ kind: 'verdict', again: true }));
  });

  it('in Japanese, while another question waits', () => {
    const chat = new Chat('ja');
    chat.say('従量課金の仮想マシンです');
    const corrected = chat.say('確認したらEAでした');
    expect(corrected.say).toContainEqual({ kind: 'changed', fact: 'subscription', from: 'payAsYouGo', to: 'enterpriseAgreement' });
    expect(asked(corrected)).toEqual(['receivingDomainRejects']);
  });

  it('by pressing an earlier button; a button of a question never asked is stale', () => {
    const chat = new Chat();
    chat.say('hello');
    expect(lines(chat.press('subscription', 'csp'))).toContain('staleButton');
    chat.press('resource', 'virtualMachine');
    chat.press('subscription', 'csp');
    const corrected = chat.press('subscription', 'enterpriseAgreement');
    expect(corrected.say).toContainEqual({ kind: 'changed', fact: 'subscription', from: 'csp', to: 'enterpriseAgreement' });
  });
});

describe('"I don\'t know" is an answer', () => {
  it('gives what each type would mean, then other ways on, then a person: never the same reply twice', () => {
    const chat = new Chat();
    chat.say('VM');
    const first = chat.say("I don't know");
    expect(first.say).toContainEqual(expect.objectContaining({ kind: 'unsure', question: 'subscription', round: 1 }));
    const second = chat.say('no idea');
    expect(second.say).toContainEqual(expect.objectContaining({ kind: 'unsure', question: 'subscription', round: 2 }));
    expect(JSON.stringify(second.say)).not.toEqual(JSON.stringify(first.say));
    expect(effects(chat.say('わかりません'))).toEqual(['handoff']);
  });

  it('offers the sign-in where it is configured', () => {
    const chat = new Chat('en', true);
    chat.say('VM');
    expect(chat.say('not sure').say).toContainEqual(expect.objectContaining({ kind: 'unsure', signIn: true }));
  });

  it('to a clarifying question, goes on and leaves the step in the verdict', () => {
    const chat = new Chat();
    chat.say('EA VM');
    expect(verdictOf(chat.say('not sure'))).toMatchObject({ outcome: 'open', rules: ['S1', 'E1'] });
  });
});

describe('a person, in any words, at any point', () => {
  it.each([
    ['en', 'Can I talk to a real person?'],
    ['en', 'speak to someone'],
    ['ja', '担当者につないでください'],
    ['ja', '人間と話せますか'],
  ] as const)('%s: %s as the first message', (locale, text) => {
    const turn = new Chat(locale).say(text);
    expect(effects(turn)).toEqual(['handoff']);
  });

  it('with what is known so far', () => {
    const turn = new Chat().say('EA VM here, please connect me with support staff');
    const handoff = turn.effects.find((e) => e.kind === 'handoff');
    expect(handoff).toMatchObject({
      result: { known: { resource: { value: 'virtualMachine' }, subscription: { value: 'enterpriseAgreement' } } },
    });
  });
});

describe('side questions are answered from the article, then the question comes again', () => {
  it.each([
    ['en', 'why is port 25 blocked?', 'whyBlocked'],
    ['en', 'what is an authenticated relay?', 'relay'],
    ['en', 'can you unblock it?', 'supportUnblock'],
    ['en', 'does a reboot count?', 'reboot'],
    ['en', 'which ports are not blocked?', 'otherPorts'],
    ['ja', 'なぜ 25 番ポートはブロックされるのですか？', 'whyBlocked'],
    ['ja', 'Exchange Online で送る方法を教えて', 'exchangeOnline'],
  ] as const)('%s: %s', (locale, text, topic) => {
    const chat = new Chat(locale);
    chat.say('VM');
    const turn = chat.say(text);
    expect(turn.say).toContainEqual({ kind: 'topic', topic });
    expect(asked(turn)).toEqual(['subscription']);
  });
});

describe('closings end politely and keep the conversation', () => {
  it('"thanks!" after the verdict is "solved", not a new triage; "bye" says goodbye; the facts stay for the hand-off', () => {
    const chat = new Chat();
    chat.say('EA VM, it times out');
    const thanks = chat.say('thanks!');
    expect(lines(thanks)).toEqual(['solvedThanks']);
    expect(lines(chat.say('bye'))).toEqual(['goodbye']);
    const handoff = chat.say('agent').effects.find((e) => e.kind === 'handoff');
    expect(handoff).toMatchObject({ result: { verdict: { rules: ['S1', 'E1'] } } });
  });
});

describe('the language follows the person', () => {
  it('a message clearly in Japanese switches an English conversation, with one line saying so', () => {
    const chat = new Chat('en');
    const turn = chat.say('従量課金の VM から送れません');
    expect(turn.session.locale).toBe('ja');
    expect(lines(turn)).toContain('languageFollowed');
  });

  it.each([
    ['en', '日本語でお願いします', 'ja'],
    ['ja', 'can you answer in English?', 'en'],
  ] as const)('an explicit request switches: %s → %s', (locale, text, to) => {
    const turn = new Chat(locale).say(text);
    expect(turn.session.locale).toBe(to);
    expect(lines(turn)).toContain('languageSwitched');
  });
});

describe('verdicts stay short', () => {
  it('the relay explanation comes in full once per conversation, then as a reminder', () => {
    const chat = new Chat();
    expect(chat.say('PAYG VM, never was EA').say).toContainEqual(expect.objectContaining({ kind: 'verdict', relayInFull: true }));
    chat.say('start over');
    expect(chat.say('CSP VM, never EA').say).toContainEqual(expect.objectContaining({ kind: 'verdict', relayInFull: false }));
  });
});

describe('a reply that answers nothing', () => {
  it('gets the closest options, then a person is offered; never the same reply twice in a row', () => {
    const chat = new Chat();
    chat.say('hello');
    const first = chat.say('scale');
    expect(first.say).toContainEqual(expect.objectContaining({ kind: 'question', question: 'resource', all: false }));
    const second = chat.say('toaster');
    expect(lines(second)).toContain('personOffer');
    const third = chat.say('toaster');
    expect(JSON.stringify(third.say)).not.toEqual(JSON.stringify(second.say));
  });

  it('a guess is confirmed before it counts', () => {
    const chat = new Chat();
    chat.say('VM');
    const guess = chat.say("I think it's EA");
    expect(kinds(guess)).toContain('confirm');
    expect(asked(chat.say('yes'))).toEqual(['receivingDomainRejects']);
  });

  it('a guessed subscription id, once confirmed, is looked up in Azure where the lookup is configured', () => {
    const chat = new Chat('en', true);
    chat.say('VM');
    const guess = chat.say('I think the subscription is 0a1b2c3d-1111-2222-3333-444455556666');
    expect(kinds(guess)).toContain('confirm');
    const confirmed = chat.say('yes');
    expect(confirmed.effects).toContainEqual({ kind: 'lookup', subscriptionId: '0a1b2c3d-1111-2222-3333-444455556666' });
    expect(lines(confirmed)).not.toContain('subscriptionIdAccepted');
  });
});

describe('a card submit with names the core does not know', () => {
  it.each([
    ['subscription', 'toString'],
    ['toString', 'yes'],
    ['resource', '__proto__'],
    ['constructor', 'constructor'],
  ])('{question: %s, choice: %s} is a stale button, and the question comes again', (question, choice) => {
    const chat = new Chat();
    chat.say('VM');
    const turn = chat.press(question, choice);
    expect(lines(turn)).toContain('staleButton');
    expect(asked(turn)).toEqual(['subscription']);
  });
});

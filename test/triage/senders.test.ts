/** Several senders in one message: every one is kept, with the subscription shared, and each gets its own verdict. */
import { CATALOGS, type Locale } from '../../src/locale';
import { caseSummary, summary } from '../../src/cases/summary';
import { renderSay } from '../../dialogs/render/talk';
import { read, resultOfCase, type ResourceChoice, type Say, type Step } from '../../src/triage';
import { asked, Chat } from '../support/triageChat';

type Verdict = Extract<Say, { kind: 'verdict' }>;
const verdicts = (turn: Step) =>
  turn.say
    .filter((s): s is Verdict => s.kind === 'verdict')
    .map((s) => ({ resource: s.result.known.resource?.value, outcome: s.result.verdict?.outcome, rules: s.result.verdict?.rules }));
const announced = (turn: Step) => turn.say.find((s): s is Extract<Say, { kind: 'senders' }> => s.kind === 'senders');
const text = (locale: Locale, turn: Step) =>
  renderSay(turn.say, { catalog: CATALOGS[locale], locale, channelId: 'webchat', summary: (r) => summary(CATALOGS[locale], locale, r) })
    .map((a) => a.text ?? '')
    .join('\n\n');

describe('the reader returns every sender a message names', () => {
  it.each([
    ["our scale set and a function app in the same pay-as-you-go subscription can't send on 25", ['vmScaleSet', 'functions']],
    ['A VM and a web app both time out on port 25', ['virtualMachine', 'appService']],
    ['VMSSとFunctionsから送れません', ['vmScaleSet', 'functions']],
    ['仮想マシンと関数アプリの両方から 25 番で送信できません', ['virtualMachine', 'functions']],
    ["can't send from the VM, nor from the web app", ['virtualMachine', 'appService']],
    ['neither the VM nor the web app can send on port 25', ['virtualMachine', 'appService']],
    ['VM から送信できず、Web アプリからも送れません', ['virtualMachine', 'appService']],
  ])('%s', (message, senders) => {
    const reading = read(message);
    expect(reading.senders).toEqual(senders);
    expect(reading.facts.resource).toBeUndefined();
  });

  it.each([
    ['two VMs, one Linux VM and another virtual machine, cannot send on 25', 'virtualMachine'],
    ['仮想マシン 2 台 (どちらも仮想マシン) から送信できません', 'virtualMachine'],
    ['the VM and its NIC cannot reach port 25', 'virtualMachine'],
    ['仮想マシンとその NIC から 25 番に接続できません', 'virtualMachine'],
    ['the VMs of our AKS node pool', 'vmScaleSet'],
    ['a web app on our ASE v3', 'appServiceEnvironmentV3'],
    ['the VM and Azure Firewall in the hub, port 25 times out', 'virtualMachine'],
    ["it's neither a VM nor a web app, it's a logic app", 'otherPaas'],
    ['not a VM, nor a web app: an Azure Firewall', 'azureFirewall'],
  ])('one sender: %s', (message, resource) => {
    const reading = read(message);
    expect(reading.senders).toBeUndefined();
    expect(reading.facts.resource).toBe(resource);
  });

  it('a resource in a clause that asks, or one the person is not sure of, names no sender', () => {
    expect(read('can a VM or a web app use port 25?').senders).toBeUndefined();
    expect(read("not sure whether it's the VM or the web app").senders).toBeUndefined();
  });
});

describe('alternatives name one sender: which one is asked', () => {
  it.each([
    ["it's either a VM or a web app, the contractor set it up", ['virtualMachine', 'appService']],
    ['VMかWebアプリのどちらかから送信できません', ['virtualMachine', 'appService']],
    ['仮想マシンまたは関数アプリのいずれかです', ['virtualMachine', 'functions']],
    ['VNet 統合していない関数アプリか VM のどちらかから送ると 25 番がタイムアウトします', ['functions', 'virtualMachine']],
  ])('reader: %s', (message, between) => {
    const reading = read(message);
    expect(reading.between).toEqual(between);
    expect(reading.senders).toBeUndefined();
    expect(reading.facts.resource).toBeUndefined();
  });

  it.each([
    ['en', "We're on EA. It's either a VM or a web app that sends, port 25 times out", 'the web app, with VNet integration'],
    ['ja', 'EA 契約です。VMかWebアプリのどちらかから送ると 25 番がタイムアウトします', 'Web アプリです。VNet 統合しています'],
  ] as const)('%s: no verdict for two senders; the resource is asked, then one verdict', (locale, opening, answer) => {
    const chat = new Chat(locale);
    const first = chat.say(opening);
    expect(announced(first)).toBeUndefined();
    expect(verdicts(first)).toEqual([]);
    expect(asked(first)).toEqual(['resource']);
    // Which of the two, with the other options one press away.
    expect(first.say.find((s) => s.kind === 'question')).toMatchObject({ options: ['virtualMachine', 'appService'], all: false });
    const which = CATALOGS[locale].senders.which.split('{')[0];
    expect(text(locale, first)).toContain(which);
    expect(verdicts(chat.say(answer))).toEqual([{ resource: 'appService', outcome: 'open', rules: ['S2', 'E1'] }]);
    expect(chat.session?.facts.others ?? []).toEqual([]);
  });

  it.each([
    ['en', "We're on EA. It's either a VM or a function app, port 25 times out", 'both'],
    ['ja', 'EA 契約です。VMか関数アプリのどちらかから送ると 25 番がタイムアウトします', '両方です'],
  ] as const)('%s: asked which, "both": two senders, one after the other', (locale, opening, both) => {
    const chat = new Chat(locale);
    expect(asked(chat.say(opening))).toEqual(['resource']);
    const turn = chat.say(both);
    expect(announced(turn)).toEqual({ kind: 'senders', senders: ['virtualMachine', 'functions'], oneByOne: true });
    expect(verdicts(turn)).toEqual([{ resource: 'virtualMachine', outcome: 'open', rules: ['S1', 'E1'] }]);
    expect(asked(turn)).toEqual(['vnetIntegration']);
  });

  it.each([
    ['en', "We're on EA. It's either a VM or a function app without VNet integration, port 25 times out", 'both'],
    ['ja', 'EA 契約です。VMか関数アプリのどちらかから送ると 25 番がタイムアウトします。VNet 統合はしていません', '両方です'],
  ] as const)('%s: "both": what was said before holds for each, a verdict for each at once', (locale, opening, both) => {
    const chat = new Chat(locale);
    expect(asked(chat.say(opening))).toEqual(['resource']);
    const turn = chat.say(both);
    expect(announced(turn)?.oneByOne).toBe(false);
    expect(verdicts(turn).map((v) => [v.resource, v.outcome])).toEqual(
      expect.arrayContaining([
        ['virtualMachine', 'open'],
        ['functions', 'unsupported'],
      ]),
    );
    expect(verdicts(turn)).toHaveLength(2);
    const facts = chat.session!.facts;
    const each = [facts.clarified, ...(facts.others ?? []).map((o) => o.clarified)];
    for (const clarified of each) expect(clarified.receivingDomainRejects).toBe(false);
  });

  const groups = (turn: Step) =>
    turn.say.flatMap((s) => (s.kind === 'possibilities' ? s.possibilities.map((p) => [p.when.resource, p.verdict.rules]) : []));
  it.each([
    ['en', "EA, it's either a VM or a web app, just give me the steps", 'EA, just give me the steps'],
    ['ja', 'EA です。VMかWebアプリのどちらかです。手順を教えてください', 'EA です。手順を教えてください'],
  ] as const)('%s: steps on request: what holds for each of the kinds named, no other', (locale, opening, unnamed) => {
    const turn = new Chat(locale).say(opening);
    expect(groups(turn)).toEqual([
      ['vm', ['S1', 'E1']],
      ['vnetPaas', ['S2', 'E1']],
      ['otherPaas', ['S4']],
    ]);
    expect(verdicts(turn)).toEqual([]);
    expect(asked(turn)).toEqual(['resource']);
    // Without the alternatives every kind stays possible, the firewall (S3) among them.
    expect(groups(new Chat(locale).say(unnamed)).map(([g]) => g)).toContain('firewall');
  });
});

describe('two senders in one message, two verdicts', () => {
  it.each([
    ['en', 'Our EA virtual machine and a function app with VNet integration both time out on port 25'],
    ['ja', 'EA の仮想マシンと VNet 統合した関数アプリの両方から 25 番に送るとタイムアウトします'],
  ] as const)('%s: every fact known, a verdict for each in the first reply', (locale, opening) => {
    const first = new Chat(locale).say(opening);
    expect(announced(first)).toEqual({ kind: 'senders', senders: ['virtualMachine', 'functions'], oneByOne: false });
    expect(verdicts(first)).toEqual([
      { resource: 'virtualMachine', outcome: 'open', rules: ['S1', 'E1'] },
      { resource: 'functions', outcome: 'open', rules: ['S2', 'E1'] },
    ]);
    expect(asked(first)).toEqual(['solved']);
    const reply = text(locale, first);
    expect(reply).toContain(CATALOGS[locale].senders.heading.replace('{place}', '2').split('{')[0]);
  });

  it.each([
    ['en', "our scale set and a function app in the same pay-as-you-go subscription can't send on 25", 'no VNet integration'],
    ['ja', '従量課金制のサブスクリプションで、VMSSとFunctionsから送れません', 'VNet 統合は使っていません'],
  ] as const)('%s: one needs a question: the other first, then the question, then its verdict', (locale, opening, answer) => {
    const chat = new Chat(locale);
    const first = chat.say(opening);
    expect(announced(first)?.oneByOne).toBe(true);
    expect(verdicts(first)).toEqual([{ resource: 'vmScaleSet', outcome: 'blocked', rules: ['S1', 'O1'] }]);
    expect(asked(first)).toEqual(['vnetIntegration']);
    expect(first.say).toContainEqual({ kind: 'sender', resource: 'functions', place: 2, count: 2 });
    const second = chat.say(answer);
    expect(verdicts(second)).toEqual([{ resource: 'functions', outcome: 'unsupported', rules: ['S4'] }]);
    expect(asked(second)).toEqual(['solved']);
    expect(second.session.facts.subscription?.value).toBe('payAsYouGo');
  });

  it.each([
    ['en', 'our VMSS and Functions cannot send mail on 25', 'pay as you go', 'no'],
    ['ja', 'VMSSとFunctionsから送れません', '従量課金制です', 'いいえ'],
  ] as const)('%s: the shared subscription is asked once, then one sender after the other', (locale, opening, subscription, vnet) => {
    const chat = new Chat(locale);
    const first = chat.say(opening);
    expect(announced(first)).toEqual({ kind: 'senders', senders: ['vmScaleSet', 'functions'], oneByOne: true });
    expect(text(locale, first)).toContain(
      CATALOGS[locale].senders.named.replace('{label}', CATALOGS[locale].questions.resource.options.vmScaleSet.label),
    );
    expect(asked(first)).toEqual(['subscription']);
    const second = chat.say(subscription);
    expect(verdicts(second)).toEqual([{ resource: 'vmScaleSet', outcome: 'blocked', rules: ['S1', 'O1'] }]);
    expect(asked(second)).toEqual(['vnetIntegration']);
    const third = chat.say(vnet);
    expect(verdicts(third)).toEqual([{ resource: 'functions', outcome: 'unsupported', rules: ['S4'] }]);
    expect(asked(third)).toEqual(['solved']);
  });
});

describe('a correction of the shared subscription', () => {
  it.each([
    [
      'en',
      'Our EA virtual machine and a function app with VNet integration both time out on port 25',
      "sorry, it's actually pay as you go",
    ],
    ['ja', 'EA の仮想マシンと VNet 統合した関数アプリの両方から 25 番に送るとタイムアウトします', '確認したら従量課金制でした'],
  ] as const)('%s: decides every sender again, in one reply', (locale, opening, correction) => {
    const chat = new Chat(locale);
    chat.say(opening);
    const corrected = chat.say(correction);
    expect(corrected.say).toContainEqual({ kind: 'changed', fact: 'subscription', from: 'enterpriseAgreement', to: 'payAsYouGo' });
    expect(verdicts(corrected)).toEqual(
      expect.arrayContaining([
        { resource: 'virtualMachine', outcome: 'blocked', rules: ['S1', 'O1'] },
        { resource: 'functions', outcome: 'blocked', rules: ['S2', 'O1'] },
      ]),
    );
    expect(verdicts(corrected)).toHaveLength(2);
    expect(asked(corrected)).toEqual(['solved']);
  });
});

describe('one more sender in a later message', () => {
  it.each([
    ['en', "My pay-as-you-go VM can't send mail on port 25", 'the web app too', 'no'],
    ['ja', '従量課金の仮想マシンからポート 25 でメールを送信できません', 'Web アプリからも送れません', 'いいえ'],
  ] as const)('%s: "too" adds a sender beside the one decided, which is taken next', (locale, opening, more, vnet) => {
    const chat = new Chat(locale);
    expect(verdicts(chat.say(opening))).toEqual([{ resource: 'virtualMachine', outcome: 'blocked', rules: ['S1', 'O1'] }]);
    const added = chat.say(more);
    expect(added.say.some((s) => s.kind === 'changed')).toBe(false);
    expect(announced(added)?.senders).toEqual(['virtualMachine', 'appService']);
    expect(added.say).toContainEqual({ kind: 'sender', resource: 'appService', place: 2, count: 2 });
    expect(asked(added)).toEqual(['vnetIntegration']);
    const last = chat.say(vnet);
    expect(verdicts(last)).toEqual([{ resource: 'appService', outcome: 'unsupported', rules: ['S4'] }]);
    expect(last.session.facts.others?.map((o) => [o.resource.value, o.decided])).toEqual([['virtualMachine', true]]);
  });

  it.each([
    ['en', "My pay-as-you-go VM can't send mail on port 25", "sorry, it's a scale set, not a VM"],
    ['ja', '従量課金の仮想マシンからポート 25 でメールを送信できません', 'すみません、仮想マシンではなくスケール セットです'],
  ] as const)('%s: without "too" another resource is a correction, not a second sender', (locale, opening, correction) => {
    const chat = new Chat(locale);
    chat.say(opening);
    const corrected = chat.say(correction);
    expect(corrected.say).toContainEqual({ kind: 'changed', fact: 'resource', from: 'virtualMachine', to: 'vmScaleSet' });
    expect(corrected.session.facts.others ?? []).toEqual([]);
  });

  it.each([
    ['the web app too', true],
    ['also the function app', true],
    ['Functions も同じです', true],
    ['it is a web app', false],
    ['VM をもう一度起動しました', false],
  ])('the reader: %s', (message, another) => {
    expect(read(message).anotherSender === true).toBe(another);
  });
});

describe('steps on request for several senders', () => {
  it.each([
    ['en', 'EA: a VM and a web app cannot send on 25, just give me the steps'],
    ['ja', 'EA の仮想マシンと Web アプリから 25 番で送れません。手順を教えてください'],
  ] as const)('%s: the verdict of the one that has one, the possibilities of the other, in one reply', (locale, opening) => {
    const turn = new Chat(locale).say(opening);
    expect(verdicts(turn)).toEqual([{ resource: 'virtualMachine', outcome: 'open', rules: ['S1', 'E1'] }]);
    const open = turn.say.find((s): s is Extract<Say, { kind: 'possibilities' }> => s.kind === 'possibilities');
    expect(open?.possibilities.map((p) => [p.when.vnetIntegration, p.verdict.outcome])).toEqual([
      [true, 'open'],
      [false, 'unsupported'],
    ]);
    expect(asked(turn)).toEqual(['vnetIntegration']);
    expect(turn.say.filter((s) => s.kind === 'sender')).toEqual([
      { kind: 'sender', resource: 'virtualMachine', place: 1, count: 2 },
      { kind: 'sender', resource: 'appService', place: 2, count: 2 },
    ]);
  });
});

describe('"not solved" with several senders', () => {
  it.each([
    ['en', 'EA: our VM and a function app without VNet integration both time out on port 25', 'no'],
    ['ja', 'EA 契約で、仮想マシンと VNet 統合していない関数アプリの両方から 25 番に送るとタイムアウトします', 'いいえ'],
  ] as const)('%s: the sender support can act on (H1) leads the hand-off, the other goes with it', (locale, opening, no) => {
    const chat = new Chat(locale);
    expect(verdicts(chat.say(opening)).map((v) => v.outcome)).toEqual(['open', 'unsupported']);
    const handoff = chat.say(no).effects.find((e): e is Extract<Step['effects'][number], { kind: 'handoff' }> => e.kind === 'handoff');
    expect(handoff?.result.known.resource?.value).toBe('virtualMachine');
    expect(handoff?.result.category).toBeDefined();
    expect(handoff?.result.others?.map((o) => [o.known.resource?.value, o.verdict?.rules])).toEqual([['functions', ['S4']]]);
  });
});

describe('"done all of it, still failing" with several senders', () => {
  it.each([
    [
      'en',
      'Enterprise Dev/Test subscription: our VM and a function app with VNet integration both time out on port 25, just give me the steps',
      'done all of it, still failing',
    ],
    [
      'ja',
      'Enterprise Dev/Test のサブスクリプションで、仮想マシンと VNet 統合した関数アプリの両方から 25 番に送るとタイムアウトします。手順を教えてください',
      'すべて実施しましたが、それでも送れません',
    ],
  ] as const)('%s: the steps are done for every sender they were given for, and the summary says so', (locale, opening, done) => {
    const chat = new Chat(locale);
    const first = chat.say(opening);
    expect(verdicts(first).map((v) => [v.resource, v.rules])).toEqual([
      ['virtualMachine', ['S1', 'D1', 'D2', 'D3', 'D4']],
      ['functions', ['S2', 'D1', 'D3']],
    ]);
    const handoff = chat.say(done).effects.find((e): e is Extract<Step['effects'][number], { kind: 'handoff' }> => e.kind === 'handoff');
    expect(handoff).toBeDefined();
    const { known, others } = handoff!.result;
    // D1 and D3 hold for the subscription; D2 (the VMs restarted) is the VM's own, though the function app is current.
    expect(known.resource?.value).toBe('functions');
    expect(known.clarified).toMatchObject({ exemptionGranted: true, temporarySubnetDone: true });
    expect(known.clarified.restartedSinceExemption).toBeUndefined();
    expect(others?.map((o) => [o.known.resource?.value, o.known.clarified.restartedSinceExemption])).toEqual([['virtualMachine', true]]);
    const catalog = CATALOGS[locale];
    const lines = summary(catalog, locale, handoff!.result).split('\n');
    const vm = lines.findIndex((l) => l.startsWith(`  - ${catalog.questions.resource.options.virtualMachine.label}`));
    expect(vm).toBeGreaterThan(0);
    expect(lines[vm]).not.toContain(catalog.talk.factNames.vnetIntegration);
    expect(lines.slice(vm + 1)).toContain(`    - ${catalog.factLabels.restartedSinceExemption}: ${catalog.values.yes}`);
  });
});

describe('the case summary lists each sender', () => {
  it.each([
    [
      'en',
      "our scale set and a function app in the same pay-as-you-go subscription can't send on 25",
      'no VNet integration',
      'I want to talk to a person',
    ],
    ['ja', '従量課金制のサブスクリプションで、VMSSとFunctionsから送れません', 'VNet 統合は使っていません', '担当者と話したいです'],
  ] as const)('%s: a hand-off after two verdicts carries both', (locale, opening, answer, human) => {
    const chat = new Chat(locale);
    chat.say(opening);
    chat.say(answer);
    const handoff = chat.say(human).effects.find((e) => e.kind === 'handoff');
    expect(handoff).toBeDefined();
    const catalog = CATALOGS[locale];
    const written = summary(catalog, locale, handoff!.kind === 'handoff' ? handoff!.result : (undefined as never));
    expect(written).toContain(catalog.summary.otherSenders);
    expect(written).toContain(catalog.outcome.unsupported);
    expect(written).toContain(catalog.outcome.blocked);
    expect(written).toContain(catalog.questions.resource.options.vmScaleSet.label);
    // The case store keeps the answers as plain JSON; the case card and the ticket decide them again.
    const stored = resultOfCase(
      JSON.parse(JSON.stringify(handoff!.kind === 'handoff' ? handoff!.result.known : {})) as Record<string, unknown>,
    );
    expect(caseSummary(catalog, locale, stored)).toContain(written);
  });
});

/** How people name each sender, in words of the tables. */
const WORDS: Record<Locale, Record<ResourceChoice, string>> = {
  en: {
    virtualMachine: 'virtual machine',
    vmScaleSet: 'scale set',
    appService: 'web app',
    functions: 'function app',
    appServiceEnvironmentV3: 'ASE v3',
    azureFirewall: 'Azure Firewall',
    otherPaas: 'logic app',
  },
  ja: {
    virtualMachine: '仮想マシン',
    vmScaleSet: 'スケールセット',
    appService: 'ウェブアプリ',
    functions: '関数アプリ',
    appServiceEnvironmentV3: 'アプリサービス環境',
    azureFirewall: 'ファイアウォール',
    otherPaas: 'ロジックアプリ',
  },
};

const SUBSCRIPTIONS: Record<Locale, string[]> = {
  en: ['EA', 'pay as you go', 'Enterprise Dev/Test'],
  ja: ['EA', '従量課金制', 'Enterprise Dev/Test'],
};

/** Two words of one sender are that sender (the reader's rule): the pairs that name one. */
function sendersOf(a: ResourceChoice, b: ResourceChoice): ResourceChoice[] {
  const pair = [a, b];
  if (pair.includes('virtualMachine') && pair.includes('vmScaleSet')) return ['vmScaleSet'];
  if (pair.includes('appServiceEnvironmentV3') && (pair.includes('appService') || pair.includes('functions')))
    return ['appServiceEnvironmentV3'];
  if (pair.includes('azureFirewall')) return pair.filter((r) => r !== 'azureFirewall');
  return pair;
}

/** The conversation to "did that solve it?", each question answered with its first option: every verdict on the way. */
function converse(locale: Locale, opening: string): { resource: ResourceChoice; outcome: string; rules: string[] }[] {
  const chat = new Chat(locale);
  const found: { resource: ResourceChoice; outcome: string; rules: string[] }[] = [];
  let turn = chat.say(opening);
  for (let i = 0; i < 15; i++) {
    for (const v of verdicts(turn)) found.push({ resource: v.resource!, outcome: v.outcome!, rules: v.rules! });
    const question = turn.session.asking;
    if (question === 'solved' || !question || question === 'confirm' || question === 'subscriptionGroup') break;
    const [first] = Object.values(CATALOGS[locale].questions[question].options as Record<string, { label: string }>);
    turn = chat.say(first.label);
  }
  return found;
}

const RESOURCES = Object.keys(WORDS.en) as ResourceChoice[];
const PAIRS = RESOURCES.flatMap((a, i) => RESOURCES.slice(i + 1).map((b) => [a, b] as const));

describe('every pair of senders, every rule of subscription', () => {
  it.each(['en', 'ja'] as const)('%s: each sender gets one verdict, the one it gets alone', (locale) => {
    for (const subscription of SUBSCRIPTIONS[locale])
      for (const [a, b] of PAIRS) {
        const opening =
          locale === 'en'
            ? `${subscription} subscription: our ${WORDS.en[a]} and our ${WORDS.en[b]} cannot send on port 25`
            : `${subscription}のサブスクリプションで、${WORDS.ja[a]}と${WORDS.ja[b]}から 25 番で送信できません`;
        const alone = (r: ResourceChoice) =>
          converse(
            locale,
            locale === 'en'
              ? `${subscription} subscription: our ${WORDS.en[r]} cannot send on port 25`
              : `${subscription}のサブスクリプションで、${WORDS.ja[r]}から 25 番で送信できません`,
          );
        const senders = sendersOf(a, b);
        const expected = senders.flatMap(alone);
        const got = converse(locale, opening);
        const byResource = (list: typeof got) => [...list].sort((x, y) => x.resource.localeCompare(y.resource));
        expect({ opening, verdicts: byResource(got) }).toEqual({ opening, verdicts: byResource(expected) });
        expect(got.map((v) => v.resource).sort()).toEqual([...senders].sort());
      }
  });
});

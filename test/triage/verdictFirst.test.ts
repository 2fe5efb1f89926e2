/** Verdict first: the bot decides as early as the facts allow and the conversation goes on after the verdict. */
import fc from 'fast-check';
import { CATALOGS, type Locale } from '../../src/locale';
import { read, type Say, type Step } from '../../src/triage';
import { renderSay } from '../../dialogs/render/talk';
import { asked, Chat } from '../support/triageChat';

const verdictOf = (turn: Step) => turn.say.find((s): s is Extract<Say, { kind: 'verdict' }> => s.kind === 'verdict')?.result.verdict;
const lines = (turn: Step) => turn.say.flatMap((s) => (s.kind === 'line' ? [s.id] : []));

describe('a first message that says everything gets the verdict as the first reply', () => {
  it.each([
    ['en', "My pay-as-you-go VM can't send mail on port 25", 'blocked', ['S1', 'O1']],
    ['en', 'Our EA virtual machine times out on port 25', 'open', ['S1', 'E1']],
    ['ja', '従量課金の仮想マシンからポート 25 でメールを送信できません', 'blocked', ['S1', 'O1']],
    ['ja', 'EA の仮想マシンから 25 番に送るとタイムアウトします', 'open', ['S1', 'E1']],
  ] as const)('%s: %s', (locale, text, outcome, rules) => {
    const first = new Chat(locale).say(text);
    expect(verdictOf(first)).toMatchObject({ outcome, rules });
    expect(asked(first)).toEqual(['solved']);
  });

  it('says C1 as one condition in an O1 verdict, and as a fact when the words say the subscription moved off EA', () => {
    const conditional = verdictOf(new Chat('en').say('Pay-As-You-Go VM, port 25 times out'))!;
    expect(conditional.steps.filter((s) => s.rule === 'C1')).toEqual([
      expect.objectContaining({ when: { fact: 'formerlyEnterprise', value: true } }),
    ]);
    const told = verdictOf(new Chat('en').say('Pay-As-You-Go VM, it used to be under our EA, port 25 times out'))!;
    expect(told.rules).toContain('C1');
    expect(told.steps.find((s) => s.rule === 'C1')?.when).toBeUndefined();
  });
});

describe('steps on request', () => {
  it.each([
    ['en', 'Enterprise Dev/Test VM, just give me the steps', 'exemptable'],
    ['en', 'EA VM on port 25, what are the steps?', 'open'],
    ['ja', 'Enterprise Dev/Test の仮想マシンです。手順を教えてください', 'exemptable'],
  ] as const)('%s: %s gets the verdict with conditional steps in one reply', (locale, text, outcome) => {
    const turn = new Chat(locale).say(text);
    const verdict = verdictOf(turn);
    expect(verdict).toMatchObject({ outcome });
    expect(verdict?.steps.some((s) => s.when)).toBe(true);
    expect(asked(turn)).toEqual(['solved']);
  });
});

const possibilitiesOf = (turn: Step) =>
  turn.say.find((s): s is Extract<Say, { kind: 'possibilities' }> => s.kind === 'possibilities')?.possibilities;
const rendered = (turn: Step) =>
  renderSay(turn.say, { catalog: CATALOGS[turn.session.locale], locale: turn.session.locale, channelId: 'test', summary: () => '' })
    .map((a) => a.text)
    .join('\n');

describe('steps on request while the subscription or what sends is still open', () => {
  it.each([
    ['en', 'My VM cannot send mail on port 25, just give me the steps'],
    ['ja', '仮想マシンから 25 番ポートでメールを送信できません。手順を教えてください'],
  ] as const)('%s: the subscription unknown: each type group with its verdict, steps and rule ids, in one reply', (locale, text) => {
    const turn = new Chat(locale).say(text);
    expect(possibilitiesOf(turn)?.map((p) => [p.when.subscriptionGroups, p.verdict.outcome, p.verdict.rules])).toEqual([
      [['enterprise'], 'open', ['S1', 'E1']],
      [['enterpriseDevTest'], 'exemptable', ['S1', 'D1', 'D2', 'D3', 'D4']],
      [['other'], 'blocked', ['S1', 'O1']],
    ]);
    // Dev/Test's steps that turn on answers not given are conditions.
    expect(possibilitiesOf(turn)?.[1].verdict.steps.find((s) => s.rule === 'D1')?.when).toEqual({ fact: 'exemptionGranted', value: false });
    const shown = rendered(turn);
    const texts = CATALOGS[locale].talk.possibilities;
    for (const group of ['enterprise', 'enterpriseDevTest', 'other'] as const) expect(shown).toContain(texts.subscriptionGroups[group]);
    for (const rule of ['(E1)', '(D1)', '(D2)', '(O1)', '(R0)']) expect(shown).toContain(rule);
    expect(shown).toContain(texts.relay);
    // Nothing was assumed: the question that narrows it down comes after, and no verdict was given.
    expect(verdictOf(turn)).toBeUndefined();
    expect(asked(turn)).toEqual(['subscription']);
    expect(turn.session.facts.subscription).toBeUndefined();
  });

  it.each([
    ['en', 'Port 25 is blocked for us. What are the steps?'],
    ['ja', 'ポート 25 でメールを送信できません。手順を教えてください'],
  ] as const)('%s: what sends unknown: each resource group with its verdicts in one reply', (locale, text) => {
    const turn = new Chat(locale).say(text);
    const found = possibilitiesOf(turn)!;
    expect(new Set(found.map((p) => p.when.resource))).toEqual(new Set(['vm', 'firewall', 'vnetPaas', 'otherPaas']));
    // S4 whatever the subscription: one possibility, not one per type.
    expect(found.filter((p) => p.when.resource === 'otherPaas').map((p) => [p.when, p.verdict.outcome, p.verdict.rules])).toEqual([
      [{ resource: 'otherPaas' }, 'unsupported', ['S4']],
    ]);
    const shown = rendered(turn);
    expect(shown).toContain(CATALOGS[locale].talk.possibilities.resources.vnetPaas);
    // Grouped by sender: each sender's own scope step (S1, S2, S3) once, not once per subscription type.
    for (const scope of ['(S1)', '(S2)', '(S3)']) expect(shown.split(scope)).toHaveLength(2);
    // Each subscription's verdict in one line with its rule ids; the steps of each pair wait for what sends.
    expect(shown).toMatch(/D1\W+D2\W+D3\W+D4\)/);
    for (const step of ['(D1)', '(D2)', '(O1)', '(C1)']) expect(shown).not.toContain(step);
    expect(shown).toContain(CATALOGS[locale].talk.possibilities.stepsOnceKnown);
    expect(asked(turn)).toEqual(['resource']);
  });

  it.each([
    ['en', 'VM on a Microsoft Customer Agreement, port 25 blocked. Just give me the steps', 'Individual or Business'],
    ['ja', 'Microsoft 顧客契約の仮想マシンです。手順を教えてください', 'Individual または Business'],
  ] as const)('%s: a plain "MCA": each kind named as the separating question names it', (locale, text, individual) => {
    const turn = new Chat(locale).say(text);
    expect(possibilitiesOf(turn)?.map((p) => [p.when, p.verdict.rules])).toEqual([
      [{ subscriptionKinds: ['mcaEnterprise'], separatedBy: 'mcaKind' }, ['S1', 'E1']],
      [{ subscriptionKinds: ['payAsYouGo'], separatedBy: 'mcaKind' }, ['S1', 'O1']],
    ]);
    expect(rendered(turn)).toContain(individual);
    expect(asked(turn)).toEqual(['mcaKind']);
  });

  it.each([
    ['en', 'Our App Service cannot send on port 25, it is EA. Just the steps please'],
    ['ja', 'EA の App Service から 25 番ポートで送信できません。手順を教えてください'],
  ] as const)('%s: an app with VNet integration unknown: with it (S2) and without it (S4)', (locale, text) => {
    const turn = new Chat(locale).say(text);
    expect(possibilitiesOf(turn)?.map((p) => [p.when, p.verdict.rules])).toEqual([
      [{ vnetIntegration: true }, ['S2', 'E1']],
      [{ vnetIntegration: false }, ['S4']],
    ]);
  });
});

describe('after the verdict the conversation goes on with the facts kept', () => {
  it.each([
    ['en', 'pay as you go VM', "Actually it's EA, not PAYG", 'it times out'],
    ['ja', '従量課金の仮想マシンです', '確認したら EA でした', 'タイムアウトします'],
  ] as const)('%s: a correction in words after the verdict changes the fact and decides again', (locale, opening, correction, symptom) => {
    const chat = new Chat(locale);
    expect(verdictOf(chat.say(opening))).toMatchObject({ outcome: 'blocked' });
    const corrected = chat.say(correction);
    expect(corrected.say).toContainEqual({ kind: 'changed', fact: 'subscription', from: 'payAsYouGo', to: 'enterpriseAgreement' });
    expect(asked(corrected)).toEqual(['receivingDomainRejects']);
    expect(verdictOf(chat.say(symptom))).toMatchObject({ outcome: 'open', rules: ['S1', 'E1'] });
  });

  it.each([
    ['en', 'pay as you go VM', 'no', 'hello again'],
    ['ja', '従量課金の仮想マシンです', 'いいえ', 'こんにちは'],
  ] as const)('%s: a message after the closing goes on from the facts, never a silent start-over', (locale, opening, notSolved, later) => {
    const chat = new Chat(locale);
    chat.say(opening);
    chat.say(notSolved);
    const again = chat.say(later);
    expect(lines(again)).toContain('continuing');
    expect(lines(again)).not.toContain('startingOver');
    expect(again.session.facts.subscription?.value).toBe('payAsYouGo');
  });
});

const whatIfOf = (turn: Step) => turn.say.find((s): s is Extract<Say, { kind: 'whatIf' }> => s.kind === 'whatIf');

describe('a what-if is answered as a what-if, and the facts stay', () => {
  it.each([
    ['en', 'suppose we moved it to our EA subscription?', { subscription: 'enterpriseAgreement' }],
    ['en', 'what if we used a VM instead of App Service?', { resource: 'virtualMachine' }],
    ['en', 'and if we moved the VM to Enterprise Dev/Test?', { resource: 'virtualMachine', subscription: 'enterpriseDevTest' }],
    ['en', 'What would happen with an EA subscription?', { subscription: 'enterpriseAgreement' }],
    ['en', 'would moving the VM to EA help?', { resource: 'virtualMachine', subscription: 'enterpriseAgreement' }],
    ['ja', 'EAのサブスクリプションに移したらどうなりますか？', { subscription: 'enterpriseAgreement' }],
    ['ja', '仮に EA だったらどうなりますか？', { subscription: 'enterpriseAgreement' }],
    ['ja', '従量課金ではなく EA に移行したらどうなりますか？', { subscription: 'enterpriseAgreement' }],
  ] as const)('%s: %s supposes, and states nothing', (_locale, text, supposed) => {
    const reading = read(text, { asked: 'solved' });
    expect(reading.supposed).toEqual(supposed);
    expect(reading.facts).toEqual({});
  });

  it.each([
    ['en', 'My EA VM times out on port 25 when I send mail', { subscription: 'enterpriseAgreement', resource: 'virtualMachine' }],
    ['ja', 'VM から送ったらタイムアウトしました', { resource: 'virtualMachine' }],
    ['en', 'Our PAYG VM would not send on port 25, should we use a relay?', { subscription: 'payAsYouGo', resource: 'virtualMachine' }],
    ['en', 'If I telnet from our PAYG VM it times out, why?', { subscription: 'payAsYouGo', resource: 'virtualMachine' }],
    [
      'ja',
      'EA の VM を使っているのに、送ったらタイムアウトするのはなぜですか？',
      { subscription: 'enterpriseAgreement', resource: 'virtualMachine' },
    ],
  ] as const)('%s: a statement with a conditional form is still a statement: %s', (_locale, text, facts) => {
    const reading = read(text);
    expect(reading.facts).toMatchObject(facts);
    expect(reading.supposed).toBeUndefined();
  });

  it.each([
    ['en', 'pay as you go VM, port 25 times out', 'suppose we moved it to our EA subscription?', 'what are the steps?'],
    [
      'ja',
      '従量課金の仮想マシンからポート 25 でメールを送信できません',
      'EAのサブスクリプションに移したらどうなりますか？',
      '手順を教えてください',
    ],
  ] as const)(
    '%s: after a verdict, the supposed verdict with its rule ids; the next message goes on with the real facts',
    (locale, opening, supposing, next) => {
      const chat = new Chat(locale);
      expect(verdictOf(chat.say(opening))).toMatchObject({ outcome: 'blocked', rules: ['S1', 'O1'] });
      const turn = chat.say(supposing);
      expect(whatIfOf(turn)?.result.verdict).toMatchObject({ outcome: 'open', rules: ['S1', 'E1'] });
      expect(whatIfOf(turn)?.kept).toEqual([{ fact: 'subscription', value: 'payAsYouGo' }]);
      expect(verdictOf(turn)).toBeUndefined();
      expect(turn.say.some((s) => s.kind === 'changed' || s.kind === 'confirm' || s.kind === 'notUnderstood')).toBe(false);
      expect(turn.session.facts.subscription?.value).toBe('payAsYouGo');
      const shown = rendered(turn);
      expect(shown).toContain('(E1)');
      expect(shown).toContain(CATALOGS[locale].talk.whatIf.intro.slice(0, 2));
      expect(verdictOf(chat.say(next))).toMatchObject({ outcome: 'blocked', rules: ['S1', 'O1'] });
    },
  );

  it('a what-if about what sends: the supposed resource with the subscription as it is; the app stays', () => {
    const chat = new Chat('en');
    expect(verdictOf(chat.say('EA App Service with VNet integration, port 25 times out'))).toMatchObject({ rules: ['S2', 'E1'] });
    const turn = chat.say('what if we used a VM instead of App Service?');
    expect(whatIfOf(turn)?.result.verdict).toMatchObject({ outcome: 'open', rules: ['S1', 'E1'] });
    expect(turn.session.facts.resource?.value).toBe('appService');
  });

  it.each([
    ['en', 'Our VM cannot send on port 25', 'What if it was EA?'],
    ['ja', '仮想マシンからポート 25 で送信できません', '仮に EA だったらどうなりますか？'],
  ] as const)('%s: before the verdict a supposition sets nothing: its verdict, then the question again', (locale, opening, supposing) => {
    const chat = new Chat(locale);
    expect(asked(chat.say(opening))).toEqual(['subscription']);
    const turn = chat.say(supposing);
    expect(whatIfOf(turn)?.result.verdict).toMatchObject({ outcome: 'open', rules: ['S1', 'E1'] });
    expect(asked(turn)).toEqual(['subscription']);
    expect(turn.session.facts.subscription).toBeUndefined();
    expect(turn.say[turn.say.length - 1]).toMatchObject({ kind: 'question', question: 'subscription' });
  });

  it('before the verdict, a supposed yes/no answer sets nothing, and asking what-ifs is no loop', () => {
    const chat = new Chat('en');
    expect(asked(chat.say('Enterprise Dev/Test VM, port 25 times out'))).toEqual(['routedDirectlyToInternet']);
    for (const text of ['what if we ran the diagnostic?', 'and what if we ran the diagnostic?', 'suppose we ran the diagnostic?']) {
      const turn = chat.say(text);
      expect(whatIfOf(turn)).toBeUndefined();
      expect(lines(turn)).toContain('supposedOnly');
      expect(asked(turn)).toEqual(['routedDirectlyToInternet']);
      expect(lines(turn)).not.toContain('movingOn');
      expect(turn.session.facts.clarified.exemptionGranted).toBeUndefined();
    }
  });

  it('after the closing, a what-if is answered and the case stays as it was', () => {
    const chat = new Chat('ja');
    chat.say('従量課金の仮想マシンからポート 25 でメールを送信できません');
    chat.say('いいえ');
    const turn = chat.say('仮に EA だったらどうなりますか？');
    expect(whatIfOf(turn)?.result.verdict).toMatchObject({ outcome: 'open', rules: ['S1', 'E1'] });
    expect(lines(turn)).not.toContain('continuing');
    expect(turn.session.facts.subscription?.value).toBe('payAsYouGo');
    expect(turn.session.closed).toBe(true);
  });

  it.each([
    ['en', 'pay as you go VM, port 25 times out', 'suppose we moved it to our EA subscription?', 'ok thanks', 'yes'],
    [
      'ja',
      '従量課金の仮想マシンからポート 25 でメールを送信できません',
      'EAのサブスクリプションに移したらどうなりますか？',
      'わかりました、ありがとうございます',
      'はい',
    ],
  ] as const)(
    '%s: a thanks right after a what-if is for the what-if: "did that solve it?" stays open and comes again',
    (locale, opening, supposing, thanks, yes) => {
      const chat = new Chat(locale);
      expect(asked(chat.say(opening))).toEqual(['solved']);
      chat.say(supposing);
      const turn = chat.say(thanks);
      expect(turn.effects).toEqual([]);
      expect(turn.session.closed).toBeFalsy();
      expect(lines(turn)).toEqual(['youAreWelcome']);
      expect(lines(turn)).not.toContain('solvedThanks');
      expect(asked(turn)).toEqual(['solved']);
      expect(rendered(turn)).toContain(CATALOGS[locale].questions.solved.prompt);
      const answered = chat.say(yes);
      expect(answered.effects).toContainEqual(expect.objectContaining({ kind: 'closed', solved: true }));
      expect(lines(answered)).toContain('solvedThanks');
    },
  );

  it.each([
    ['en', 'pay as you go VM, port 25 times out', 'ok thanks'],
    ['ja', '従量課金の仮想マシンからポート 25 でメールを送信できません', 'わかりました、ありがとうございます'],
  ] as const)('%s: with no what-if between, the same thanks after the verdict still answers "solved"', (locale, opening, thanks) => {
    const chat = new Chat(locale);
    chat.say(opening);
    const turn = chat.say(thanks);
    expect(turn.effects).toContainEqual(expect.objectContaining({ kind: 'closed', solved: true }));
    expect(lines(turn)).toContain('solvedThanks');
  });

  it.each([
    ['en', 'EA VMs are not blocked, right?'],
    ['en', "With EA it isn't blocked, isn't it?"],
    ['ja', 'EAならVMはブロックされないですよね？'],
    ['ja', 'EAのVMはブロックされないですよね？'],
    ['ja', 'EAのVMはブロックされないでしょうか？'],
  ] as const)('%s: "%s" from a Pay-As-You-Go VM is a what-if, not a correction', (locale, tagged) => {
    const opening = { en: 'pay as you go VM, port 25 times out', ja: '従量課金の仮想マシンからポート 25 でメールを送信できません' }[locale];
    const chat = new Chat(locale);
    expect(verdictOf(chat.say(opening))).toMatchObject({ outcome: 'blocked', rules: ['S1', 'O1'] });
    const turn = chat.say(tagged);
    expect(whatIfOf(turn)?.result.verdict).toMatchObject({ outcome: 'open', rules: ['S1', 'E1'] });
    expect(whatIfOf(turn)?.kept).toEqual([{ fact: 'subscription', value: 'payAsYouGo' }]);
    expect(turn.say.some((s) => s.kind === 'changed' || s.kind === 'confirm' || s.kind === 'verdict')).toBe(false);
    expect(turn.session.facts.subscription?.value).toBe('payAsYouGo');
    expect(turn.session.guessed).toBeUndefined();
  });

  it.each([
    ['en', 'PAYG VMs are blocked, right?', 'pay as you go VM, port 25 times out', 'payAsYouGo'],
    ['en', 'EA VMs are not blocked, right?', undefined, 'enterpriseAgreement'],
    ['ja', '従量課金制のVMはブロックされるんですよね？', '従量課金の仮想マシンからポート 25 でメールを送信できません', 'payAsYouGo'],
  ] as const)('%s: "%s" agreeing with the facts, or before any, is no what-if', (locale, tagged, opening, subscription) => {
    const chat = new Chat(locale);
    if (opening) chat.say(opening);
    const turn = chat.say(tagged);
    expect(whatIfOf(turn)).toBeUndefined();
    expect(turn.session.facts.subscription?.value ?? turn.session.guessed?.subscription).toBe(subscription);
  });

  it('"instead of" in a what-if asks no side question about relays', () => {
    expect(read('what if we used a VM instead of App Service?').topics).toEqual([]);
    expect(read('how do I use SendGrid instead?').topics).toEqual(['relay']);
  });

  it('a message that states and supposes: the statement decides, the supposition is answered beside it', () => {
    const turn = new Chat('en').say('My PAYG VM cannot send on port 25. If we moved it to EA, would that work?');
    expect(verdictOf(turn)).toMatchObject({ outcome: 'blocked', rules: ['S1', 'O1'] });
    expect(whatIfOf(turn)?.result.verdict).toMatchObject({ outcome: 'open', rules: ['S1', 'E1'] });
    expect(turn.session.facts.subscription?.value).toBe('payAsYouGo');
  });
});

describe('a supposition never sets a fact', () => {
  const OPENINGS: Record<Locale, string[]> = {
    en: ['pay as you go VM, port 25 times out', 'Our EA virtual machine times out on port 25', 'Our VM cannot send on port 25', 'hello'],
    ja: ['従量課金の仮想マシンからポート 25 でメールを送信できません', '仮想マシンからポート 25 で送信できません', 'こんにちは'],
  };
  const SUPPOSING: Record<Locale, ((value: string) => string)[]> = {
    en: [(v) => `suppose we moved it to ${v}?`, (v) => `what if it was ${v}?`, (v) => `and if we moved everything to ${v}?`],
    ja: [(v) => `仮に${v}だったらどうなりますか？`, (v) => `${v}に移したらどうなりますか？`, (v) => `もし${v}を使ったら？`],
  };
  const VALUES: Record<Locale, string[]> = {
    en: ['EA', 'Pay-As-You-Go', 'Enterprise Dev/Test', 'CSP', 'a VM', 'a scale set', 'App Service', 'Azure Firewall', 'MCA'],
    ja: ['EA', '従量課金制', 'Enterprise Dev/Test', 'CSP', '仮想マシン', 'App Service', 'Azure Firewall', '企業向け MCA'],
  };

  it.each(['en', 'ja'] as const)('%s: any what-if, at any point, leaves the facts as they were', (locale) => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OPENINGS[locale]),
        fc.array(fc.tuple(fc.constantFrom(...SUPPOSING[locale]), fc.constantFrom(...VALUES[locale])), { minLength: 1, maxLength: 3 }),
        (opening, suppositions) => {
          const chat = new Chat(locale);
          const before = structuredClone(chat.say(opening).session.facts);
          for (const [template, value] of suppositions) {
            const turn = chat.say(template(value));
            expect(turn.session.facts).toEqual(before);
            // Not a guess to confirm either: a "yes" to it would set the fact.
            expect(turn.session.guessed).toBeUndefined();
            expect(turn.say.some((s) => s.kind === 'changed' || s.kind === 'verdict' || s.kind === 'confirm')).toBe(false);
          }
        },
      ),
    );
  });
});

describe('"done all of it, still failing" leads on, never to the same steps again', () => {
  it.each([
    ['en', 'Enterprise Dev/Test VM, just give me the steps', 'done all of it, still failing'],
    ['ja', 'Enterprise Dev/Test の仮想マシンです。手順を教えてください', 'すべて実施しましたが、まだ送信できません'],
  ] as const)('%s: the steps are recorded as done and support can act (H1): the hand-off', (locale, opening, after) => {
    const chat = new Chat(locale);
    chat.say(opening);
    const turn = chat.say(after);
    expect(turn.effects.map((e) => e.kind)).toContain('handoff');
    expect(turn.session.facts.clarified).toMatchObject({ exemptionGranted: true, restartedSinceExemption: true });
    expect(verdictOf(turn)).toBeUndefined();
  });

  it('where support cannot lift the block (O1), it says so and gives the relay instead of a support request', () => {
    const chat = new Chat('en');
    chat.say('Pay-As-You-Go VM, port 25 times out');
    const turn = chat.say('still not working');
    expect(turn.effects.map((e) => e.kind)).not.toContain('handoff');
    expect(turn.say).toContainEqual(expect.objectContaining({ kind: 'notSolved' }));
  });
});

describe('"I don\'t know" is explained, never looped', () => {
  it.each([
    ['en', 'Enterprise Dev/Test VM', 'not sure'],
    ['ja', 'Enterprise Dev/Test の仮想マシンです', 'わかりません'],
  ] as const)('%s: two open answers bring what holds whatever they are, with the open ones as conditions', (locale, opening, unsure) => {
    const chat = new Chat(locale);
    const first = asked(chat.say(opening))[0];
    const second = asked(chat.say(unsure))[0];
    expect(second).not.toBe(first);
    const verdict = chat.say(unsure);
    expect(lines(verdict)).toContain('whateverTheAnswers');
    expect(verdictOf(verdict)?.steps.some((s) => s.when)).toBe(true);
  });
});

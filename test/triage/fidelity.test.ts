/**
 * The conversation says what the article says: each wrong-advice path and misleading reading of the second
 * audit, as what a person writes → what the bot does, in English and Japanese.
 */
import { CATALOGS, format, type Catalog, type Locale } from '../../src/locale';
import { caseSummary, summary } from '../../src/cases/summary';
import { triageResult } from '../../src/triage/result';
import type { Say } from '../../src/triage/say';
import type { Session, SessionFacts, VerifiedSubscription } from '../../src/triage/session';
import { step, type AzureOutcome, type Step } from '../../src/triage/step';
import { candidateKinds } from '../../src/policy/quotaIds';

class Chat {
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

  azure(outcome: AzureOutcome): Step {
    const turn = step(this.session, { kind: 'azure', outcome }, { lookup: this.lookup });
    this.session = turn.session;
    return turn;
  }
}

const asked = (turn: Step) => turn.say.flatMap((s) => (s.kind === 'question' ? [s.question] : s.kind === 'separate' ? ['separate'] : []));
const verdictOf = (turn: Step) => turn.say.find((s): s is Extract<Say, { kind: 'verdict' }> => s.kind === 'verdict')?.result;
const lines = (turn: Step) => turn.say.flatMap((s) => (s.kind === 'line' ? [s.id] : []));

describe('1. company words are no subscription type: the type is asked', () => {
  it.each([
    ['en', 'VM, our company signed a contract with Microsoft'],
    ['en', 'virtual machine. We signed with Microsoft through our account team'],
    ['en', 'VM; the agreement was signed by my organisation'],
    ['ja', '仮想マシンです。会社で契約しています'],
    ['ja', '仮想マシンです。会社として Microsoft と契約しています'],
  ] as const)('%s: %s', (locale, text) => {
    const turn = new Chat(locale).say(text);
    expect(verdictOf(turn)).toBeUndefined();
    expect(turn.session.facts.subscription).toBeUndefined();
    expect(lines(turn)).toContain('companyContract');
    expect(asked(turn)).toEqual(['subscription']);
  });

  it.each([
    ['en', 'our company signed an Enterprise Agreement, VM', 'enterpriseAgreement'],
    ['ja', '会社で契約している Enterprise Dev/Test の仮想マシンです', 'enterpriseDevTest'],
  ] as const)('%s: a type named beside them still counts: %s', (locale, text, kind) => {
    const turn = new Chat(locale).say(text);
    expect(turn.session.facts.subscription?.value).toBe(kind);
    expect(lines(turn)).not.toContain('companyContract');
  });
});

describe('2. Azure data: contradictions and unknown quota ids are asked, never verified', () => {
  const verified = (quotaId: string, billing?: VerifiedSubscription['billing']): AzureOutcome => {
    const { kinds, knownQuotaId, contradiction } = candidateKinds({ quotaId, spendingLimit: 'Off', billing });
    return {
      kind: 'verified',
      subscription: {
        subscriptionId: '0b1f6471-1bf0-4dda-aec3-cb9272f09590',
        displayName: 'Contoso',
        state: 'Enabled',
        quotaId,
        billing,
        kinds,
      },
      knownQuotaId,
      contradiction,
    };
  };
  it.each([
    [
      'EA quota id with MCA / Enterprise / DevTest billing',
      verified('EnterpriseAgreement_2014-09-01', {
        billingAccountAgreementType: 'MicrosoftCustomerAgreement',
        billingAccountType: 'Enterprise',
        subscriptionWorkloadType: 'DevTest',
      }),
      'separate',
    ],
    [
      'Pay-As-You-Go quota id with EA billing',
      verified('PayAsYouGo_2014-09-01', { billingAccountAgreementType: 'EnterpriseAgreement', billingAccountType: 'Enterprise' }),
      'separate',
    ],
    [
      'an unknown quota id whose billing leaves one rule',
      verified('Internal_2030-01-01', { billingAccountAgreementType: 'MicrosoftPartnerAgreement' }),
      'subscription',
    ],
  ] as const)('%s', (_name, outcome, question) => {
    for (const locale of ['en', 'ja'] as const) {
      const chat = new Chat(locale, true);
      chat.say(locale === 'en' ? 'virtual machine' : '仮想マシンです');
      const turn = chat.azure(outcome);
      expect(turn.session.facts.subscription).toBeUndefined();
      expect(verdictOf(turn)).toBeUndefined();
      expect(asked(turn)).toEqual([question]);
      const said = turn.say.find((s): s is Extract<Say, { kind: 'verified' }> => s.kind === 'verified');
      expect(said?.contradiction).toBe(outcome.kind === 'verified' && outcome.contradiction === true);
    }
  });
});

describe('3. a rejection by the receiving domain in Enterprise Dev/Test is E2, never H1', () => {
  it.each([
    ['en', "Enterprise Dev/Test VM. I haven't run the diagnostic, and outlook.com answers 550 5.7.1 Service unavailable"],
    ['ja', 'Enterprise Dev/Test の仮想マシンです。受信側のサーバーに拒否されました (550 5.7.1)'],
  ] as const)('%s: %s', (locale, text) => {
    const chat = new Chat(locale);
    let turn = chat.say(text);
    for (let i = 0; i < 6 && !verdictOf(turn); i++) turn = chat.say(locale === 'en' ? 'no' : 'いいえ');
    const result = verdictOf(turn)!;
    expect(result.verdict).toMatchObject({ outcome: 'open', rules: ['S1', 'E2'], escalation: null });
    expect(result.category).toBeUndefined();
  });
});

const topics = (turn: Step) => turn.say.flatMap((s) => (s.kind === 'topic' ? [s.topic] : []));

describe('5. a refused connection, an access or relaying denial: one meaning in both languages', () => {
  it.each([
    ['en', 'VM on EA. The connection was rejected on port 25', false],
    ['ja', 'EA の仮想マシンです。25 番ポートで接続が拒否されました', false],
    ['en', 'VM on EA. connection rejected', false],
    ['ja', 'EA の仮想マシンです。接続拒否されます', false],
    ['en', 'VM on EA, the server says 554 5.7.1 Relay access denied', undefined],
    ['en', 'VM on EA, relaying denied', undefined],
    ['en', 'VM on EA, 550 access denied', undefined],
    ['en', 'VM on EA, outlook answers 550 5.7.1 and rejects the mail', true],
    ['ja', 'EA の仮想マシンです。受信側のサーバーに拒否されました', true],
  ] as const)('%s: %s', (locale, text, rejects) => {
    const turn = new Chat(locale).say(text);
    expect(turn.session.facts.clarified.receivingDomainRejects ?? undefined).toBe(rejects);
    if (rejects !== true) expect(verdictOf(turn)?.verdict?.rules ?? []).not.toContain('E2');
  });
});

describe('10. D3 done is heard, and the verdict can become open', () => {
  it.each([
    ['en', 'I added and removed a temporary subnet', 'yes'],
    ['ja', '一時サブネットを追加して削除しました', 'はい'],
  ] as const)('%s: %s', (locale, done, yes) => {
    const chat = new Chat(locale);
    chat.say(
      locale === 'en' ? 'Enterprise Dev/Test VM, exempted by the diagnostic' : 'Enterprise Dev/Test の仮想マシンです。診断で除外済みです',
    );
    let turn = chat.say(yes);
    for (let i = 0; i < 6 && !verdictOf(turn); i++) {
      const question = asked(turn)[0];
      const answers: Record<string, string> = {
        restartedSinceExemption: yes,
        delegatedSubnet: yes,
        temporarySubnetDone: done,
        routedDirectlyToInternet: locale === 'en' ? 'through its public IP' : 'パブリック IP から直接',
        formerlyEnterprise: locale === 'en' ? 'no' : 'いいえ',
        receivingDomainRejects: locale === 'en' ? 'it times out' : 'タイムアウトします',
      };
      turn = chat.say(answers[question] ?? yes);
    }
    expect(turn.session.facts.clarified.temporarySubnetDone).toBe(true);
    expect(verdictOf(turn)?.verdict).toMatchObject({ outcome: 'open' });
  });
});

describe('12. mentioning the diagnostic is not being exempted', () => {
  it.each([
    ['en', 'Enterprise Dev/Test VM. I still have to run the diagnostic'],
    ['en', 'Enterprise Dev/Test VM. I ran it and it said not eligible'],
    ['en', 'Enterprise Dev/Test VM. I ran the diagnostic and it said not eligible'],
    ['ja', 'Enterprise Dev/Test の仮想マシンです。VM の停止と開始は実行済みです'],
    ['ja', 'Enterprise Dev/Test の仮想マシンです。診断したら対象外と表示されました'],
  ] as const)('%s: %s', (locale, text) => {
    const turn = new Chat(locale).say(text);
    expect(turn.session.facts.clarified.exemptionGranted).not.toBe(true);
  });
});

describe('16. 「再起動しました」 and "restarted" to the D2 question get what D2 needs, and the question stays', () => {
  it.each([
    ['en', 'Enterprise Dev/Test VM, exempted by the diagnostic', 'yes, I restarted them'],
    ['ja', 'Enterprise Dev/Test の仮想マシンです。診断で除外済みです', '再起動しました'],
  ] as const)('%s: %s', (locale, opening, reply) => {
    const chat = new Chat(locale);
    let turn = chat.say(opening);
    const answers: Record<string, [string, string]> = {
      receivingDomainRejects: ['it times out', 'タイムアウトします'],
      routedDirectlyToInternet: ['directly', '直接インターネットに出ています'],
    };
    for (let i = 0; i < 4 && asked(turn)[0] !== 'restartedSinceExemption'; i++) {
      const [en, ja] = answers[asked(turn)[0] ?? ''] ?? ['yes', 'はい'];
      turn = chat.say(locale === 'en' ? en : ja);
    }
    expect(asked(turn)).toEqual(['restartedSinceExemption']);
    turn = chat.say(reply);
    expect(topics(turn)).toEqual(['reboot']);
    expect(asked(turn)).toEqual(['restartedSinceExemption']);
    expect(turn.session.facts.clarified.restartedSinceExemption).toBeUndefined();
  });
});

describe('5. relaying and access denials in Japanese say neither, as in English', () => {
  it.each(['EA の仮想マシンです。リレーが拒否されました (554 5.7.1)', 'EA の仮想マシンです。アクセス拒否と返ってきます'])('%s', (text) => {
    expect(new Chat('ja').say(text).session.facts.clarified.receivingDomainRejects).toBeUndefined();
  });
});

describe('6. a summary states only what was gathered', () => {
  const vm = (extra: Partial<SessionFacts> = {}): SessionFacts => ({
    resource: { value: 'virtualMachine', source: 'told' },
    clarified: {},
    ...extra,
  });
  it.each(['en', 'ja'] as const)('%s: a VM with the subscription still open is "not answered yet", never "not needed (S4)"', (locale) => {
    const catalog = CATALOGS[locale];
    const text = summary(catalog, locale, triageResult(vm()));
    expect(text).toContain(`${catalog.summary.subscription}: ${catalog.handoff.notAnsweredYet}`);
    expect(text).not.toContain(catalog.summary.notAsked);
  });

  it.each(['en', 'ja'] as const)('%s: every open question shows as not answered yet, and the verdict says it is not final', (locale) => {
    const catalog = CATALOGS[locale];
    const facts = vm({ subscription: { value: 'enterpriseDevTest', source: 'told' }, clarified: { exemptionGranted: true } });
    const text = summary(catalog, locale, triageResult(facts));
    for (const fact of ['restartedSinceExemption', 'delegatedSubnet', 'routedDirectlyToInternet'] as const) {
      expect(text).toContain(`${catalog.factLabels[fact]}: ${catalog.handoff.notAnsweredYet}`);
    }
    expect(text).toContain(catalog.summary.provisional);
  });

  it.each(['en', 'ja'] as const)('%s: a settled verdict is not marked provisional', (locale) => {
    const catalog = CATALOGS[locale];
    const facts = vm({ subscription: { value: 'payAsYouGo', source: 'told' }, clarified: { formerlyEnterprise: false } });
    expect(summary(catalog, locale, triageResult(facts))).not.toContain(catalog.summary.provisional);
  });

  it.each(['en', 'ja'] as const)('%s: an unknown quota id is read from Azure, not verified', (locale) => {
    const catalog = CATALOGS[locale];
    const azure = {
      subscriptionId: '0b1f6471-1bf0-4dda-aec3-cb9272f09590',
      displayName: 'Contoso',
      state: 'Enabled',
      quotaId: 'Internal_2030-01-01',
      kinds: candidateKinds({ quotaId: 'Internal_2030-01-01' }).kinds,
    };
    const text = summary(catalog, locale, triageResult(vm({ azure, subscriptionId: azure.subscriptionId })));
    expect(text).toContain(catalog.azure.summaryRead);
    expect(text).not.toContain(catalog.azure.summaryVerified);
    expect(text).toContain(catalog.handoff.notAnsweredYet);
  });
});

describe('7, 8, 14, 16, 17. side answers and verdict lines say what the article says', () => {
  it.each<[string, (c: Catalog) => string, RegExp, RegExp]>([
    [
      "8: why Azure blocks port 25, in the article's words; IP reputation is the reason for the relay",
      (c) => c.talk.topics.whyBlocked,
      /security of Microsoft's partners and customers.*protect the Azure platform.*industry standards.*IP reputation is the article's reason to send through an authenticated SMTP relay/,
      /パートナーと顧客のセキュリティの強化.*Azure プラットフォームの保護.*業界標準への準拠.*IP の評価は、ブロックの理由ではなく/,
    ],
    ['17: other ports: no "(and 465)"', (c) => c.talk.topics.otherPorts, /^(?!.*465).*port 587/, /^(?!.*465).*ポート 587/],
    [
      '17: support does not unblock EA: there is no block to lift',
      (c) => c.talk.topics.supportUnblock,
      /does not lift the port-25 block as such.*no block to lift \(E1\)/,
      /Azure サポートが解除するわけではありません.*解除するブロックがなく \(E1\)/,
    ],
    [
      '17: Exchange Online is general advice, not R0',
      (c) => c.talk.topics.exchangeOnline,
      /^General advice, not from the article/,
      /^記事の内容ではない一般的な情報です/,
    ],
    [
      "7: why support cannot lift it comes from Azure's diagnostic",
      (c) => c.noEscalation,
      /The article gives no way to lift this.*Azure's own port-25 diagnostic/,
      /記事には、これを解除する方法は記載されていません.*Azure のポート 25 の診断/,
    ],
    ['7: the case note says so too', (c) => c.handoff.cannotLift, /Azure's own port-25 diagnostic/, /Azure のポート 25 の診断/],
    ['16: S4 is "not supported"', (c) => c.outcome.unsupported, /is not supported/, /サポートされていません/],
    [
      '16: D2 is "started", not "restarted"',
      (c) => c.factLabels.restartedSinceExemption,
      /stopped \(deallocated\) and started/,
      /停止 \(割り当て解除\) してから開始/,
    ],
    [
      '16: the reboot answer says what D2 needs',
      (c) => c.talk.topics.reboot,
      /What D2 needs:.*Stop.*Start/,
      /記事の「再起動」は.*\[停止\].*\[開始\]/,
    ],
    [
      '13: the MCA question separates by billing account type',
      (c) => c.questions.mcaKind.prompt,
      /billing account type/,
      /\[課金アカウントの種類\]/,
    ],
    [
      '14: the resource help says AKS is our reading',
      (c) => c.talk.unsure.resource,
      /an AKS node pool too, by our reading/,
      /当方の解釈では AKS のノード プールも含みます/,
    ],
  ])('%s', (_name, text, en, ja) => {
    expect(text(CATALOGS.en)).toMatch(en);
    expect(text(CATALOGS.ja)).toMatch(ja);
  });

  it('13: the MCA options name the billing account types, not who signed', () => {
    expect(Object.values(CATALOGS.en.questions.mcaKind.options).map((o) => o.label)).toEqual([
      'Enterprise (MCA-E)',
      'Individual or Business',
      "I don't know",
    ]);
    expect(CATALOGS.ja.questions.mcaKind.options.payAsYouGo.label).toBe('Individual または Business');
  });
});

describe('11. 「従量課金プラン」 is asked in those words: the subscription type or the Functions hosting plan', () => {
  const confirmOf = (turn: Step) => turn.say.find((s): s is Extract<Say, { kind: 'confirm' }> => s.kind === 'confirm');
  it.each(['ja', 'en'] as const)('%s conversation: the hosting plan is S4', (locale) => {
    const chat = new Chat(locale);
    const first = chat.say('従量課金プランの関数アプリから 25 番で送れません');
    expect(confirmOf(first)?.consumptionPlan).toBe(true);
    const turn = chat.say(CATALOGS[locale].talk.consumptionPlan.functions);
    expect(verdictOf(turn)?.verdict).toMatchObject({ outcome: 'unsupported', rules: ['S4'] });
  });

  it.each(['ja', 'en'] as const)('%s conversation: the subscription type is Pay-As-You-Go', (locale) => {
    const chat = new Chat(locale);
    expect(confirmOf(chat.say('従量課金プランの仮想マシンです'))?.consumptionPlan).toBe(true);
    const turn = chat.say(CATALOGS[locale].talk.consumptionPlan.subscription);
    expect(turn.session.facts.subscription?.value).toBe('payAsYouGo');
    expect(turn.session.facts.resource?.value).toBe('virtualMachine');
  });

  it('a plain guess keeps the plain confirmation', () => {
    expect(confirmOf(new Chat('en').say('VM, I think it is pay as you go'))?.consumptionPlan).toBeUndefined();
  });
});

describe('7. S4 is not a block: its closing and case note say "not supported", not "cannot lift"', () => {
  it.each(['en', 'ja'] as const)('%s', (locale) => {
    const catalog = CATALOGS[locale];
    const text = caseSummary(catalog, locale, triageResult({ resource: { value: 'otherPaas', source: 'told' }, clarified: {} }));
    expect(text).toContain(format(catalog.handoff.cannotEnable, { rules: 'S4' }));
    expect(text).not.toContain(format(catalog.handoff.cannotLift, { rules: 'S4' }));
  });
});

/**
 * Every reply the Japanese catalog can produce, rendered with sample slots: each catalog text, every verdict
 * and case summary of the decision grid, and each kind of reply the conversation renders. A Japanese line may
 * not hold ", " between items, a half-width space after 「。」, or a half-width "?" after Japanese text.
 */
import { CATALOGS, format } from '../../src/locale';
import { PORTAL_TEXT } from '../../src/locale/portal';
import { TEAMS_APP_TEXT } from '../../src/locale/teams';
import { STEPS } from '../../src/policy/steps';
import { summary } from '../../src/cases/summary';
import { evaluateEligibility } from '../../src/policy';
import { candidateKinds } from '../../src/policy/quotaIds';
import type { ResourceKind, SubscriptionKind, TriageFacts } from '../../src/policy/types';
import { QUESTIONS, optionIds, type QuestionId } from '../../src/triage/questions';
import { triageResult } from '../../src/triage/result';
import type { Say } from '../../src/triage/say';
import type { SessionFacts } from '../../src/triage/session';
import { renderSay } from '../../dialogs/render/talk';
import { verdict } from '../../dialogs/render/verdict';
import { verifiedLines } from '../../dialogs/render/azure';

const ja = CATALOGS.ja;
/** Slot values as they come: Japanese words, Latin names, numbers, a list the code joined. */
const SAMPLE: Record<string, string> = {
  text: 'よくわかりません',
  url: ja.articleUrl,
  id: '0b1f6471-1bf0-4dda-aec3-cb9272f09590',
  offer: 'MS-AZR-0017G',
  name: '山田 太郎',
  number: 'C-1042',
  status: '担当者割り当て済み',
  days: '月・火・水・木・金',
  hours: '09:00–18:00',
  zone: 'Asia/Tokyo',
  when: '2026年12月7日(月) 9:00',
  rules: 'S1、O1',
  category: '[技術関連] → [仮想ネットワーク] → [メールを送信できない (SMTP 25 番ポート)]',
  description: '25 番ポートで送信するとタイムアウトします',
  email: 'taro@contoso.com',
  numbers: 'C-1042、C-1043',
  rating: '5',
  type: 'image/png',
  title: 'ポート 25 でメールを送信できない (ケース C-1042)',
  severity: 'B - 中程度の影響',
  country: 'JPN',
  timeZone: 'Tokyo Standard Time',
  reason: 'サインインしていません',
  kinds: 'Standard Enterprise Agreement (EA、MS-AZR-0017P) または企業向け MCA (MCA-E)',
  quotaId: 'EnterpriseAgreement_2014-09-01',
  agreement: 'MicrosoftCustomerAgreement',
  account: 'Enterprise',
  facts: '仮想マシン、Enterprise Dev/Test',
  fact: 'サブスクリプションの種類',
  from: '従量課金制 (Pay-As-You-Go)',
  to: 'Enterprise Dev/Test',
  options: '*仮想マシン* または *VM スケール セット*',
  ref: 'a1b2c3',
};

/** Every text a person reads; the words the recogniser matches are not texts. */
function texts(value: unknown, key = ''): string[] {
  if (['synonyms', 'commands', 'registerChannelWords', 'culture'].includes(key)) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => texts(v));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, k));
  return [];
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** What reads as translated: the three marks the Microsoft Japanese Style Guide rules out. */
function faults(reply: string): string[] {
  return reply
    .split('\n')
    .filter((line) => JAPANESE.test(line))
    .flatMap((line) => {
      const prose = line.replace(/https?:\/\/\S+/g, '');
      const found: string[] = [];
      if (prose.includes(', ')) found.push(`", " in: ${line}`);
      if (/。 /.test(prose)) found.push(`space after 。 in: ${line}`);
      if (prose.includes('?')) found.push(`half-width "?" in: ${line}`);
      return found;
    });
}

const RESOURCES: ResourceKind[] = ['virtualMachine', 'azureFirewall', 'appServiceEnvironmentV3', 'functionsVnetIntegration', 'otherPaas'];
const SUBSCRIPTIONS: SubscriptionKind[] = ['enterpriseAgreement', 'enterpriseDevTest', 'payAsYouGo'];
const VARIANTS: Partial<TriageFacts>[] = [
  {},
  { receivingDomainRejects: true },
  { exemptionGranted: true, delegatedSubnet: true, routedDirectlyToInternet: false },
  {
    exemptionGranted: true,
    restartedSinceExemption: true,
    delegatedSubnet: true,
    temporarySubnetDone: true,
    routedDirectlyToInternet: true,
  },
  { formerlyEnterprise: true },
];
const GRID: TriageFacts[] = RESOURCES.flatMap((resource) =>
  SUBSCRIPTIONS.flatMap((subscription) => VARIANTS.map((v) => ({ resource, subscription, ...v }))),
);

function known(facts: TriageFacts): SessionFacts {
  const { resource, subscription, ...clarified } = facts;
  const functions = resource === 'functionsVnetIntegration';
  return {
    resource: {
      value: functions ? 'functions' : (resource as Exclude<ResourceKind, 'appServiceVnetIntegration' | 'functionsVnetIntegration'>),
      source: 'told',
    },
    ...(functions ? { vnetIntegration: { value: true, source: 'told' as const } } : {}),
    subscription: { value: subscription, source: 'told' },
    clarified,
  };
}

const ctx = {
  catalog: ja,
  locale: 'ja' as const,
  channelId: 'webchat',
  summary: (r: Parameters<typeof summary>[2]) => summary(ja, 'ja', r),
};
const rendered = (items: Say[]) => renderSay(items, ctx).flatMap((a) => (typeof a.text === 'string' ? [a.text] : []));

function conversationReplies(): string[] {
  const azure = (quotaId: string, billing?: { billingAccountAgreementType: string; billingAccountType: string }) => {
    const { kinds, knownQuotaId, contradiction } = candidateKinds({ quotaId, billing });
    const subscription = { subscriptionId: SAMPLE.id, displayName: 'Contoso 本番', state: 'Enabled', quotaId, billing, kinds };
    return verifiedLines(ja, subscription, knownQuotaId, contradiction === true);
  };
  const questions = (Object.keys(QUESTIONS) as QuestionId[]).flatMap((question) =>
    rendered([{ kind: 'question', question, options: optionIds(question), all: true, signIn: question === 'subscription' }]),
  );
  const result = triageResult(known({ resource: 'virtualMachine', subscription: 'enterpriseDevTest' }));
  return [
    ...questions,
    ...rendered([
      {
        kind: 'understood',
        facts: [
          { fact: 'resource', value: 'virtualMachine' },
          { fact: 'subscription', value: 'enterpriseDevTest' },
          { fact: 'exemptionGranted', value: true },
        ],
      },
      { kind: 'changed', fact: 'subscription', from: 'payAsYouGo', to: 'enterpriseDevTest' },
      { kind: 'confirm', facts: [{ fact: 'subscription', value: 'payAsYouGo' }] },
      { kind: 'confirm', facts: [{ fact: 'subscription', value: 'payAsYouGo' }], consumptionPlan: true },
      { kind: 'notUnderstood', text: 'えーと' },
      { kind: 'question', question: 'resource', options: ['virtualMachine', 'vmScaleSet'], all: false, signIn: false },
      { kind: 'separate', kinds: ['enterpriseAgreement', 'mcaEnterprise', 'payAsYouGo'], groups: ['enterprise', 'other'] },
      ...(['whyBlocked', 'relay', 'exchangeOnline', 'supportUnblock', 'reboot', 'otherPorts'] as const).map((topic) => ({
        kind: 'topic' as const,
        topic,
      })),
      { kind: 'notSolved', result },
      { kind: 'notSolved', result: triageResult(known({ resource: 'virtualMachine', subscription: 'payAsYouGo' })) },
      {
        kind: 'notSolved',
        result: triageResult(known({ resource: 'virtualMachine', subscription: 'payAsYouGo', receivingDomainRejects: true })),
      },
      { kind: 'verdict', result, relayInFull: false, again: true },
    ]),
    ...azure('EnterpriseAgreement_2014-09-01'),
    ...azure('Internal_2030-01-01', { billingAccountAgreementType: 'MicrosoftPartnerAgreement', billingAccountType: 'Partner' }),
    ...azure('PayAsYouGo_2014-09-01', { billingAccountAgreementType: 'EnterpriseAgreement', billingAccountType: 'Enterprise' }),
  ];
}

describe('Japanese replies read as Japanese', () => {
  it('every catalog text, step, portal and Teams app text, with sample slots', () => {
    const all = [...texts(ja), ...Object.values(STEPS).map((s) => s.text.ja), ...texts(PORTAL_TEXT.ja), ...texts(TEAMS_APP_TEXT.ja)];
    expect(all.flatMap((t) => faults(format(t, SAMPLE)))).toEqual([]);
  });

  it('every verdict and case summary of the decision grid', () => {
    const replies = GRID.flatMap((facts) => [
      verdict(ja, 'ja', evaluateEligibility(facts), true),
      summary(ja, 'ja', triageResult(known(facts))),
    ]);
    expect(replies.flatMap(faults)).toEqual([]);
  });

  it('each kind of reply the conversation renders', () => {
    expect(conversationReplies().flatMap(faults)).toEqual([]);
  });

  it('what the bot understood is a whole sentence, closed with 「。」', () => {
    const facts = [
      { fact: 'resource' as const, value: 'virtualMachine' },
      { fact: 'subscription' as const, value: 'enterpriseDevTest' },
    ];
    expect(rendered([{ kind: 'understood', facts }])).toEqual(['承知しました。お伺いした内容は「仮想マシン、Enterprise Dev/Test」です。']);
  });

  it('the check itself finds each fault', () => {
    expect(faults('承知しました: 仮想マシン, Enterprise Dev/Test。')).toHaveLength(1);
    expect(faults('判定しました。 次へ進みます。')).toHaveLength(1);
    expect(faults('これで解決しましたか?')).toHaveLength(1);
    expect(faults('It works, thanks?')).toEqual([]);
  });
});

describe('one spelling per term, as domain.md gives them', () => {
  const all = () => [...texts(ja), ...GRID.map((f) => verdict(ja, 'ja', evaluateEligibility(f), true))].join('\n');
  it.each([
    ['エンタープライズ Dev/Test', 'Enterprise Dev/Test'],
    ['エンタープライズ向け MCA', '企業向け MCA'],
    ['従量課金 (', '従量課金制'],
    ['「portal の', 'Azure portal の'],
    ['系列', ''],
    ['大丈夫です。', ''],
    ['どれに当たりますか', ''],
  ])('never %s', (wrong) => {
    expect(all()).not.toContain(wrong);
  });

  it('the R0 paragraph is said in full once, not in every verdict', () => {
    const facts: TriageFacts = { resource: 'virtualMachine', subscription: 'payAsYouGo' };
    const r0 = evaluateEligibility(facts).steps.at(-1)!.text.ja;
    expect(verdict(ja, 'ja', evaluateEligibility(facts), true)).toContain(r0);
    expect(verdict(ja, 'ja', evaluateEligibility(facts), false)).not.toContain(r0);
  });
});

describe('one culture profile per language joins what code joins', () => {
  it.each(['en', 'ja'] as const)('%s: rule ids, alternatives and the menu path', (locale) => {
    const catalog = CATALOGS[locale];
    const facts: TriageFacts = { resource: 'virtualMachine', subscription: 'enterpriseAgreement' };
    const text = verdict(catalog, locale, evaluateEligibility(facts));
    expect(text).toContain(format(catalog.decidedBy, { rules: ['S1', 'E1'].join(catalog.culture.separator) }));
    const sum = summary(catalog, locale, triageResult(known(facts)));
    expect(sum).toContain(locale === 'ja' ? '[技術関連] → [仮想ネットワーク]' : 'Technical → Virtual Network');
  });
});

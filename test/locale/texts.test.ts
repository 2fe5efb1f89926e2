/**
 * The texts against the article (../shared/seed, ../shared/domain.md): what each step and catalog entry
 * claims, and the Japanese a support engineer expects to read.
 */
import { formatCount } from '../../src/locale';
import { en } from '../../src/locale/en';
import { ja } from '../../src/locale/ja';
import { PORTAL_TEXT } from '../../src/locale/portal';
import { TEAMS_APP_TEXT } from '../../src/locale/teams';
import { evaluateEligibility } from '../../src/policy';
import { STEPS } from '../../src/policy/steps';

/** Every text a person reads; the words the recogniser matches (synonyms, commands) are not texts. */
function texts(value: unknown, key = ''): string[] {
  if (['synonyms', 'commands', 'registerChannelWords'].includes(key)) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => texts(v));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, k));
  return [];
}
const stepTexts = (lang: 'en' | 'ja') => Object.values(STEPS).map((s) => s.text[lang]);
const JA = [...texts(ja), ...stepTexts('ja'), ...texts(PORTAL_TEXT.ja), ...texts(TEAMS_APP_TEXT.ja)];
const EN = [...texts(en), ...stepTexts('en'), ...texts(PORTAL_TEXT.en), ...texts(TEAMS_APP_TEXT.en)];
const TITLE_JA = 'Azure でのアウトバウンド SMTP 接続に関する問題のトラブルシューティング';

describe('E1: the Standard Enterprise Agreement, and no promise about the receiving side', () => {
  it('the EA button and the E1 step name the Standard Enterprise Agreement (MS-AZR-0017P)', () => {
    for (const catalog of [en, ja]) {
      expect(catalog.questions.subscription.options.enterpriseAgreement.label).toMatch(
        /^Standard Enterprise Agreement \(EA.*MS-AZR-0017P\)$/,
      );
    }
    expect(STEPS.enterpriseNotBlocked.text.en).toContain('Standard Enterprise Agreement (MS-AZR-0017P)');
    expect(STEPS.enterpriseNotBlocked.text.ja).toContain('Standard Enterprise Agreement (MS-AZR-0017P)');
  });

  it('says external domains may still refuse, and marks the NSG / route-table advice as general advice', () => {
    expect(STEPS.enterpriseNotBlocked.text.en).toMatch(/no guarantee, though, that external domains accept the mail/);
    expect(STEPS.enterpriseNotBlocked.text.en).toMatch(/General advice, not from the article: .*network security groups/);
    expect(STEPS.enterpriseNotBlocked.text.ja).toContain('外部ドメインがそのメールを受け入れる保証はありません');
    expect(STEPS.enterpriseNotBlocked.text.ja).toMatch(/記事の内容ではない一般的な確認事項として.*ネットワーク セキュリティ グループ/);
  });
});

describe('D4: Azure Firewall in Enterprise Dev/Test is a reading, with R0 and H1', () => {
  const v = evaluateEligibility({ resource: 'azureFirewall', subscription: 'enterpriseDevTest' });
  it.each(['en', 'ja'] as const)('%s', (lang) => {
    const text = v.steps.map((s) => s.text[lang]).join('\n');
    expect(text).not.toMatch(/Azure support cannot change that|Azure サポートでも変更できません/);
    expect(text).toMatch(lang === 'en' ? /Our reading of D4, not the article's own words/ : /記事の記述ではなく、D4 からの解釈です/);
    expect(text).toContain('(H1)');
    expect(v.steps.map((s) => s.rule)).toEqual(['S3', 'D4', 'R0']);
  });
});

describe('C1: a change of type may block, it does not surely explain', () => {
  it('says "may", never "as soon as" or 「止まった理由はこれです」', () => {
    expect(STEPS.formerlyEnterprise.text.en).toMatch(/may become blocked when the deployment changes, which may explain/);
    expect(STEPS.formerlyEnterprise.text.en).not.toContain('as soon as');
    expect(STEPS.formerlyEnterprise.text.ja).toContain('ブロックされることがあります');
    expect(STEPS.formerlyEnterprise.text.ja).toContain('原因の可能性があります');
    expect(STEPS.formerlyEnterprise.text.ja).not.toContain('止まった理由はこれです');
  });
});

describe('D2: stop-deallocate-start, not a reboot', () => {
  it("the question names the portal's Stop and Start and says a reboot does not deallocate", () => {
    expect(en.questions.restartedSinceExemption.prompt).toMatch(
      /stopped with Stop .*deallocated.*started with Start.*reboot .*does not deallocate/,
    );
    expect(ja.questions.restartedSinceExemption.prompt).toContain('[停止] で割り当て解除してから [開始]');
    expect(ja.questions.restartedSinceExemption.prompt).toContain('再起動');
    expect(STEPS.restartVms.text.en).toContain('a reboot from inside the OS, or Restart, does not deallocate');
  });
});

describe('D3: the question is about any VNet of the subscription, not "sends from a subnet of this subscription"', () => {
  it.each([
    ['en', en.questions.delegatedSubnet.prompt],
    ['ja', ja.questions.delegatedSubnet.prompt],
  ])('%s', (_lang, prompt) => {
    expect(prompt).not.toMatch(/Does the app send from|から送信していますか/);
    expect(prompt).toMatch(
      /any virtual network of the subscription, the VM's own included|VM が接続している仮想ネットワークを含め、サブスクリプションのいずれかの仮想ネットワーク/,
    );
  });
});

describe('S1: AKS node pools are VM scale sets (words only)', () => {
  it('the S1 scope step and the portal rule say so', () => {
    expect(STEPS.vmScope.text.en).toContain('AKS node pools are VM scale sets');
    expect(STEPS.vmScope.text.ja).toContain('AKS のノード プール');
    expect(PORTAL_TEXT.en.rules.find((r) => r.id === 'S1')?.text).toContain('AKS');
    expect(PORTAL_TEXT.ja.rules.find((r) => r.id === 'S1')?.text).toContain('AKS');
  });
});

describe('R0: dated facts', () => {
  it('names Exchange Online with OAuth (Basic auth off by default at the end of December 2026)', () => {
    expect(STEPS.useAuthenticatedRelay.text.en).toMatch(/Exchange Online .*OAuth.*end of December 2026/);
    expect(STEPS.useAuthenticatedRelay.text.ja).toMatch(/Exchange Online .*OAuth.*2026 年 12 月末/);
  });

  it('says Microsoft Marketplace, never Azure Marketplace', () => {
    expect(STEPS.useAuthenticatedRelay.text.en).toContain('Microsoft Marketplace');
    for (const text of [...EN, ...JA]) expect(text).not.toContain('Azure Marketplace');
  });

  it('ja: the relay services keep the IP reputation, not port 587; whole sentences; dates as 2026 年 10 月 23 日', () => {
    const r0 = STEPS.useAuthenticatedRelay.text.ja;
    expect(r0).not.toMatch(/587 は[^。]*IP の評価/);
    expect(r0).toContain('IP の評価を維持するために、これらのサービスの利用を推奨しています');
    expect(r0).not.toContain('のみ (');
    expect(r0).toContain('2026 年 10 月 23 日');
    expect(r0).toContain('2028 年 9 月 30 日');
    expect(r0).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe("ja: one term each, the article's title, natural wording", () => {
  it('認証済み SMTP リレー, never 認証付き', () => {
    for (const text of JA) expect(text).not.toContain('認証付き');
    expect(ja.handoff.cannotLift).toContain('認証済み SMTP リレー');
    expect(PORTAL_TEXT.ja.relay).toContain('認証済み SMTP リレー');
  });

  it('問題の種類 for the support request, never カテゴリ; ケースの概要, never 要約', () => {
    for (const text of JA) {
      expect(text).not.toContain('カテゴリ');
      expect(text).not.toContain('要約');
    }
    expect(ja.summary.category).toBe('問題の種類');
    expect(ja.handoff.next.azureSupport).toContain('[問題の種類] に{category}');
    expect(ja.summary.title).toBe('ケースの概要');
    expect(TEAMS_APP_TEXT.ja.descriptionFull).toContain('ケースの概要');
  });

  it("quotes the article's title exactly wherever it is named", () => {
    expect(ja.source).toContain(`[${TITLE_JA}]`);
    expect(PORTAL_TEXT.ja.articleLink).toContain(TITLE_JA);
    expect(TEAMS_APP_TEXT.ja.descriptionFull).toContain(`「${TITLE_JA}」`);
    for (const text of JA) expect(text).not.toContain('送信 SMTP 接続に関する問題のトラブルシューティング');
  });

  it('outcomes read ブロックなし / サポート対象外', () => {
    expect(ja.outcome.open).toMatch(/^ブロックなし: /);
    expect(ja.outcome.unsupported).toMatch(/^サポート対象外: /);
    for (const text of JA) expect(text).not.toMatch(/開放:|非サポート:/);
  });

  it.each([
    ['お客様として', 'お客様の権限で', () => ja.azure.signInPrompt],
    ['結論から始められるよう', '判定結果を踏まえて対応できるよう', () => ja.noEscalation],
    ['現在対応中です', '現在は対応時間内です', () => ja.handoff.openNow],
    ['動いていますか', 'デプロイされていますか', () => ja.questions.subscription.prompt],
    ['何も送信しません', 'メールを送信できません', () => ja.azure.states.Disabled],
    ['メールが送信できない', 'メールを送信できない', () => ja.welcome],
  ])('never 「%s」: 「%s」', (wrong, right, where) => {
    for (const text of JA) expect(text).not.toContain(wrong);
    expect(where()).toContain(right);
  });

  it('どちら for a choice between two, どれ for three or more, never どれに当たりますか', () => {
    for (const text of JA) expect(text).not.toContain('どれに当たりますか');
    expect(ja.questions.devTestKind.prompt).toContain('どちらですか？');
    expect(ja.questions.resource.prompt).toContain('どれですか？');
  });

  it("severities in the portal's words", () => {
    const t = ja.handoff.ticket;
    expect([t.severity.minimal.label, t.severity.moderate.label, t.severity.critical.label]).toEqual([
      'C - 最小限の影響',
      'B - 中程度の影響',
      'A - 重大な影響',
    ]);
    expect(t.offer).toContain('重大度');
    const e = en.handoff.ticket;
    expect([e.severity.minimal.label, e.severity.moderate.label, e.severity.critical.label]).toEqual([
      'C - Minimal impact',
      'B - Moderate impact',
      'A - Critical impact',
    ]);
  });

  it('no half-width space after 「。」 or 「、」, and no comma after 申し訳ありません', () => {
    for (const text of JA) {
      expect(text).not.toMatch(/[。、] /);
      expect(text).not.toContain('申し訳ありません、');
    }
  });
});

describe("counts in each language's plural forms", () => {
  it.each([
    ['en', 1, 'You have 1 open case. To see its number'],
    ['en', 2, 'You have 2 open cases. To see their numbers'],
    ['en', 21, 'You have 21 open cases.'],
    ['ja', 1, '未解決のケースが1件あります。'],
    ['ja', 2, '未解決のケースが2件あります。'],
  ] as const)('%s, %i open case(s) in a group chat: "%s"', (lang, count, expected) => {
    const catalog = { en, ja }[lang];
    expect(formatCount(catalog, catalog.teamsChat.statusInGroup, count)).toContain(expected);
  });

  it('no English text writes a plural as "(s)"', () => {
    expect(EN.filter((text) => /\w\(s\)/.test(text))).toEqual([]);
  });
});

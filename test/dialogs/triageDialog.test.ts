import { CATALOGS } from '../../src/locale';
import { Transcript } from './transcript';

describe('English triage', () => {
  it('greets, asks what sends the mail, and reaches a blocked verdict by buttons with R0 and no escalation', async () => {
    const t = new Transcript();
    const hello = await t.say('hi');
    expect(hello.all).toContain('port 25');
    expect(hello.all).toContain('What sends the mail?');
    expect(hello.buttons).toContain('Virtual machine');

    const sub = await t.say('Virtual machine');
    expect(sub.all).toContain('Which subscription type');
    expect(sub.buttons).toContain('Pay-As-You-Go');

    // Nothing else can change it (O1): the verdict comes at once, C1 as one conditional line, not a question.
    const verdict = await t.say('Pay-As-You-Go');
    expect(verdict.all).toContain('Blocked');
    expect(verdict.all).toContain('Decided by rules S1, O1.');
    expect(verdict.all).toContain('If this subscription changed type from EA or MCA-E');
    expect(verdict.all).toMatch(/port 587.*\(R0\)/s);
    expect(verdict.all).toContain('Did that solve it?');

    const closing = await t.say('no');
    expect(closing.all).toContain('The article gives no way to lift this (S1, O1)');
    expect(closing.all).toContain('Case summary');
    expect(closing.all).toContain('Pay-As-You-Go (told by the customer)');
  });

  it('answers by option number and free text, and escalates an EA case with the H1 category', async () => {
    const t = new Transcript();
    await t.say('hello');
    expect((await t.say('1')).all).toContain('Which subscription type');
    const symptom = await t.say('we are on an enterprise agreement');
    expect(symptom.all).toContain('What happens when it sends? (E2)');
    const verdict = await t.say('it times out');
    expect(verdict.all).toContain('Open: Azure does not block port 25');
    expect(verdict.all).toContain('(E1)');
    const escalation = await t.say('2');
    expect(escalation.all).toContain('Technical → Virtual Network → Cannot send email (SMTP/Port 25)');
    expect(escalation.all).toContain('(H1)');
    expect(escalation.all).toContain('Standard Enterprise Agreement (EA, MS-AZR-0017P) (told by the customer)');
  });

  it('walks Enterprise Dev/Test through E2, D4, D1 and D2, gives D3 as a condition, and asks only what the rules need', async () => {
    const t = new Transcript();
    await t.say('hi');
    await t.say('scale set');
    expect((await t.say('Enterprise Dev/Test')).all).toContain('(E2)');
    expect((await t.say('it times out')).all).toContain('(D4)');
    expect((await t.say('directly')).all).toContain('(D1)');
    expect((await t.say('yes')).all).toContain('(D2)');
    const verdict = await t.say('not yet');
    expect(verdict.all).toContain('Exemptable');
    expect(verdict.all).toContain('If a virtual network owned by the exempted subscription has a delegated subnet');
    expect(verdict.all).toContain('stop each VM');
    expect(verdict.all).toContain('(D2)');
    expect(verdict.all).not.toContain('run the diagnostic');
  });

  it('asks about VNet integration for a web app, and without it says port 25 is not supported (S4) without asking the subscription', async () => {
    const t = new Transcript();
    await t.say('hi');
    const vnet = await t.say('our web app');
    expect(vnet.all).toContain('VNet integration');
    expect(vnet.all).toContain('Networking');
    const verdict = await t.say('no');
    expect(verdict.all).toContain('Not supported');
    expect(verdict.all).toContain('(S4)');
    expect(verdict.all).not.toContain('Which subscription type');
    const closing = await t.say('no');
    expect(closing.all).toContain('Sending mail on port 25 is not supported from this service (S4)');
    expect(closing.all).toContain('not needed (S4)');
  });

  it('treats a rejection by the receiving server as E2, never an Azure support case', async () => {
    const t = new Transcript();
    await t.say('hi');
    await t.say('firewall');
    await t.say('MCA-E');
    const verdict = await t.say('the receiving server rejects it');
    expect(verdict.all).toContain('(E2)');
    const closing = await t.say('no');
    expect(closing.all).toContain('not an Azure support case (E2)');
    expect(closing.all).not.toContain('Create a support request');
  });

  it('re-prompts an unknown reply with the choices again, quoting it safely', async () => {
    const t = new Transcript();
    await t.say('hi');
    const again = await t.say('a [link](http://evil.example) *toaster*');
    expect(again.all).toContain('Sorry, I did not understand');
    expect(again.all).toContain('\\[link\\]\\(http://evil.example\\) \\*toaster\\*');
    expect(again.all).toContain('What sends the mail?');
    expect(again.buttons).toContain('Virtual machine');
    expect((await t.say('vm')).all).toContain('Which subscription type');
  });

  it('accepts an offer id as the subscription type', async () => {
    const t = new Transcript();
    await t.say('hi');
    await t.say('vm');
    expect((await t.say('Our offer is MS-AZR-0148P')).all).toContain('(E2)');
  });

  it('explains where to read the type, and asks which agreement an offer id that is not exact stands for', async () => {
    const t = new Transcript();
    await t.say('hi');
    await t.say('vm');
    const where = await t.say("I don't know");
    expect(where.all).toContain('Offer ID');
    expect(where.all).toContain('(E1)');
    expect(where.all).toContain('(O1)');
    expect(where.all).toContain('Which subscription type');
    // MS-AZR-0017G, the Microsoft Azure Plan, can be MCA for enterprise (E1) or an individual MCA (O1).
    const ambiguous = await t.say('MS-AZR-0017G');
    expect(ambiguous.all).toContain(CATALOGS.en.questions.mcaKind.prompt);
    expect(ambiguous.buttons).toEqual(expect.arrayContaining(['Enterprise (MCA-E)', 'Individual or Business']));
  });

  it('validates a pasted subscription id, and tells a malformed one apart', async () => {
    const t = new Transcript();
    await t.say('hi');
    await t.say('vm');
    const bad = await t.say('1234abcd-12-34-5678-zzzz');
    expect(bad.all).toContain('is not a valid subscription id');
    expect(bad.all).toContain('8-4-4-4-12');
    const good = await t.say('/subscriptions/0B1F6471-1BF0-4DDA-AEC3-CB9272F09590/resourceGroups/rg');
    expect(good.all).toContain('0b1f6471-1bf0-4dda-aec3-cb9272f09590 is a valid subscription id');
    expect(good.all).toContain('Looking subscriptions up in Azure is not configured on this bot');
    await t.say('CSP');
    const closing = await t.say('no');
    expect(closing.all).toContain('0b1f6471-1bf0-4dda-aec3-cb9272f09590 (not verified with Azure)');
  });

  it('understands a card submit, and ignores a button from an earlier question', async () => {
    const t = new Transcript();
    await t.say('hi');
    const stale = await t.say({ value: { question: 'subscription', choice: 'csp' } });
    expect(stale.all).toContain('earlier question');
    expect(stale.all).toContain('What sends the mail?');
    expect((await t.say({ value: { question: 'resource', choice: 'azureFirewall' } })).all).toContain('Which subscription type');
  });

  it('starts over, helps and cancels at any point', async () => {
    const t = new Transcript();
    await t.say('hi');
    await t.say('vm');
    const help = await t.say('help');
    expect(help.all).toContain('"start over"');
    expect(help.all).toContain('Which subscription type');
    const over = await t.say('start over');
    expect(over.all).toContain('Starting over.');
    expect(over.all).toContain('What sends the mail?');
    await t.say('vm');
    const cancelled = await t.say('cancel');
    expect(cancelled.all).toContain('Cancelled');
    expect(cancelled.buttons).toEqual([]);
    expect((await t.say('hello again')).all).toContain('What sends the mail?');
  });
});

describe('Japanese triage', () => {
  it('speaks Japanese to a ja locale and understands Japanese words', async () => {
    const t = new Transcript('ja-JP');
    const hello = await t.say('こんにちは');
    expect(hello.all).toContain('メールを送信しているリソースはどれですか？');
    expect(hello.buttons).toContain('仮想マシン');
    expect((await t.say('仮想マシンです')).all).toContain('どの種類のサブスクリプション');
    const verdict = await t.say('従量課金');
    expect(verdict.all).toContain('ブロック');
    expect(verdict.all).toContain('判定の根拠となったルール: S1、O1');
    expect(verdict.all).toContain('(R0)');
    expect(verdict.all).toContain('これで解決しましたか？');
  });

  it('escalates with the Japanese support category', async () => {
    const t = new Transcript('ja-JP');
    await t.say('こんにちは');
    await t.say('１');
    await t.say('エンタープライズ契約');
    await t.say('タイムアウトします');
    const escalation = await t.say('いいえ、まだ助けが必要です');
    expect(escalation.all).toContain('[技術関連] → [仮想ネットワーク] → [メールを送信できない (SMTP 25 番ポート)]');
    expect(escalation.all).toContain('ケースの概要');
  });

  it('re-prompts in Japanese, and validates a malformed id in Japanese', async () => {
    const t = new Transcript('ja-JP');
    await t.say('こんにちは');
    expect((await t.say('トースター')).all).toContain('理解できませんでした');
    await t.say('VM');
    expect((await t.say('abcd-1234-efgh-5678-9999')).all).toContain('有効なサブスクリプション ID ではありません');
    expect((await t.say('キャンセル')).all).toContain('キャンセルしました');
  });

  it('switches language at any time and keeps the answers', async () => {
    const t = new Transcript('en-US');
    await t.say('hi');
    await t.say('vm');
    const ja = await t.say('日本語');
    expect(ja.all).toContain('日本語で続けます。');
    expect(ja.all).toContain('どの種類のサブスクリプション');
    const en = await t.say('English');
    expect(en.all).toContain('Which subscription type');
    // Japanese typed in an English conversation: the bot follows, and says so in one line.
    const over = await t.say('最初から');
    expect(over.all).toContain(CATALOGS.ja.talk.languageFollowed);
    expect(over.all).toContain(CATALOGS.ja.questions.resource.prompt);
  });
});

describe('what-ifs, and the steps of each possibility, through the bot', () => {
  it.each([
    ['en-US', 'en', 'pay as you go VM, port 25 times out', 'suppose we moved it to our EA subscription?', 'what are the steps?'],
    [
      'ja-JP',
      'ja',
      '従量課金の仮想マシンからポート 25 でメールを送信できません',
      'EAのサブスクリプションに移したらどうなりますか？',
      '手順を教えてください',
    ],
  ] as const)('%s: a what-if gets its verdict, the case keeps its own', async (channelLocale, locale, opening, supposing, next) => {
    const t = new Transcript(channelLocale);
    await t.say(opening);
    const whatIf = await t.say(supposing);
    expect(whatIf.all).toContain(CATALOGS[locale].outcome.open);
    expect(whatIf.all).toMatch(/E1/);
    const kept = CATALOGS[locale].talk.whatIf.kept.split('{facts}')[0];
    expect(whatIf.all.split('\n').find((line) => line.includes(kept))).toMatch(/[.。]$/);
    // The verdict's question is still waiting: it comes again, so its buttons are there again in Web Chat.
    expect(whatIf.all).toContain(CATALOGS[locale].questions.solved.prompt);
    const again = await t.say(next);
    expect(again.all).toContain(CATALOGS[locale].outcome.blocked);
    expect(again.all).toMatch(/O1/);
  });

  it('after a switch of language, the relay advice (R0) is said in full in the new language once', async () => {
    const t = new Transcript('en-US');
    const verdict = await t.say('pay as you go VM, port 25 times out');
    expect(verdict.all).not.toContain(CATALOGS.en.talk.relayReminder);
    await t.say('日本語');
    const whatIf = await t.say('EAのサブスクリプションに移したらどうなりますか？');
    expect(whatIf.all).toContain(CATALOGS.ja.outcome.open);
    expect(whatIf.all).not.toContain(CATALOGS.ja.talk.relayReminder);
    expect(whatIf.all).toContain('(R0)');
    const again = await t.say('従量課金のままだったら？');
    expect(again.all).toContain(CATALOGS.ja.talk.relayReminder);
  });

  it.each([
    ['en-US', 'en', 'My VM cannot send mail on port 25, just give me the steps'],
    ['ja-JP', 'ja', '仮想マシンから 25 番ポートでメールを送信できません。手順を教えてください'],
  ] as const)('%s: steps asked for with the subscription unknown: each type, then the question', async (channelLocale, locale, text) => {
    const t = new Transcript(channelLocale);
    const turn = await t.say(text);
    for (const group of Object.values(CATALOGS[locale].talk.possibilities.subscriptionGroups)) expect(turn.all).toContain(group);
    expect(turn.all).toContain(CATALOGS[locale].talk.possibilities.relay);
    expect(turn.all).toContain(CATALOGS[locale].questions.subscription.prompt);
  });
});

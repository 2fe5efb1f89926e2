import type { Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { TriageRoot } from '../../dialogs/triageRoot';
import { CATALOGS } from '../../src/locale';
import type { HandoffOptions } from '../../src/handoff/handoffOptions';
import type { SupportCase } from '../../src/cases/case';
import { CaseStore } from '../../src/cases/caseStore';
import type { SupportHours } from '../../src/cases/supportHours';
import { BoundedMemoryStorage } from '../../src/storage/boundedMemoryStorage';

const TOKYO: SupportHours = { opensAt: 9 * 60, closesAt: 18 * 60, days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], timeZone: 'Asia/Tokyo' };
/** Saturday 28 November 2026, 21:00 in Tokyo: support is closed until Monday 09:00. */
const SATURDAY_NIGHT = new Date('2026-11-28T12:00:00Z');
/** Monday 30 November 2026, 10:00 in Tokyo. */
const MONDAY_MORNING = new Date('2026-11-30T01:00:00Z');

class Chat {
  readonly store = new CaseStore(new BoundedMemoryStorage({ maxItems: 100, ttlMs: 3_600_000 }));
  readonly delivered: { supportCase: SupportCase; storedFirst: boolean }[] = [];
  private readonly client: DialogTestClient;

  constructor(
    private readonly locale: string,
    {
      now = SATURDAY_NIGHT,
      withDestination = true,
      channelId = 'test',
    }: { now?: Date; withDestination?: boolean; channelId?: string } = {},
  ) {
    const options: HandoffOptions = {
      store: this.store,
      hours: TOKYO,
      clock: () => now,
      ...(withDestination && {
        deliver: async (supportCase) => {
          this.delivered.push({ supportCase, storedFirst: (await this.store.get(supportCase.number)) !== undefined });
          return { destination: 'teams', outcome: 'delivered' } as const;
        },
      }),
    };
    this.client = new DialogTestClient(channelId, new TriageRoot(undefined, options));
  }

  async say(text: string): Promise<string> {
    const activity: Partial<Activity> = { type: 'message', text, locale: this.locale };
    const texts: string[] = [];
    for (
      let reply = (await this.client.sendActivity(activity)) as Partial<Activity> | undefined;
      reply;
      reply = this.client.getNextReply()
    ) {
      texts.push(reply.text ?? '');
    }
    return texts.join('\n');
  }

  /** Walks the English triage to an open EA verdict (E1) that escalates (H1). */
  async eaVerdict(): Promise<void> {
    await this.say('hi');
    await this.say('Virtual machine');
    await this.say('Enterprise Agreement');
    expect(await this.say('it times out')).toContain('Did that solve it?');
  }
}

const caseNumberIn = (text: string) => /SMTP-[0-9A-HJKMNP-TV-Z]{5}/.exec(text)?.[0];

describe('hand-off to a person, in English', () => {
  it('after an escalating verdict that did not help: summary, description, confirm, case number, and when support answers', async () => {
    const chat = new Chat('en-US');
    await chat.eaVerdict();
    const summary = await chat.say('no');
    expect(summary).toContain('Case summary');
    expect(summary).toContain('Standard Enterprise Agreement (EA, MS-AZR-0017P) (told by the customer)');
    expect(summary).toContain('Open: Azure does not block port 25');
    expect(summary).toContain('(S1, E1)');
    expect(summary).toContain('Technical → Virtual Network → Cannot send email (SMTP/Port 25) (H1)');
    expect(summary).toContain('describe the problem in your own words');
    expect(summary).not.toContain('cannot lift');

    const confirm = await chat.say('Mail to contoso.com times out since Monday');
    expect(confirm).toContain('Your description: Mail to contoso.com times out since Monday');
    expect(confirm).toContain('Shall I send this case to support?');

    const done = await chat.say('yes');
    const number = caseNumberIn(done);
    expect(number).toBeDefined();
    expect(done).toContain(`Your case number is **${number}**`);
    expect(done).toContain('Support works Mon, Tue, Wed, Thu, Fri, 09:00–18:00 (Asia/Tokyo), and is closed now');
    expect(done).toContain('you will hear back from Monday, November 30, 2026 at 09:00 (Asia/Tokyo)');

    const saved = await chat.store.get(number!);
    expect(saved).toMatchObject({
      status: 'open',
      locale: 'en',
      verdict: { outcome: 'open', rules: expect.arrayContaining(['E1']) as unknown },
      supportCanLift: true,
      description: 'Mail to contoso.com times out since Monday',
      category: ['Technical', 'Virtual Network', 'Cannot send email (SMTP/Port 25)'],
      answers: { resource: { value: 'virtualMachine', source: 'told' }, subscription: { value: 'enterpriseAgreement', source: 'told' } },
    });
    // Only what the person gave: no name from the channel in the case.
    expect(JSON.stringify(saved!.answers)).not.toContain('User1');
    expect(chat.delivered).toEqual([{ supportCase: saved, storedFirst: true }]);

    const status = await chat.say('status');
    expect(status).toContain('Your open cases:');
    expect(status).toContain(`${number}: waiting for an engineer, opened Saturday, November 28, 2026 at 21:00 (Asia/Tokyo)`);
  });

  it('reaches a person at any point with "talk to someone", with no verdict yet, and says support is working now', async () => {
    const chat = new Chat('en-US', { now: MONDAY_MORNING });
    await chat.say('hi');
    await chat.say('Virtual machine');
    const summary = await chat.say('talk to someone');
    expect(summary).toContain('Verdict: not reached yet');
    expect(summary).toContain('Subscription type: not answered yet');
    expect(await chat.say('Skip')).toContain('Your description: (none)');
    const done = await chat.say('yes, send it');
    expect(done).toContain('and is working now: an engineer will take your case shortly');
    const saved = await chat.store.get(caseNumberIn(done)!);
    expect(saved?.verdict).toBeUndefined();
    expect(saved?.description).toBeUndefined();
  });

  it('sends nothing when the person declines or cancels, and then says there are no open cases', async () => {
    const chat = new Chat('en-US');
    await chat.eaVerdict();
    await chat.say('no');
    await chat.say('skip');
    const added = await chat.say('maybe');
    expect(added).toContain('I added that to your description.');
    expect(added).toContain('Your description: maybe');
    expect(await chat.say('no')).toContain('Nothing was sent');
    await chat.say('agent');
    expect(await chat.say('cancel')).toContain('Nothing was sent');
    expect(await chat.say('status')).toContain('You have no open cases.');
    expect(chat.delivered).toEqual([]);
    expect(await chat.say('help')).toContain('"agent" to reach a person, "status" to see your open cases');
  });

  it('without a configured destination it keeps the case and honestly gives the portal path with the category', async () => {
    const chat = new Chat('en-US', { withDestination: false });
    await chat.eaVerdict();
    await chat.say('no');
    await chat.say('skip');
    const done = await chat.say('yes');
    expect(done).toContain('No support team is connected to this bot yet');
    expect(done).toContain('Help + support → Create a support request');
    expect(done).toContain('Technical → Virtual Network → Cannot send email (SMTP/Port 25)');
    expect(await chat.store.get(caseNumberIn(done)!)).toBeDefined();
  });
});

describe('with no support team connected, in both languages', () => {
  const WORDS = {
    'en-US': {
      lines: ['hi', 'Virtual machine', 'Pay-As-You-Go', 'no', 'agent', 'skip', 'yes', 'status', 'agent'],
      promises: /engineer|send this case|send it|reach you|will contact|take your case|waiting for/i,
    },
    'ja-JP': {
      lines: ['こんにちは', '仮想マシン', '従量課金', 'いいえ', '担当者', 'スキップ', 'はい', 'ステータス', '担当者'],
      promises: /エンジニア|送信しますか|送信します|ご連絡|連絡できる|対応待ち|引き継ぎます/,
    },
  } as const;

  it.each(Object.keys(WORDS) as (keyof typeof WORDS)[])(
    '%s: the description, the confirmation, the saved case, "status" and the offer promise nobody\'s answer',
    async (locale) => {
      const { lines, promises } = WORDS[locale];
      const texts = CATALOGS[locale === 'ja-JP' ? 'ja' : 'en'].handoff;
      const chat = new Chat(locale, { withDestination: false });
      const said: string[] = [];
      for (const line of lines) said.push(await chat.say(line));
      const [describe, confirm, done, status, offer] = said.slice(4);
      expect(describe).toContain(texts.noTeam.askDescription);
      expect(confirm).toContain(texts.noTeam.confirm.split('\n\n')[1]);
      expect(done).toContain(texts.noDestination.split('{number}')[0]);
      expect(status).toContain(texts.noTeam.statusOpen);
      for (const text of [describe, confirm, done, status, offer]) expect(text).not.toMatch(promises);
      expect(chat.delivered).toEqual([]);
    },
  );
});

describe('with no support team connected, the triage\'s lines about "agent"', () => {
  it.each([
    [
      'en-US',
      ['hi', 'help', 'Virtual machine', "I don't know", "I don't know", 'goodbye'],
      /reach a person|a person takes over|hand this to a person/,
    ],
    ['ja-JP', ['こんにちは', 'ヘルプ', '仮想マシン', 'わからない', 'わからない', 'さようなら'], /担当者に引き継/],
  ] as const)(
    '%s: help, "I don\'t know" and goodbye say "agent" gives a case summary and where to take it',
    async (locale, lines, promises) => {
      const catalog = CATALOGS[locale === 'ja-JP' ? 'ja' : 'en'];
      const chat = new Chat(locale, { withDestination: false });
      const said: string[] = [];
      for (const line of lines) said.push(await chat.say(line));
      const all = said.join('\n');
      expect(said[1]).toContain(catalog.talk.noTeam.help.split('{url}')[0]);
      expect(all).toContain(catalog.talk.noTeam.unsureAgain);
      expect(said[5]).toContain(catalog.talk.noTeam.goodbye);
      expect(all).not.toMatch(promises);
    },
  );
});

describe('担当者への引き継ぎ (日本語)', () => {
  it('ブロックの判定でも担当者に引き継げ、サポートでは解除できないことをケースに明記する', async () => {
    const chat = new Chat('ja-JP');
    await chat.say('こんにちは');
    await chat.say('仮想マシン');
    expect(await chat.say('従量課金')).toContain('これで解決しましたか？');
    expect(await chat.say('いいえ')).toContain('(S1、O1)');

    const summary = await chat.say('担当者');
    // H1's problem type is shown only where the verdict escalates; support cannot act on O1.
    expect(summary).not.toContain('(H1)');
    expect(summary).not.toContain('問題の種類');
    expect(summary).toContain('記事には、これを解除する方法は記載されていません (S1、O1)');
    expect(summary).toContain('状況をご自身の言葉で入力してください');

    expect(await chat.say('スキップ')).toContain('説明: (なし)');
    const done = await chat.say('はい');
    const number = caseNumberIn(done);
    expect(done).toContain(`ケース番号は **${number}** です`);
    expect(done).toContain('現在は対応時間外です');
    expect(done).toContain('2026年11月30日(月) 9:00 (Asia/Tokyo) 以降にご連絡します');
    expect(done).toMatch(/サポートの対応時間は 月・火・水・木・金 の 09:00–18:00/);

    const saved = await chat.store.get(number!);
    expect(saved).toMatchObject({ locale: 'ja', supportCanLift: false, verdict: { outcome: 'blocked' } });
    // No H1 problem type goes with a case support cannot act on (O1).
    expect(saved?.category).toEqual([]);

    const status = await chat.say('ステータス');
    expect(status).toContain('未解決のケース:');
    expect(status).toContain(`${number}: エンジニアの対応待ち`);
  });

  it('「オペレーター」で途中から引き継ぎ、説明を付けて「いいえ」なら送信しない', async () => {
    const chat = new Chat('ja-JP');
    await chat.say('こんにちは');
    const summary = await chat.say('オペレーター');
    expect(summary).toContain('未判定');
    expect(await chat.say('ポート 25 でタイムアウトします')).toContain('説明: ポート 25 でタイムアウトします');
    expect(await chat.say('いいえ')).toContain('送信しませんでした');
    expect(await chat.say('ステータス')).toContain('未解決のケースはありません。');
    expect(await chat.say('ヘルプ')).toContain('「担当者」: 担当者に引き継ぎます。');
  });
});

describe('commands while the hand-off asks', () => {
  it('"start over" during the description starts over and is not saved as the description', async () => {
    const chat = new Chat('en-US');
    await chat.eaVerdict();
    await chat.say('no');
    const over = await chat.say('start over');
    expect(over).toContain('Nothing was sent');
    expect(over).toContain('Starting over.');
    expect(over).toContain('What sends the mail?');
    expect(over).not.toContain('Your description');
    expect(chat.delivered).toEqual([]);
  });

  it('"help" and 「日本語」 at the confirmation are answered, and the confirmation comes again in the language asked for', async () => {
    const chat = new Chat('en-US');
    await chat.eaVerdict();
    await chat.say('no');
    await chat.say('It times out since Monday');
    const help = await chat.say('help');
    expect(help).toContain('"start over" to begin a new triage');
    expect(help).toContain('Your description: It times out since Monday');
    expect(help).toContain('Shall I send this case to support?');
    const ja = await chat.say('日本語');
    expect(ja).toContain('日本語で続けます。');
    expect(ja).toContain(CATALOGS.ja.handoff.confirm.split('\n\n')[1]);
    const done = await chat.say('はい');
    expect(done).toContain(`ケース番号は **${caseNumberIn(done)}** です`);
    expect((await chat.store.get(caseNumberIn(done)!))?.locale).toBe('ja');
  });

  it('a sentence at the confirmation is added to the description and the whole is shown again: never a loop', async () => {
    const chat = new Chat('en-US');
    await chat.eaVerdict();
    await chat.say('no');
    await chat.say('skip');
    const first = await chat.say('We also tried port 587 and it works');
    expect(first).toContain('I added that to your description.');
    const second = await chat.say('The VM is in West Europe');
    expect(second).toContain('I added that to your description.');
    expect(second).toMatch(/Your description: We also tried port 587 and it works\s+The VM is in West Europe/);
    const done = await chat.say('yes');
    expect((await chat.store.get(caseNumberIn(done)!))?.description).toBe(
      'We also tried port 587 and it works\n\nThe VM is in West Europe',
    );
  });
});

describe('after a verdict that did not solve it, the person goes where whereNext says', () => {
  it("E2: to the receiving domain's provider with the bounce (NDR) text, without our case summary or the H1 problem type", async () => {
    const chat = new Chat('en-US');
    await chat.say('hi');
    await chat.say('Virtual machine');
    await chat.say('Enterprise Agreement');
    expect(await chat.say('the receiving server rejects it with 550 5.7.1')).toContain('Did that solve it?');
    const next = await chat.say('no');
    expect(next).toContain('(E2)');
    expect(next).toContain('bounce message (NDR)');
    expect(next).not.toContain('Case summary');
    expect(next).not.toContain('Cannot send email (SMTP/Port 25)');
  });
});

describe('the description is read: what it says goes into the case, and is never asked again', () => {
  it.each([
    [
      'en-US',
      'agent',
      'the app servers in our EA subscription cannot reach any MX on 25',
      ['Sends from: Virtual machine', 'Subscription type: Standard Enterprise Agreement'],
      'it times out',
    ],
    [
      'ja-JP',
      '担当者',
      'EAサブスクリプションのアプリサーバーから、どのMXにも25番ポートで接続できません',
      ['送信元: 仮想マシン', 'サブスクリプションの種類: Standard Enterprise Agreement'],
      'タイムアウトします',
    ],
  ])('%s: a person asks for a human first, then describes everything', async (locale, human, description, lines, later) => {
    const chat = new Chat(locale);
    const catalog = CATALOGS[locale === 'ja-JP' ? 'ja' : 'en'];
    await chat.say(locale === 'ja-JP' ? 'こんにちは' : 'hi');
    const asked = await chat.say(human);
    expect(asked).toContain(`${catalog.summary.resource}: ${catalog.handoff.notAnsweredYet}`);
    const confirm = await chat.say(description);
    // The summary as it will be sent, shown again before the confirmation, with what the description said.
    for (const line of lines) expect(confirm).toContain(line);
    expect(confirm).not.toContain(`${catalog.summary.resource}: ${catalog.handoff.notAnsweredYet}`);
    expect(confirm).toContain(catalog.handoff.confirm.split('\n\n')[1]);
    const number = caseNumberIn(await chat.say(catalog.handoff.yes.label))!;
    expect((await chat.store.get(number))?.answers).toMatchObject({
      resource: { value: 'virtualMachine' },
      subscription: { value: 'enterpriseAgreement' },
    });
    // Afterwards the triage goes on from those facts: it asks neither what sends the mail nor the subscription.
    const next = await chat.say(later);
    expect(next).not.toContain(catalog.questions.resource.prompt);
    expect(next).not.toContain(catalog.questions.subscription.prompt);
    expect(next).toContain(locale === 'ja-JP' ? 'S1、E1' : 'S1, E1');
  });
});

it('"cancel" at the confirmation sends nothing, and what the description said stays known', async () => {
  const chat = new Chat('en-US');
  await chat.say('hi');
  await chat.say('agent');
  await chat.say('Our Windows Server VMs in an EA subscription cannot reach port 25');
  expect(await chat.say('cancel')).toContain('Nothing was sent');
  const next = await chat.say('it times out');
  expect(next).not.toContain(CATALOGS.en.questions.resource.prompt);
  expect(next).not.toContain(CATALOGS.en.questions.subscription.prompt);
  expect(next).toContain('S1, E1');
  expect(chat.delivered).toEqual([]);
});

describe('without a support team connected, the case says where to go by the verdict (whereNext)', () => {
  /** Each walk ends at a verdict that did not solve it; the person then asks for a human and sends the case. */
  it.each([
    [
      'H1: EA, open',
      'en-US',
      ['hi', 'Virtual machine', 'Enterprise Agreement', 'it times out', 'no'],
      ['(H1)', 'Technical → Virtual Network → Cannot send email (SMTP/Port 25)'],
      [],
    ],
    [
      'O1: Pay-As-You-Go VM',
      'en-US',
      ['hi', 'Virtual machine', 'Pay-As-You-Go', 'no', 'agent'],
      ['(R0)', 'cannot lift this block'],
      ['(H1)', 'Cannot send email (SMTP/Port 25)'],
    ],
    [
      'S4: App Service without VNet integration',
      'en-US',
      ['App Service without VNet integration, pay as you go, cannot send on 25', 'no', 'agent'],
      ['(R0)', 'cannot lift this block or enable port 25'],
      ['(H1)', 'Cannot send email (SMTP/Port 25)'],
    ],
    [
      'E2: rejected by the receiving domain',
      'en-US',
      ['hi', 'Virtual machine', 'Enterprise Agreement', 'the receiving server rejects it with 550 5.7.1', 'no', 'agent'],
      ['(E2)', 'bounce message (NDR)'],
      ['(H1)', 'Cannot send email (SMTP/Port 25)'],
    ],
    [
      'O1 in Japanese',
      'ja-JP',
      ['こんにちは', '仮想マシン', '従量課金', 'いいえ', '担当者'],
      ['(R0)', 'ブロックを解除することも'],
      ['(H1)', 'メールを送信できない (SMTP 25 番ポート)'],
    ],
    [
      'E2 in Japanese',
      'ja-JP',
      ['こんにちは', '仮想マシン', 'EA', '受信側のサーバーが 550 5.7.1 で拒否します', 'いいえ', '担当者'],
      ['(E2)', 'NDR'],
      ['(H1)'],
    ],
  ])('%s', async (_, locale, walk, says, never) => {
    const chat = new Chat(locale, { withDestination: false });
    let asked = '';
    for (const text of walk) asked = await chat.say(text);
    const catalog = CATALOGS[locale === 'ja-JP' ? 'ja' : 'en'];
    // Nobody is promised: the description is asked for a case kept here, with where to take it.
    expect(asked).toContain(catalog.handoff.noTeam.askDescription);
    // After a rejection (E2) the bounce text is what is worth sending, to its provider first.
    if (says.includes('(E2)')) expect(asked).toContain(catalog.handoff.describeBounce);
    else expect(asked).not.toContain(catalog.handoff.describeBounce);
    expect(asked).not.toContain(catalog.handoff.askDescription);
    await chat.say(catalog.handoff.skip.label);
    const done = await chat.say(catalog.handoff.yes.label);
    expect(done).toContain(catalog.handoff.noDestination.split('{number}')[0]);
    for (const text of says) expect(done).toContain(text);
    for (const text of never) expect(done).not.toContain(text);
    const saved = await chat.store.get(caseNumberIn(done)!);
    expect(saved?.category.length).toBe(says.includes('(H1)') ? 3 : 0);
  });
});

describe('several open cases, one per problem (no live chat)', () => {
  it('"agent" with a case open offers to add to it or open a new one; "new case" keeps the answers; adding goes to the case', async () => {
    const chat = new Chat('en-US');
    await chat.eaVerdict();
    await chat.say('no');
    await chat.say('skip');
    const first = caseNumberIn(await chat.say('yes'))!;

    const offer = await chat.say('agent');
    expect(offer).toContain(`You already have an open case, ${first} (waiting for an engineer).`);
    expect(offer).toContain('choose "New case"');
    const describe = await chat.say('open a new case');
    // The answers so far go with the new case: the summary is the triage's, not an empty one.
    expect(describe).toContain('Standard Enterprise Agreement (EA, MS-AZR-0017P)');
    expect(describe).toContain('describe the problem in your own words');
    await chat.say('A second VM in another resource group');
    const second = caseNumberIn(await chat.say('yes'))!;
    expect(second).not.toBe(first);

    const many = await chat.say('agent');
    expect(many).toContain(`You already have open cases: ${first} (waiting for an engineer), ${second} (waiting for an engineer).`);
    expect(await chat.say('add to my case')).toContain(`What shall I add to case ${second}?`);
    expect(await chat.say('It bounces with 550 now')).toBe(`Added to case ${second}: the support team sees it with the case.`);
    expect((await chat.store.get(second))?.description).toBe('A second VM in another resource group\n\nIt bounces with 550 now');
    const status = await chat.say('status');
    expect(status).toContain(first);
    expect(status).toContain(second);
  });

  it('「新しいケース」 typed at the triage opens a new case with the answers so far; at three open cases only adding is offered', async () => {
    const chat = new Chat('ja-JP');
    await chat.say('こんにちは');
    await chat.say('仮想マシン');
    await chat.say('従量課金');
    await chat.say('いいえ');
    const numbers: string[] = [];
    for (const ask of ['担当者', '新しいケース', '新しいケース']) {
      const first = await chat.say(ask);
      expect(first).toContain('状況をご自身の言葉で入力してください');
      expect(first).toContain('S1、O1');
      if (numbers.length) expect(first).not.toContain('対応中のケース');
      await chat.say('スキップ');
      numbers.push(caseNumberIn(await chat.say('はい'))!);
    }
    expect(new Set(numbers).size).toBe(3);
    const full = await chat.say('担当者');
    expect(full).toContain(`対応中のケースが3件あり（${numbers.map((n) => `${n}（エンジニアの対応待ち）`).join('、')}）`);
    expect(await chat.say('新しいケース')).toContain('新しいケースは作成できません');
    expect(await chat.say('まだ送れません')).toBe(`ケース${numbers[2]}に追記しました。サポート チームはケースと一緒に確認します。`);
    expect((await chat.store.openCasesOf('test:user1')).length).toBe(3);
  });

  it('without a support team connected, an addition says honestly that nobody reads it here, and where to go', async () => {
    const chat = new Chat('en-US', { withDestination: false });
    await chat.eaVerdict();
    await chat.say('no');
    await chat.say('skip');
    const number = caseNumberIn(await chat.say('yes'))!;
    await chat.say('agent');
    const added = await chat.say('We also tried port 587');
    expect(added).toContain(`I added that to case ${number}. No support team is connected to this bot yet, so nobody will read it here.`);
    expect(added).toContain('Technical → Virtual Network → Cannot send email (SMTP/Port 25) (H1)');
    expect(added).not.toContain('the support team sees it');
  });
});

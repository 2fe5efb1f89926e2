/**
 * What the live chat passes on between a requester and the team's thread: text cleaned of lone
 * surrogates, bidirectional and zero-width controls and cut between graphemes; pictures only from the
 * channels' own hosts, as a type and an address; and no more than the thread takes (a rate per case).
 */
import type { Attachment } from 'botbuilder';
import { startSupportChannelBot, SUPPORT_CHANNEL, SUPPORT_TENANT, type SupportChannelBot } from '../support/supportChannelBot';

let bot: SupportChannelBot;
beforeAll(async () => {
  bot = await startSupportChannelBot({ HANDOFF_FIRST_ATTEMPT_MS: '0' });
});
afterAll(() => bot.stop());

/** As the help portal's visitors and the channel post, in English. */
const post = (activity: Record<string, unknown>) => bot.post({ locale: 'en-US', ...activity });

/** A web visitor in a live chat with an engineer about their case; returns how they talk and the thread. */
async function inChat(id: string) {
  const say = (text: string, extra: Record<string, unknown> = {}) =>
    post({ channelId: 'webchat', conversation: { id: `webchat-${id}` }, from: { id }, text, ...extra });
  await say('agent');
  await say('skip');
  const number = /SMTP-[0-9A-Z]{5}/.exec(await say('yes'))![0];
  await bot.connector.until(() => bot.connector.accepted(SUPPORT_CHANNEL, 'POST').some((r) => JSON.stringify(r.activity).includes(number)));
  const card = bot.connector.accepted(SUPPORT_CHANNEL, 'POST').find((r) => JSON.stringify(r.activity).includes(number))!.id;
  const thread = `${SUPPORT_CHANNEL};messageid=${card}`;
  await post({
    channelId: 'msteams',
    conversation: { id: thread, conversationType: 'channel', tenantId: SUPPORT_TENANT },
    from: { id: '29:eng', name: 'Eng' },
    text: 'Hello, I am here.',
  });
  await bot.connector.until(() => bot.connector.accepted(`webchat-${id}`).some((r) => r.activity.text?.includes('I am here')));
  return { say, thread, inThread: () => bot.connector.accepted(thread).filter((r) => r.activity.type === 'message') };
}

describe('the live chat relay', () => {
  it('removes lone surrogates, bidi and zero-width controls, and cuts a long text between graphemes', async () => {
    const { say, inThread } = await inChat('cleaner');
    await say('pay\u202Egnp.exe\u202C to ad\u200Bmin \uD83D and 👨‍👩‍👧 stays');
    const text = inThread().at(-1)!.activity.text!;
    expect(text).toContain('paygnp.exe to admin  and 👨‍👩‍👧 stays');
    expect(text).not.toMatch(/[\u202A-\u202E\u200B]/);
    await say('👍'.repeat(3000));
    const cut = inThread().at(-1)!.activity.text!;
    expect(cut.endsWith('👍…')).toBe(true);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it("passes on a picture only from a channel's own host, as its type and address", async () => {
    const { say, inThread } = await inChat('pictures');
    const attachments: Attachment[] = [
      { contentType: 'image/png', contentUrl: 'https://tracker.example/pixel.png', name: 'pixel.png' },
      {
        contentType: 'image/png',
        contentUrl: 'https://directline.botframework.com/attachments/a1/views/original',
        name: 'screenshot.png',
        thumbnailUrl: 'https://tracker.example/thumb.png',
        content: { any: 'thing' },
      },
    ];
    await say('two pictures', { attachments });
    const sent = inThread().at(-1)!.activity;
    expect(sent.attachments).toEqual([
      { contentType: 'image/png', contentUrl: 'https://directline.botframework.com/attachments/a1/views/original' },
    ]);
    expect(sent.text).toContain('pixel.png');
    expect(JSON.stringify(sent)).not.toContain('tracker.example/thumb');
  });

  it('passes on a burst of messages, then asks the requester to slow down instead of flooding the thread', async () => {
    const { say, inThread } = await inChat('flooder');
    const before = inThread().length;
    const replies: string[] = [];
    for (let i = 0; i < 30; i++) replies.push(await say(`message ${String(i)}`));
    expect(inThread().length - before).toBeLessThan(20);
    expect(replies.some((r) => r.includes('That was a lot of messages at once'))).toBe(true);
  });

  it('cleans the description on the case card the same way', async () => {
    const say = (text: string) =>
      post({ channelId: 'webchat', conversation: { id: 'webchat-describer' }, from: { id: 'describer' }, text });
    await say('agent');
    await say('mail to \u202Eadmin\u202C fails \uD800since\u200B Monday');
    const number = /SMTP-[0-9A-Z]{5}/.exec(await say('yes'))![0];
    await bot.connector.until(() =>
      bot.connector.accepted(SUPPORT_CHANNEL, 'POST').some((r) => JSON.stringify(r.activity).includes(number)),
    );
    const card = JSON.stringify(
      bot.connector.accepted(SUPPORT_CHANNEL, 'POST').find((r) => JSON.stringify(r.activity).includes(number))!.activity,
    );
    expect(card).toContain('mail to admin fails since Monday');
    expect(card).not.toMatch(/\u202E|\u200B|\\ud800/i);
  });
});

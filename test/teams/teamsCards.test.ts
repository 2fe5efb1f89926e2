/**
 * Cards that follow the conversation in Teams, through the real bot server and adapter, with a local Bot
 * Connector recording what the bot posts and updates: an answered card is updated in place to show the
 * choice without buttons (message submits and adaptiveCard/action invokes alike), a press on an answered
 * card changes nothing and says so, and a slow turn shows a typing indicator first.
 */
import type { Activity, TurnContext } from 'botbuilder';
import { createAdapter } from '../../src/adapter';
import { loadConfig } from '../../src/config';
import { CATALOGS, format } from '../../src/locale';
import { createLogger } from '../../src/logger';
import { TypingOnSlowTurns } from '../../src/typing';
import { VersionedConversationState } from '../../src/storage/versionedConversationState';
import { createStateStorage } from '../../src/storage/createStateStorage';
import { FakeConnector, type Received } from '../handoff/fakeConnector';
import { startSupportChannelBot, type SupportChannelBot } from '../support/supportChannelBot';

const en = CATALOGS.en;
const teams = CATALOGS.en.teamsChat;
const BOT = { id: '28:bot', name: 'Port 25 triage' };

let bot: SupportChannelBot;
beforeAll(async () => {
  bot = await startSupportChannelBot({ LOG_LEVEL: 'silent' });
});
afterAll(async () => {
  await bot.stop();
});

let next = 0;
type Scope = 'personal' | 'groupChat';

/** A Teams chat whose replies go to the local connector, as in production (no expectReplies); in a group chat, one member of it. */
function teamsChat(
  conversationType: Scope = 'personal',
  name = 'aiko',
  id = `a:${conversationType}-cards-${String(++next)}-${String(Date.now())}`,
) {
  const conversation = { id, conversationType, tenantId: 't' };
  const from = { id: `29:${name}`, name, aadObjectId: `${name}-oid` };
  const mention = (text: string): Partial<Activity> =>
    conversationType === 'personal'
      ? { text }
      : { text: `<at>${BOT.name}</at> ${text}`, entities: [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT }] };
  return {
    conversation,
    async send(activity: Partial<Activity>): Promise<void> {
      const response = await fetch(`${bot.base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: `in-${String(++next)}`,
          locale: 'en-US',
          channelId: 'msteams',
          serviceUrl: bot.connector.url,
          conversation,
          from,
          recipient: BOT,
          channelData: { tenant: { id: 't' } },
          ...activity,
        }),
      });
      expect(response.status).toBeLessThan(300);
    },
    /** Typed words, @mentioning the bot in a group chat. */
    async type(text: string): Promise<void> {
      await this.send(mention(text));
    },
    // Messages only: a turn slowed by a busy machine may show a typing indicator too.
    posts: () => bot.connector.accepted(conversation.id, 'POST').filter((r) => r.activity.type === 'message'),
    updates: () => bot.connector.accepted(conversation.id, 'PUT'),
  };
}
const personalChat = () => teamsChat();

const hasCard = (r: Received) => r.activity.attachments?.some((a) => a.contentType.includes('adaptive'));

test('an answered card is updated in place to show the choice without buttons; pressing it again changes nothing and says so', async () => {
  const chat = personalChat();
  await chat.send({ text: 'hi' });
  const resourceCard = chat.posts().find(hasCard)!;
  expect(resourceCard.activity.text).toContain(en.questions.resource.prompt);

  await chat.send({ text: '', value: { question: 'resource', choice: 'virtualMachine' }, replyToId: resourceCard.id });
  const [update] = chat.updates();
  expect(update?.activityId).toBe(resourceCard.id);
  expect(update?.activity.text).toContain(en.questions.resource.prompt);
  expect(update?.activity.text).toContain(format(teams.cardAnswered, { choice: en.questions.resource.options.virtualMachine.label }));
  expect(update?.activity.attachments ?? []).toEqual([]);
  const subscriptionCard = chat.posts().filter(hasCard).at(-1)!;
  expect(subscriptionCard.activity.text).toContain(en.questions.subscription.prompt);

  // A second press on the answered card (another Teams client had not refreshed yet).
  const postsBefore = chat.posts().length;
  await chat.send({ text: '', value: { question: 'resource', choice: 'azureFirewall' }, replyToId: resourceCard.id });
  const said = chat.posts().slice(postsBefore);
  expect(said.map((r) => r.activity.text)).toEqual([
    format(teams.cardAnsweredAlready, { choice: en.questions.resource.options.virtualMachine.label }),
  ]);

  // The card press Teams sends as an invoke is updated the same way.
  await chat.send({
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: subscriptionCard.id,
    value: {
      action: { type: 'Action.Execute', verb: 'choose', data: { question: 'subscription', choice: 'payAsYouGo' } },
      trigger: 'manual',
    },
  });
  const second = chat.updates().at(-1)!;
  expect(second.activityId).toBe(subscriptionCard.id);
  expect(second.activity.text).toContain(format(teams.cardAnswered, { choice: en.questions.subscription.options.payAsYouGo.label }));
});

test('a card answered by typing is updated in place like a pressed one; words that answer nothing mark no card answered', async () => {
  const chat = personalChat();
  await chat.type('hi');
  const firstCard = chat.posts().filter(hasCard).at(-1)!;

  // "help" answers no question: asked again, the first card loses its buttons and says so, answered by nothing.
  await chat.type('help');
  expect(chat.updates().map((u) => [u.activityId, u.activity.text, u.activity.attachments ?? []])).toEqual([
    [firstCard.id, [firstCard.activity.text, teams.cardAskedAgain].join('\n\n'), []],
  ]);

  await chat.type('it is a VM');
  const resourceCards = chat.posts().filter((r) => hasCard(r) && r.activity.text?.includes(en.questions.resource.prompt));
  const update = chat.updates().at(-1);
  // The latest card of the question (help asked it again) is the one updated.
  expect(update?.activityId).toBe(resourceCards.at(-1)!.id);
  expect(update?.activity.text).toContain(en.questions.resource.prompt);
  expect(update?.activity.text).toContain(format(teams.cardAnswered, { choice: en.questions.resource.options.virtualMachine.label }));
  expect(update?.activity.attachments ?? []).toEqual([]);

  // The subscription and the symptom in one message: the subscription card shows the choice the words made.
  const subscriptionCard = chat.posts().filter(hasCard).at(-1)!;
  expect(subscriptionCard.activity.text).toContain(en.questions.subscription.prompt);
  await chat.type('pay-as-you-go & it times out');
  const second = chat.updates().at(-1)!;
  expect(second.activityId).toBe(subscriptionCard.id);
  expect(second.activity.text).toContain(format(teams.cardAnswered, { choice: en.questions.subscription.options.payAsYouGo.label }));

  // "Did that solve it?" answered in words.
  const solvedCard = chat.posts().filter(hasCard).at(-1)!;
  expect(solvedCard.activity.text).toContain(en.questions.solved.prompt);
  await chat.type('yes');
  const third = chat.updates().at(-1)!;
  expect(third.activityId).toBe(solvedCard.id);
  expect(third.activity.text).toContain(format(teams.cardAnswered, { choice: en.questions.solved.options.yes.label }));

  // A press on a card answered by typing changes nothing and says so.
  const postsBefore = chat.posts().length;
  await chat.send({ text: '', value: { question: 'subscription', choice: 'enterpriseAgreement' }, replyToId: subscriptionCard.id });
  expect(
    chat
      .posts()
      .slice(postsBefore)
      .map((r) => r.activity.text),
  ).toEqual([format(teams.cardAnsweredAlready, { choice: en.questions.subscription.options.payAsYouGo.label })]);
});

test.each([
  {
    locale: 'en-US',
    messages: ['My pay-as-you-go VM cannot send mail on port 25', 'what if it were an EA subscription?'],
    texts: CATALOGS.en,
  },
  { locale: 'ja-JP', messages: ['従量課金の VM から 25 番ポートでメールが送れません', 'もしEAだったら？'], texts: CATALOGS.ja },
])(
  '$locale: a question asked again with a new card (after a what-if) leaves the earlier card without buttons, saying so',
  async ({ locale, messages: [verdict, whatIf], texts }) => {
    const chat = personalChat();
    const say = (text: string) => chat.send({ text, locale });
    await say(verdict);
    const solvedCards = () => chat.posts().filter((r) => hasCard(r) && r.activity.text?.includes(texts.questions.solved.prompt));
    const [first] = solvedCards();
    expect(first).toBeDefined();

    await say(whatIf);
    const [, second] = solvedCards();
    expect(second).toBeDefined();
    expect(chat.updates().map((u) => [u.activityId, u.activity.text, u.activity.attachments ?? []])).toEqual([
      [first.id, [first.activity.text, texts.teamsChat.cardAskedAgain].join('\n\n'), []],
    ]);

    // The new card is the one answered; the earlier one is not touched again.
    await chat.send({ text: '', value: { question: 'solved', choice: 'yes' }, replyToId: second.id });
    expect(chat.updates().map((u) => u.activityId)).toEqual([first.id, second.id]);
    expect(chat.updates().at(-1)!.activity.text).toContain(
      format(texts.teamsChat.cardAnswered, { choice: texts.questions.solved.options.yes.label }),
    );
  },
);

test('a guess confirmed in words updates the card that asked to confirm it, and the question card it answers', async () => {
  const chat = personalChat();
  await chat.type('hi');
  const resourceCard = chat.posts().filter(hasCard).at(-1)!;
  await chat.type('the VM maybe');
  const guess = chat.posts().filter(hasCard).at(-1)!;
  expect(guess.activity.text).toContain(format(en.talk.confirmGuess, { facts: en.questions.resource.options.virtualMachine.label }));
  await chat.type('yes');
  expect(chat.updates().map((u) => [u.activityId, u.activity.text?.split('\n\n').at(-1)])).toEqual([
    [guess.id, format(teams.cardAnswered, { choice: en.talk.confirmYes })],
    [resourceCard.id, format(teams.cardAnswered, { choice: en.questions.resource.options.virtualMachine.label })],
  ]);
});

test('a press on an older card of a question updates that card with its own text; a stale button updates nothing', async () => {
  const chat = personalChat();
  const lastCard = () => chat.posts().filter(hasCard).at(-1)!;
  await chat.send({ text: 'hi' });
  const firstResource = lastCard();
  await chat.type('start over');
  const secondResource = lastCard();
  expect(secondResource.activity.text).toContain(en.startingOver);

  // The first card's own text, not the latest resource card's ("Starting over.").
  await chat.send({ text: '', value: { question: 'resource', choice: 'azureFirewall' }, replyToId: firstResource.id });
  const update = chat.updates().at(-1)!;
  expect(update.activityId).toBe(firstResource.id);
  expect(update.activity.text).toBe(
    [firstResource.activity.text, format(teams.cardAnswered, { choice: en.questions.resource.options.azureFirewall.label })].join('\n\n'),
  );

  const subscription = lastCard();
  expect(subscription.activity.text).toContain(en.questions.subscription.prompt);

  // Started over, the subscription is not asked yet: its old card's button is stale, so nothing says it was answered.
  await chat.type('start over');
  const thirdResource = lastCard();
  const updatesBefore = chat.updates().length;
  await chat.send({ text: '', value: { question: 'subscription', choice: 'payAsYouGo' }, replyToId: subscription.id });
  expect(chat.posts().at(-1)!.activity.text).toContain(en.staleButton);
  // Only the resource card the reply asks again is updated, as asked again below.
  expect(
    chat
      .updates()
      .slice(updatesBefore)
      .map((u) => [u.activityId, u.activity.text?.split('\n\n').at(-1)]),
  ).toEqual([[thirdResource.id, teams.cardAskedAgain]]);
});

test('the hand-off\'s cards answered in words are updated too: the description, the confirmation, "new case"', async () => {
  const chat = personalChat();
  const lastCard = () => chat.posts().filter(hasCard).at(-1)!;
  const lastUpdate = () => chat.updates().at(-1)!;
  for (const text of ['hi', 'Virtual machine', 'Enterprise Agreement', 'it times out', 'no']) await chat.type(text);
  const describe = lastCard();
  expect(describe.activity.text).toContain(en.handoff.askDescription);

  await chat.type('Outbound mail to contoso.com times out');
  expect(lastUpdate().activityId).toBe(describe.id);
  expect(lastUpdate().activity.text).toContain(format(teams.cardAnswered, { choice: 'Outbound mail to contoso.com times out' }));
  const confirm = lastCard();
  expect(confirm.activity.text).toContain('Shall I send this case to support?');

  await chat.type('yes');
  expect(lastUpdate().activityId).toBe(confirm.id);
  expect(lastUpdate().activity.text).toContain(format(teams.cardAnswered, { choice: en.handoff.yes.label }));

  await chat.type('agent');
  const offer = lastCard();
  await chat.type('new case');
  expect(lastUpdate().activityId).toBe(offer.id);
  expect(lastUpdate().activity.text).toContain(format(teams.cardAnswered, { choice: en.handoff.cases.newCase.label }));
  expect(lastUpdate().activity.attachments ?? []).toEqual([]);
});

test("in a group chat, a member who types an answer updates their own card, not another member's", async () => {
  const group = `19:group-cards-${String(++next)}-${String(Date.now())}@thread.v2`;
  const aiko = teamsChat('groupChat', 'aiko', group);
  const ben = teamsChat('groupChat', 'ben', group);
  await aiko.type('hi');
  const aikoCard = aiko.posts().filter(hasCard).at(-1)!;
  await ben.type('hi');
  const benCard = ben.posts().filter(hasCard).at(-1)!;
  expect(benCard.id).not.toBe(aikoCard.id);

  await ben.type('Virtual machine');
  expect(ben.updates().map((u) => u.activityId)).toEqual([benCard.id]);
  await aiko.type('App Service');
  expect(aiko.updates().map((u) => [u.activityId, u.activity.text?.includes(en.questions.resource.options.appService.label)])).toEqual([
    [benCard.id, false],
    [aikoCard.id, true],
  ]);
});

test('a slow turn shows a typing indicator before its reply; a fast one does not', async () => {
  const connector = new FakeConnector();
  await connector.start();
  try {
    const config = loadConfig({ PORT: '0' });
    const adapter = createAdapter(config, new VersionedConversationState(await createStateStorage(config)), createLogger('silent'));
    adapter.use(new TypingOnSlowTurns());
    const turn = (conversation: string, waitMs: number) =>
      adapter.process(
        {
          method: 'POST',
          headers: {},
          body: {
            type: 'message',
            text: 'VM',
            channelId: 'msteams',
            serviceUrl: connector.url,
            conversation: { id: conversation, conversationType: 'personal' },
            from: { id: '29:aiko' },
            recipient: BOT,
          },
        },
        { status: () => undefined, send: () => undefined, end: () => undefined, header: () => undefined, socket: null } as never,
        async (context: TurnContext) => {
          // Waiting as on Azure or the state store.
          await new Promise((resolve) => setTimeout(resolve, waitMs));
          await context.sendActivity('done');
        },
      );
    await turn('slow', 1200);
    await turn('fast', 0);
    expect(connector.accepted('slow').map((r) => r.activity.type)).toEqual(['typing', 'message']);
    expect(connector.accepted('fast').map((r) => r.activity.type)).toEqual(['message']);

    // A channel that refuses the indicator fails nothing: the turn's reply still goes (the connector client may retry the indicator).
    connector.failNext(1);
    await turn('refused', 1200);
    const refused = connector.received.filter((r) => r.conversation === 'refused').map((r) => [r.activity.type, r.status]);
    expect(refused[0]).toEqual(['typing', 500]);
    expect(refused.at(-1)).toEqual(['message', 200]);
    expect(refused.filter(([type]) => type === 'message')).toHaveLength(1);
  } finally {
    await connector.stop();
  }
});

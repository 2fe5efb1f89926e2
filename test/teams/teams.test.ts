/**
 * Teams as Teams sends it: activities with channelId "msteams", tenant and team channelData,
 * mention entities, and card submits both as messages and as adaptiveCard/action invokes,
 * posted over real HTTP (deliveryMode "expectReplies") to the real bot server.
 */
import { randomUUID } from 'node:crypto';
import type { Activity, Attachment } from 'botbuilder';
import { CATALOGS, format } from '../../src/locale';
import { useRunningBot } from '../support/runningBot';

const BOT = { id: '28:triage-bot-app-id', name: 'Port 25 triage' };
const USER = { id: '29:1a2b3c-user', name: 'Aiko Tanaka', aadObjectId: '6f1c2d3e-0000-4000-8000-000000000001' };
const TENANT = { id: '72f988bf-0000-4000-8000-000000000000' };
const TEAM = { id: '19:team-general@thread.tacv2', name: 'Mail ops' };

const server = useRunningBot();

type Scope = 'personal' | 'channel';

function conversation(scope: Scope) {
  const id =
    scope === 'personal'
      ? `a:1personal-${randomUUID()}`
      : `${TEAM.id.replace('@', `-${randomUUID().slice(0, 8)}@`)};messageid=1700000000000`;
  return { id, conversationType: scope, tenantId: TENANT.id, isGroup: scope === 'channel' };
}

function channelData(scope: Scope) {
  return scope === 'personal'
    ? { tenant: TENANT }
    : { tenant: TENANT, team: TEAM, channel: { id: TEAM.id, name: 'General' }, teamsTeamId: TEAM.id, teamsChannelId: TEAM.id };
}

async function send(
  conv: ReturnType<typeof conversation>,
  activity: Partial<Activity>,
): Promise<{ status: number; activities: Partial<Activity>[] }> {
  const scope = conv.conversationType;
  const response = await fetch(`${server.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/never-called',
      deliveryMode: 'expectReplies',
      timestamp: new Date().toISOString(),
      locale: 'en-US',
      from: USER,
      recipient: BOT,
      conversation: conv,
      channelData: channelData(scope),
      ...activity,
    }),
  });
  const body = (await response.json()) as { activities?: Partial<Activity>[] };
  return { status: response.status, activities: (body.activities ?? []).filter((a) => a.type === 'message') };
}

/** The Adaptive Card of a reply, and what a person could pick on it. */
function card(activities: Partial<Activity>[]) {
  const attachment: Attachment | undefined = activities
    .flatMap((a) => a.attachments ?? [])
    .find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  const content = attachment?.content as
    | {
        body?: { type: string; choices?: { value: string }[] }[];
        actions?: { type: string; title: string; data: { question: string; choice?: string } }[];
      }
    | undefined;
  return {
    present: content !== undefined,
    choices: content?.body?.find((b) => b.type === 'Input.ChoiceSet')?.choices?.map((c) => c.value) ?? [],
    buttons: content?.actions ?? [],
  };
}

const text = (activities: Partial<Activity>[]) => activities.map((a) => a.text ?? '').join('\n');
const en = CATALOGS.en;

function mention(textAfter: string): Partial<Activity> {
  return {
    type: 'message',
    text: `<at>${BOT.name}</at> ${textAfter}`,
    entities: [{ type: 'mention', mentioned: BOT, text: `<at>${BOT.name}</at>` }],
  };
}

test('personal chat: installing the app greets with a card of choices, and typed answers move on', async () => {
  const conv = conversation('personal');
  const installed = await send(conv, { type: 'conversationUpdate', membersAdded: [BOT] });
  expect(installed.status).toBe(200);
  expect(text(installed.activities)).toContain(en.welcome);
  // Seven resource kinds: more than Teams shows as buttons, so one choice set and a send button.
  expect(card(installed.activities).choices).toEqual(Object.keys(en.questions.resource.options));
  expect(card(installed.activities).buttons.map((b) => b.title)).toEqual([en.sendChoice]);

  const answered = await send(conv, { type: 'message', text: 'a virtual machine' });
  expect(text(answered.activities)).toContain(en.questions.subscription.prompt);
  expect(card(answered.activities).choices).toContain('payAsYouGo');
});

test('channel: without an @mention the bot stays quiet; with one, the mention text is removed first', async () => {
  const conv = conversation('channel');
  const unaddressed = await send(conv, { type: 'message', text: 'anyone know why mail fails?' });
  expect(unaddressed.status).toBe(200);
  expect(unaddressed.activities).toEqual([]);

  const first = await send(conv, mention('hi'));
  expect(text(first.activities)).toContain(en.questions.resource.prompt);

  const answered = await send(conv, mention('Virtual machine'));
  expect(text(answered.activities)).toContain(en.questions.subscription.prompt);

  // "start over" is a command only once "<at>…</at>" is gone from the text.
  const restarted = await send(conv, mention('start over'));
  expect(text(restarted.activities)).toContain(en.startingOver);
  expect(text(restarted.activities)).toContain(en.questions.resource.prompt);
});

test('channel: card submits reach the dialog as messages and as adaptiveCard/action invokes, up to the verdict', async () => {
  const conv = conversation('channel');
  await send(conv, mention('help me'));

  // Action.Submit from the choice set: Teams posts a message with the merged data as value, no text, no mention.
  const submitted = await send(conv, { type: 'message', value: { question: 'resource', choice: 'virtualMachine' } });
  expect(text(submitted.activities)).toContain(en.questions.subscription.prompt);

  const invoked = await send(conv, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: {
      action: { type: 'Action.Execute', verb: 'choose', data: { question: 'subscription', choice: 'enterpriseAgreement' } },
      trigger: 'manual',
    },
  });
  expect(invoked.status).toBe(200);
  expect(text(invoked.activities)).toContain(en.questions.receivingDomainRejects.prompt);
  // Three answers fit as buttons, each submitting its own choice.
  const buttons = card(invoked.activities).buttons;
  expect(buttons.map((b) => b.data)).toEqual([
    { question: 'receivingDomainRejects', choice: 'timeout' },
    { question: 'receivingDomainRejects', choice: 'rejected' },
    { question: 'receivingDomainRejects', choice: 'unsure' },
  ]);

  const verdict = await send(conv, { type: 'message', value: buttons[0].data });
  expect(text(verdict.activities)).toContain(en.outcome.open);
  expect(text(verdict.activities)).toMatch(/\bE1\b/);
});

test('channel: a card submit for an earlier question corrects its answer; one for a question not asked yet is stale', async () => {
  const conv = conversation('channel');
  await send(conv, mention('start'));
  const stale = await send(conv, { type: 'message', value: { question: 'subscription', choice: 'csp' } });
  expect(text(stale.activities)).toContain(en.staleButton);
  expect(text(stale.activities)).toContain(en.questions.resource.prompt);
  await send(conv, { type: 'message', value: { question: 'resource', choice: 'virtualMachine' } });
  const corrected = await send(conv, { type: 'message', value: { question: 'resource', choice: 'azureFirewall' } });
  expect(text(corrected.activities)).toContain(
    format(en.talk.changed, {
      fact: en.talk.factNames.resource,
      from: en.questions.resource.options.virtualMachine.label,
      to: en.questions.resource.options.azureFirewall.label,
    }),
  );
  expect(text(corrected.activities)).toContain(en.questions.subscription.prompt);
});

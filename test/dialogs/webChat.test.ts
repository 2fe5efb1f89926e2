/**
 * Web Chat as the portal shows it (channel "webchat", through the real bot server and adapter): each
 * question's options once, as buttons (the numbered list only where buttons cannot show); "help" says
 * what can be typed and repeats the pending question, never the verdict; the description is shown
 * whole at the confirmation.
 */
import type { Activity } from 'botbuilder';
import { CATALOGS } from '../../src/locale';
import { useRunningBot } from '../support/runningBot';

const server = useRunningBot();
const en = CATALOGS.en;
let next = 0;

function chat(channelId: string) {
  const conversation = { id: `webchat-${String(++next)}-${String(Date.now())}` };
  return async (text: string): Promise<{ text: string; buttons: string[] }> => {
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        text,
        locale: 'en-US',
        channelId,
        serviceUrl: 'http://127.0.0.1:9',
        conversation,
        from: { id: `dl_${conversation.id}` },
        recipient: { id: 'bot' },
        deliveryMode: 'expectReplies',
      }),
    });
    const activities = ((await response.json()) as { activities: Partial<Activity>[] }).activities.filter((a) => a.type === 'message');
    return {
      text: activities.map((a) => a.text ?? '').join('\n'),
      buttons: activities.flatMap((a) => a.suggestedActions?.actions.map((b) => b.title) ?? []),
    };
  };
}

const vm = en.questions.resource.options.virtualMachine.label;

test('Web Chat shows the options once, as buttons; a client without buttons gets the numbered list', async () => {
  const webChat = await chat('webchat')('hi');
  expect(webChat.buttons).toContain(vm);
  expect(webChat.text).toContain(en.questions.resource.prompt);
  expect(webChat.text).not.toContain(`1. ${vm}`);

  const plain = await chat('test')('hi');
  expect(plain.text).toContain(`1. ${vm}`);
});

test('"help" says what can be typed and repeats the pending question; after the verdict it does not repeat the verdict', async () => {
  const say = chat('webchat');
  await say('hi');
  const midway = await say('help');
  expect(midway.text).toContain(en.help.split('\n')[0]);
  expect(midway.text).toContain(en.questions.resource.prompt);
  expect(midway.buttons).toContain(vm);

  await say('Virtual machine');
  const verdict = await say('Pay-As-You-Go');
  expect(verdict.text).toContain(en.outcome.blocked);
  const help = await say('help');
  expect(help.text).toContain(en.help.split('\n')[0]);
  expect(help.text).not.toContain(en.outcome.blocked);
  expect(help.text).toContain(en.questions.solved.prompt);
});

test('the description is shown whole at the confirmation', async () => {
  const say = chat('webchat');
  await say('hi');
  await say('agent');
  const description = `Our VM relays invoices to customers. ${'Mail to outlook.com and gmail.com times out after 21 seconds on port 25. '.repeat(4)}End.`;
  const confirm = await say(description);
  expect(description.length).toBeGreaterThan(300);
  expect(confirm.text).toContain('End.');
  expect(confirm.text).toContain(description.slice(0, 120));
});

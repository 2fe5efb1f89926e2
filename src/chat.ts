/**
 * A terminal conversation with a running bot, over plain HTTP with deliveryMode "expectReplies",
 * so a person can try the bot without any Bot Framework tool. Usage: npm run chat [url] [--ja]
 */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import type { Activity, CardAction } from 'botbuilder';

const args = process.argv.slice(2);
const url = args.find((a) => !a.startsWith('--')) ?? 'http://localhost:3978/api/messages';
const locale = args.includes('--ja') ? 'ja-JP' : 'en-US';
const conversation = { id: `chat-${randomUUID()}` };
const user = { id: `user-${randomUUID().slice(0, 8)}`, name: 'You' };

function buttons(activity: Partial<Activity>): CardAction[] {
  const cardButtons = (activity.attachments ?? []).flatMap((a) => (a.content as { buttons?: CardAction[] } | undefined)?.buttons ?? []);
  return [...(activity.suggestedActions?.actions ?? []), ...cardButtons];
}

async function send(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      channelId: 'terminal',
      serviceUrl: 'http://localhost/terminal',
      deliveryMode: 'expectReplies',
      conversation,
      from: user,
      recipient: { id: 'bot' },
      locale,
      ...activity,
    }),
  });
  if (!response.ok) throw new Error(`The bot answered HTTP ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { activities?: Partial<Activity>[] };
  return body.activities ?? [];
}

function show(activities: Partial<Activity>[]): void {
  for (const activity of activities) {
    if (activity.type !== 'message') continue;
    if (activity.text) console.log(`\nbot> ${activity.text.replace(/\n/g, '\nbot> ')}`);
    const choices = buttons(activity)
      .map((b) => b.title)
      .filter(Boolean);
    if (choices.length) console.log(`     [${choices.join('] [')}]`);
  }
}

async function main(): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  console.log(`Talking to ${url} (Ctrl+D to leave).`);
  show(await send({ type: 'conversationUpdate', membersAdded: [user], from: user }));
  for await (const line of rl) {
    if (line.trim()) show(await send({ type: 'message', text: line }));
    process.stdout.write('\nyou> ');
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

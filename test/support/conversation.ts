/** Talks to a bot over HTTP as a channel does, with deliveryMode 'expectReplies' (the replies come back in the response). */
import type { Activity } from 'botbuilder';

export interface Person {
  conversationId: string;
  locale?: string;
}

export async function say(botUrl: string, person: Person, text: string): Promise<Partial<Activity>[]> {
  const response = await fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `m${String(Date.now())}`,
      text,
      locale: person.locale ?? 'en-US',
      channelId: 'test',
      serviceUrl: 'http://127.0.0.1:9',
      conversation: { id: person.conversationId },
      from: { id: `user-${person.conversationId}` },
      recipient: { id: 'bot' },
      deliveryMode: 'expectReplies',
    }),
  });
  if (response.status !== 200) throw new Error(`POST /api/messages: ${String(response.status)} ${await response.text()}`);
  const body = (await response.json()) as { activities?: Partial<Activity>[] };
  return body.activities ?? [];
}

/** What the person reads: the texts of the replies, in order. */
export async function ask(botUrl: string, person: Person, text: string): Promise<string> {
  return (await say(botUrl, person, text)).map((a) => a.text ?? '').join('\n---\n');
}

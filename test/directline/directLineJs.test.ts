/**
 * Microsoft's own Direct Line client (botframework-directlinejs, the one Web Chat uses) against the
 * local Direct Line, over the WebSocket stream and by polling: it connects, gets the welcome, sends,
 * gets the reply, and keeps working after refreshing its token. Node has WebSocket; xhr2 gives it
 * the XMLHttpRequest the client's Ajax needs.
 */
import XMLHttpRequest from 'xhr2';
import { ConnectionStatus, DirectLine, type Activity, type Message } from 'botframework-directlinejs';
import { CATALOGS } from '../../src/locale';
import { useRunningBot } from '../support/runningBot';

Object.assign(globalThis, { XMLHttpRequest });

const server = useRunningBot();

/** A client that collects what the bot says, with the means to wait for a message. */
function client(webSocket: boolean) {
  const domain = `${server.url}/v3/directline`;
  const received: Message[] = [];
  let line: DirectLine | undefined;
  let token = '';
  let wake: (() => void) | undefined;
  return {
    received,
    async connect() {
      ({ token } = (await (await fetch(`${domain}/tokens/generate`, { method: 'POST' })).json()) as { token: string });
      line = new DirectLine({ domain, token, webSocket, pollingInterval: 300, conversationStartProperties: { locale: 'en-US' } });
      // Ending the conversation is the stream's only error: end() signals it so.
      line.activity$.subscribe(
        (activity: Activity) => {
          if (activity.type === 'message' && activity.from.role === 'bot') received.push(activity);
          wake?.();
        },
        (err: Error) => {
          if (err.message !== 'conversation ended') throw err;
        },
      );
      return line;
    },
    /** Resolves once a message from the bot includes `text`. */
    async until(text: string) {
      while (!received.some((m) => m.text?.includes(text))) await new Promise<void>((resolve) => (wake = resolve));
    },
    /** Resolves once the bot has said more than `count` messages. */
    async after(count: number) {
      while (received.length <= count) await new Promise<void>((resolve) => (wake = resolve));
    },
    async send(text: string) {
      await new Promise((resolve, reject) =>
        line!.postActivity({ type: 'message', from: { id: 'someone', role: 'user' }, text }).subscribe(resolve, reject),
      );
    },
    get token() {
      return token;
    },
    end() {
      line?.end();
    },
  };
}

describe.each([
  ['the WebSocket stream', true],
  ['polling', false],
])('botframework-directlinejs over %s', (_how, webSocket) => {
  test('connects, greets in the page language, answers, and goes on after a token refresh', async () => {
    const person = client(webSocket);
    const line = await person.connect();
    try {
      await person.until(CATALOGS.en.welcome.split('\n')[0]);
      await person.send('a virtual machine');
      await person.until(CATALOGS.en.questions.subscription.prompt);

      // A refresh (DirectLineJS makes one every 15 minutes) while the client still holds the old token, as a
      // request already on its way does: the old token keeps working, then the new one does.
      const refreshed = await fetch(`${server.url}/v3/directline/tokens/refresh`, {
        method: 'POST',
        headers: { authorization: `Bearer ${person.token}` },
      });
      expect(refreshed.status).toBe(200);
      const grant = (await refreshed.json()) as { token: string; conversationId: string };
      const before = person.received.length;
      await person.send('pay as you go');
      await person.after(before);
      line.reconnect({ conversationId: grant.conversationId, token: grant.token });
      await person.send('help');
      await person.until(CATALOGS.en.help.split('\n')[0]);
      expect(line.connectionStatus$.getValue()).toBe(ConnectionStatus.Online);
    } finally {
      person.end();
    }
  });
});

/**
 * A local HTTP server that plays the Bot Connector service (the serviceUrl of the Teams activities):
 * it takes the real connector client's posts and updates, answers member look-ups, and can refuse
 * the next requests with 500 to exercise retries.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';

export interface Received {
  method: string;
  /** The conversation id, decoded. */
  conversation: string;
  /** The activity id in the path (updates, replies), decoded. */
  activityId?: string;
  activity: Partial<Activity>;
  /** The id the server gave the activity (a new id for a post, the same for an update). */
  id: string;
  /** The status the server answered. */
  status: number;
}

export class FakeConnector {
  readonly received: Received[] = [];
  /** Members' sign-in names by user id, for TeamsInfo.getMember. */
  readonly members = new Map<string, string>();
  private failing = 0;
  private nextId = 1;
  private waiters: (() => void)[] = [];
  private server?: Server;

  get url(): string {
    return `http://127.0.0.1:${String((this.server!.address() as AddressInfo).port)}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body }) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** The next `count` posts and updates are answered 500. */
  failNext(count: number): void {
    this.failing = count;
  }

  /** Accepted posts and updates to a conversation. */
  accepted(conversation: string, method?: string): Received[] {
    return this.received.filter((r) => r.status < 300 && r.conversation === conversation && (!method || r.method === method));
  }

  /** Resolves when `test` holds for what was received (checked on every request). */
  async until(test: () => boolean): Promise<void> {
    while (!test()) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const path = new URL(req.url ?? '/', 'http://x').pathname.split('/').map(decodeURIComponent);
    // /v3/conversations/{conversation}/members/{user}
    if (req.method === 'GET' && path[4] === 'members') {
      const upn = this.members.get(path[5] ?? '');
      return upn ? { status: 200, body: { id: path[5], name: 'Member', userPrincipalName: upn } } : { status: 404, body: {} };
    }
    const status = this.failing > 0 ? 500 : 200;
    if (this.failing > 0) this.failing--;
    const activityId = path[5];
    const id = req.method === 'PUT' ? activityId : `msg-${String(this.nextId++)}`;
    this.received.push({
      method: req.method ?? '',
      conversation: path[3] ?? '',
      ...(activityId ? { activityId } : {}),
      id: id ?? '',
      activity: text ? (JSON.parse(text) as Partial<Activity>) : {},
      status,
    });
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
    return status === 200 ? { status, body: { id } } : { status, body: { error: { code: 'ServiceError', message: 'try again' } } };
  }
}

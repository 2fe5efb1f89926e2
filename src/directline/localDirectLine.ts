/**
 * A small Direct Line 3.0-compatible endpoint for local mode only, so the help portal's Web Chat
 * (its own `createDirectLine` client, polling) talks the real protocol to the local bot:
 * tokens/generate, tokens/refresh, conversations (start, reconnect, each with a WebSocket streamUrl),
 * activities (GET with a watermark, POST), with the service's status codes and error body. The bot gets each activity through the adapter with deliveryMode
 * "expectReplies", so no Bot Connector service is needed. Conversations live in memory.
 * Not for production: the Azure Bot Service's Direct Line channel does this there.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Activity, CloudAdapter, TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../logger';
import type { RefusalLog } from '../http/refusals';
import { throttle } from '../http/throttle';
import { ActivityShape, NOT_AN_ACTIVITY } from '../http/activityShape';

export interface LocalDirectLineDeps {
  adapter: CloudAdapter;
  handleTurn: (context: TurnContext) => Promise<void>;
  logger: Logger;
  bot: { id: string; name: string };
  /** Trusted front ends (TRUSTED_PROXY_HOPS), for the per-client limit on new conversations. */
  trustedHops?: number;
  onRefused?: RefusalLog;
  /** How long a token lives (the service's 30 minutes unless a test says otherwise). */
  tokenSeconds?: number;
  /** The time tokens expire by, in milliseconds (a test moves it). */
  clock?: () => number;
}

interface Stored {
  activity: Partial<Activity>;
  bytes: number;
}

interface Conversation {
  id: string;
  userId: string;
  started: boolean;
  /** Activities ever made here, for ids; the watermark counts them the same way. */
  sequence: number;
  /** The latest activities; older ones are dropped beyond MAX_CONVERSATION_BYTES. */
  activities: Stored[];
  /** How many activities were dropped from the front: a watermark is `dropped` + position, so it never moves backwards. */
  dropped: number;
  bytes: number;
  /** This conversation's live tokens, oldest first: a refreshed token's predecessor lives until its own expiry. */
  tokens: string[];
  /** Open WebSocket streams (streamUrl), each sent every new activity. */
  streams: Set<WebSocket>;
}

/** Same lifetime as the Direct Line service's tokens; Web Chat refreshes at half of it. */
const TOKEN_SECONDS = 30 * 60;
/** Web Chat holds at most two live tokens (it refreshes at half-life); more are a client refreshing in a loop. */
const MAX_TOKENS_PER_CONVERSATION = 3;
/** As the service: a streamUrl must be opened within 60 seconds, once. */
const STREAM_URL_SECONDS = 60;
const MAX_STREAMS_PER_CONVERSATION = 4;
/** The least recently active conversations are forgotten beyond this, so a long-running local bot stays small. */
const MAX_CONVERSATIONS = 200;
/** A conversation keeps its latest activities up to this size (200 × 256 KB bounds the whole endpoint). */
export const MAX_CONVERSATION_BYTES = 256 * 1024;
export const DIRECT_LINE_PATH = '/v3/directline';
/** The Bot Connector side, for the bot's proactive messages: `{serviceUrl}/v3/conversations/{id}/activities[/{replyTo}]`. */
const CONNECTOR_PATH = `${DIRECT_LINE_PATH}/connector`;
const STREAM_PATH = new RegExp(`^${DIRECT_LINE_PATH}/conversations/([^/]+)/stream$`);

const randomId = (bytes: number) => randomBytes(bytes).toString('base64url');

/** The service's error body: `{ error: { code, message } }`. */
function refuse(res: Response, status: number, code: string, message: string): void {
  res.send(status, { error: { code, message } });
}

/** Collects what the adapter writes, as restify would send it. */
class CapturedResponse {
  statusCode = 200;
  body: unknown;
  socket = null;
  status(code: number) {
    this.statusCode = code;
  }
  send(body: unknown) {
    this.body = body;
  }
  header() {
    return undefined;
  }
  end() {
    return undefined;
  }
}

export function mountLocalDirectLine(
  server: Server,
  { adapter, handleTurn, logger, bot, trustedHops = 0, onRefused, tokenSeconds = TOKEN_SECONDS, clock = Date.now }: LocalDirectLineDeps,
): void {
  // Every use of a conversation (get) marks it active: a flood of new ones evicts the idle, not the busy.
  const conversations = new LRUCache<string, Conversation>({
    max: MAX_CONVERSATIONS,
    dispose: (conversation) => {
      for (const stream of conversation.streams) stream.close(1000, 'conversation forgotten');
    },
  });
  /** Every token ever issued until its expiry, so an expired one is told apart from a made-up one. */
  const tokens = new LRUCache<string, { conversationId: string; expires: number }>({
    max: MAX_CONVERSATIONS * MAX_TOKENS_PER_CONVERSATION * 2,
  });
  const streamUrls = new LRUCache<string, { conversationId: string; watermark: number }>({
    max: MAX_CONVERSATIONS * 2,
    ttl: STREAM_URL_SECONDS * 1000,
  });
  // A page load starts one conversation: a burst of 20, then one a second per client (a developer reloading is fine).
  const newConversations = throttle({ burst: 20, rate: 1, trustedHops, onRefused, name: 'local direct line conversation' });

  function issueToken(conversation: Conversation) {
    const token = randomId(32);
    tokens.set(token, { conversationId: conversation.id, expires: clock() + tokenSeconds * 1000 });
    conversation.tokens.push(token);
    // A client refreshing in a loop cannot fill the table: its oldest tokens go first.
    while (conversation.tokens.length > MAX_TOKENS_PER_CONVERSATION) tokens.delete(conversation.tokens.shift()!);
    return { conversationId: conversation.id, token, expires_in: tokenSeconds };
  }

  const bearer = (req: Request) => /^Bearer (.+)$/.exec(req.header('authorization') ?? '')?.[1];

  /**
   * The conversation the bearer token grants, or undefined after refusing as the service does: 401
   * without a token, 403 for an expired, unknown or other conversation's token, 404 for a conversation
   * that is no more.
   */
  function authorize(req: Request, res: Response): Conversation | undefined {
    const token = bearer(req);
    if (!token) {
      refuse(res, 401, 'BadArgument', 'The Authorization header must be "Bearer <token>".');
      return undefined;
    }
    const grant = tokens.get(token);
    if (!grant || grant.expires <= clock()) {
      refuse(res, 403, grant ? 'TokenExpired' : 'BadArgument', grant ? 'The token has expired.' : 'The token is not valid.');
      return undefined;
    }
    const wanted = (req.params as { id?: string }).id;
    if (wanted !== undefined && wanted !== grant.conversationId) {
      refuse(res, 403, 'BadArgument', 'The token is not valid for this conversation.');
      return undefined;
    }
    const conversation = conversations.get(grant.conversationId);
    if (!conversation) refuse(res, 404, 'NotFound', 'The conversation was not found; start a new one.');
    return conversation;
  }

  const watermarkOf = (conversation: Conversation) => conversation.dropped + conversation.activities.length;

  /** A ws: URL for the conversation's stream from `watermark` on, valid once for 60 seconds. */
  function streamUrl(req: Request, conversation: Conversation, watermark: number): string {
    const ticket = randomId(24);
    streamUrls.set(ticket, { conversationId: conversation.id, watermark });
    const scheme = (req.socket as { encrypted?: boolean }).encrypted ? 'wss' : 'ws';
    return `${scheme}://${req.header('host')}${DIRECT_LINE_PATH}/conversations/${encodeURIComponent(conversation.id)}/stream?t=${ticket}`;
  }

  /** The watermark a client sent: a count of activities it has; anything else counts as none. */
  function watermarkParam(req: Request): number {
    const watermark = Number(new URLSearchParams(req.getQuery()).get('watermark') ?? 0);
    return Number.isSafeInteger(watermark) && watermark > 0 ? watermark : 0;
  }

  /** The activities after `watermark`, and the watermark after them: never less than the one the client holds. */
  function after(conversation: Conversation, watermark: number) {
    const from = Math.max(0, watermark - conversation.dropped);
    return {
      activities: conversation.activities.slice(from).map((s) => s.activity),
      watermark: String(Math.max(watermark, watermarkOf(conversation))),
    };
  }

  /** The activity as the service would have it: id, time, channel and conversation set. */
  function stamp(conversation: Conversation, activity: Partial<Activity>): Partial<Activity> {
    conversation.sequence += 1;
    return {
      ...activity,
      id: `${conversation.id}|${String(conversation.sequence).padStart(7, '0')}`,
      timestamp: new Date(),
      channelId: 'webchat',
      conversation: { id: conversation.id } as Activity['conversation'],
    };
  }

  function append(conversation: Conversation, activity: Partial<Activity>): Partial<Activity> {
    const stored = stamp(conversation, activity);
    const bytes = Buffer.byteLength(JSON.stringify(stored));
    conversation.activities.push({ activity: stored, bytes });
    conversation.bytes += bytes;
    // The oldest go first; the latest is always kept, however large (the body limit bounds it).
    while (conversation.bytes > MAX_CONVERSATION_BYTES && conversation.activities.length > 1) {
      conversation.bytes -= conversation.activities.shift()!.bytes;
      conversation.dropped += 1;
    }
    const message = JSON.stringify({ activities: [stored], watermark: String(watermarkOf(conversation)) });
    for (const stream of conversation.streams) stream.send(message);
    return stored;
  }

  /**
   * Where the bot sends what it says on its own (an engineer's relayed message, a case notice): this
   * server, as a Bot Connector for these conversations. Known once the server listens.
   */
  function connectorUrl(): string {
    const address = server.address() as { port?: number } | null;
    return `http://127.0.0.1:${String(address?.port ?? 0)}${CONNECTOR_PATH}`;
  }

  /** Runs one turn and stores the bot's replies for the next poll. */
  async function deliver(conversation: Conversation, activity: Partial<Activity>): Promise<void> {
    const res = new CapturedResponse();
    const toBot = {
      ...activity,
      channelId: 'webchat',
      serviceUrl: connectorUrl(),
      recipient: { id: bot.id, name: bot.name, role: 'bot' },
      deliveryMode: 'expectReplies',
    };
    await adapter.process({ method: 'POST', headers: {}, body: toBot }, res, handleTurn);
    if (res.statusCode >= 300) throw new Error(`the bot answered ${res.statusCode}`);
    const replies = (res.body as { activities?: Partial<Activity>[] } | undefined)?.activities ?? [];
    for (const reply of replies) {
      append(conversation, { ...reply, from: { id: bot.id, name: bot.name, role: 'bot' }, recipient: undefined, serviceUrl: undefined });
    }
  }

  server.post(`${DIRECT_LINE_PATH}/tokens/generate`, newConversations, (_req, res, next) => {
    const conversation: Conversation = {
      id: randomId(16),
      userId: `dl_${randomId(12)}`,
      started: false,
      sequence: 0,
      activities: [],
      dropped: 0,
      bytes: 0,
      tokens: [],
      streams: new Set(),
    };
    conversations.set(conversation.id, conversation);
    res.send(200, issueToken(conversation));
    next();
  });

  server.post(`${DIRECT_LINE_PATH}/tokens/refresh`, (req, res, next) => {
    const conversation = authorize(req, res);
    // As with the service, the old token keeps working until its own expiry: a poll already on its way is not refused.
    if (conversation) res.send(200, issueToken(conversation));
    next();
  });

  /** What start and reconnect answer: the conversation, the token as sent, and a fresh streamUrl. */
  const session = (req: Request, conversation: Conversation, watermark: number) => {
    const token = bearer(req)!;
    return {
      conversationId: conversation.id,
      token,
      expires_in: Math.max(0, Math.round(((tokens.get(token)?.expires ?? 0) - clock()) / 1000)),
      streamUrl: streamUrl(req, conversation, watermark),
    };
  };

  server.post(`${DIRECT_LINE_PATH}/conversations`, async (req, res) => {
    const conversation = authorize(req, res);
    if (!conversation) return;
    // 201 when this starts the conversation, 200 when the token's conversation was started already.
    if (conversation.started) {
      res.send(200, session(req, conversation, 0));
      return;
    }
    conversation.started = true;
    const locale = (req.body as { locale?: unknown } | undefined)?.locale;
    // The bot learns that it and the user joined, in the page's language (conversationStartProperties).
    const update = stamp(conversation, {
      type: 'conversationUpdate',
      from: { id: conversation.userId, role: 'user' } as Activity['from'],
      membersAdded: [{ id: bot.id, name: bot.name }, { id: conversation.userId }] as Activity['membersAdded'],
      locale: typeof locale === 'string' ? locale : undefined,
    });
    try {
      await deliver(conversation, update);
    } catch (err) {
      logger.warn({ err: (err as Error).message }, 'local Direct Line: conversationUpdate failed');
    }
    res.send(201, session(req, conversation, 0));
  });

  // Reconnect: DirectLineJS asks for a new streamUrl from its watermark on.
  server.get(`${DIRECT_LINE_PATH}/conversations/:id`, (req, res, next) => {
    const conversation = authorize(req, res);
    if (conversation) res.send(200, session(req, conversation, watermarkParam(req)));
    next();
  });

  server.get(`${DIRECT_LINE_PATH}/conversations/:id/activities`, (req, res, next) => {
    const conversation = authorize(req, res);
    if (conversation) res.send(200, after(conversation, watermarkParam(req)));
    next();
  });

  server.post(`${DIRECT_LINE_PATH}/conversations/:id/activities`, async (req, res) => {
    const conversation = authorize(req, res);
    if (!conversation) return;
    const body = req.body as Partial<Activity> | undefined;
    if (!body || !ActivityShape.safeParse({ ...body, conversation: { id: conversation.id }, from: { id: conversation.userId } }).success) {
      refuse(res, 400, 'BadArgument', NOT_AN_ACTIVITY);
      return;
    }
    // The user is the token's user whatever the page claims, as with the service.
    const stored = append(conversation, { ...body, from: { ...body.from, id: conversation.userId, role: 'user' } as Activity['from'] });
    try {
      await deliver(conversation, stored);
      res.send(200, { id: stored.id });
    } catch (err) {
      logger.warn({ err: (err as Error).message }, 'local Direct Line: the bot failed');
      refuse(res, 502, 'BotError', 'The bot could not process the activity.');
    }
  });

  // The streamUrl: a WebSocket that receives every new activity as an activity set, as the service's does.
  const streams = new WebSocketServer({ noServer: true, maxPayload: 1024 });
  server.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const id = STREAM_PATH.exec(url.pathname)?.[1];
    const ticket = url.searchParams.get('t') ?? '';
    const grant = streamUrls.get(ticket);
    const conversation =
      grant && grant.conversationId === decodeURIComponent(id ?? '') ? conversations.get(grant.conversationId) : undefined;
    if (!conversation) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    streamUrls.delete(ticket);
    streams.handleUpgrade(req, socket, head, (stream) => {
      const backlog = after(conversation, grant!.watermark);
      if (backlog.activities.length) stream.send(JSON.stringify(backlog));
      conversation.streams.add(stream);
      // A page that reconnects often leaves its old streams behind: the oldest are closed.
      for (const old of conversation.streams) {
        if (conversation.streams.size <= MAX_STREAMS_PER_CONVERSATION) break;
        old.close(1000, 'replaced by a newer stream');
        conversation.streams.delete(old);
      }
      // The client's keep-alive messages are empty and need no answer.
      stream.on('close', () => conversation.streams.delete(stream));
    });
  });

  // The bot's proactive messages, kept for the page's next poll (also while the page is closed). Loopback only, as
  // the bot itself calls it; a conversation id is a random 16 bytes, and only known conversations take a message.
  const fromBot = (req: Request, res: Response, next: () => void) => {
    const conversation = conversations.get((req.params as { id: string }).id);
    const body = req.body as Partial<Activity> | undefined;
    const loopback = ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(req.socket.remoteAddress ?? '');
    if (!loopback || !conversation) {
      refuse(res, 404, 'NotFound', 'No such conversation.');
    } else if (!body || typeof body.type !== 'string') {
      refuse(res, 400, 'BadArgument', NOT_AN_ACTIVITY);
    } else {
      const stored = append(conversation, {
        ...body,
        from: { id: bot.id, name: bot.name, role: 'bot' },
        recipient: undefined,
        serviceUrl: undefined,
      });
      res.send(200, { id: stored.id });
    }
    next();
  };
  server.post(`${CONNECTOR_PATH}/v3/conversations/:id/activities`, fromBot);
  server.post(`${CONNECTOR_PATH}/v3/conversations/:id/activities/:replyTo`, fromBot);

  server.post(`${DIRECT_LINE_PATH}/conversations/:id/upload`, (_req, res, next) => {
    refuse(res, 501, 'NotImplemented', 'Uploads are not supported.');
    next();
  });
}

/**
 * A small Direct Line 3.0-compatible endpoint for local mode only, so the help portal's Web Chat
 * (its own `createDirectLine` client, polling) talks the real protocol to the local bot:
 * tokens/generate, tokens/refresh, conversations (start, reconnect), activities (GET with a
 * watermark, POST). The bot gets each activity through the adapter with deliveryMode
 * "expectReplies", so no Bot Connector service is needed. Conversations live in memory.
 * Not for production: the Azure Bot Service's Direct Line channel does this there.
 */
import { randomBytes } from 'node:crypto';
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
}

interface Conversation {
  id: string;
  userId: string;
  started: boolean;
  /** Activities ever made here, for ids; the watermark is the position in `activities`. */
  sequence: number;
  activities: Partial<Activity>[];
}

/** Same lifetime as the Direct Line service's tokens; Web Chat refreshes at half of it. */
const TOKEN_SECONDS = 30 * 60;
/** The least recently active conversations are forgotten beyond this, so a long-running local bot stays small. */
const MAX_CONVERSATIONS = 200;
const MAX_ACTIVITIES = 1000;
export const DIRECT_LINE_PATH = '/v3/directline';
/** The Bot Connector side, for the bot's proactive messages: `{serviceUrl}/v3/conversations/{id}/activities[/{replyTo}]`. */
const CONNECTOR_PATH = `${DIRECT_LINE_PATH}/connector`;

const randomId = (bytes: number) => randomBytes(bytes).toString('base64url');

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
  { adapter, handleTurn, logger, bot, trustedHops = 0, onRefused }: LocalDirectLineDeps,
): void {
  // Every use of a conversation (get) marks it active: a flood of new ones evicts the idle, not the busy.
  const conversations = new LRUCache<string, Conversation>({ max: MAX_CONVERSATIONS });
  const tokens = new LRUCache<string, { conversationId: string; expires: number }>({
    max: MAX_CONVERSATIONS * 4,
    ttl: TOKEN_SECONDS * 1000,
  });
  // A page load starts one conversation: a burst of 20, then one a second per client (a developer reloading is fine).
  const newConversations = throttle({ burst: 20, rate: 1, trustedHops, onRefused, name: 'local direct line conversation' });

  function issueToken(conversationId: string) {
    const token = randomId(32);
    tokens.set(token, { conversationId, expires: Date.now() + TOKEN_SECONDS * 1000 });
    return { conversationId, token, expires_in: TOKEN_SECONDS };
  }

  const bearer = (req: Request) => /^Bearer (.+)$/.exec(req.header('authorization') ?? '')?.[1];

  /** The conversation the bearer token grants, or undefined after answering 403 like the service. */
  function authorize(req: Request, res: Response): Conversation | undefined {
    const token = bearer(req);
    const grant = token ? tokens.get(token) : undefined;
    const conversation = grant && grant.expires > Date.now() ? conversations.get(grant.conversationId) : undefined;
    const wanted = (req.params as { id?: string }).id;
    if (!conversation || (wanted !== undefined && wanted !== conversation.id)) {
      res.send(403, { error: { code: 'TokenExpired', message: 'The token is missing, expired or not for this conversation.' } });
      return undefined;
    }
    return conversation;
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
    conversation.activities.push(stored);
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
    const conversation: Conversation = { id: randomId(16), userId: `dl_${randomId(12)}`, started: false, sequence: 0, activities: [] };
    conversations.set(conversation.id, conversation);
    res.send(200, issueToken(conversation.id));
    next();
  });

  server.post(`${DIRECT_LINE_PATH}/tokens/refresh`, (req, res, next) => {
    const conversation = authorize(req, res);
    if (conversation) {
      // The refreshed token replaces the old one, which stops working now rather than at its expiry.
      tokens.delete(bearer(req)!);
      res.send(200, issueToken(conversation.id));
    }
    next();
  });

  server.post(`${DIRECT_LINE_PATH}/conversations`, async (req, res) => {
    const conversation = authorize(req, res);
    if (!conversation) return;
    if (!conversation.started) {
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
    }
    res.send(201, {
      conversationId: conversation.id,
      token: req.header('authorization').slice('Bearer '.length),
      expires_in: TOKEN_SECONDS,
    });
  });

  server.get(`${DIRECT_LINE_PATH}/conversations/:id`, (req, res, next) => {
    const conversation = authorize(req, res);
    if (conversation) {
      res.send(200, {
        conversationId: conversation.id,
        token: req.header('authorization').slice('Bearer '.length),
        expires_in: TOKEN_SECONDS,
      });
    }
    next();
  });

  server.get(`${DIRECT_LINE_PATH}/conversations/:id/activities`, (req, res, next) => {
    const conversation = authorize(req, res);
    if (conversation) {
      const watermark = Number(new URLSearchParams(req.getQuery()).get('watermark') ?? 0);
      const from = Number.isInteger(watermark) && watermark > 0 ? watermark : 0;
      res.send(200, { activities: conversation.activities.slice(from), watermark: String(conversation.activities.length) });
    }
    next();
  });

  server.post(`${DIRECT_LINE_PATH}/conversations/:id/activities`, async (req, res) => {
    const conversation = authorize(req, res);
    if (!conversation) return;
    const body = req.body as Partial<Activity> | undefined;
    if (!body || !ActivityShape.safeParse({ ...body, conversation: { id: conversation.id }, from: { id: conversation.userId } }).success) {
      res.send(400, { error: { code: 'BadArgument', message: NOT_AN_ACTIVITY } });
      return;
    }
    if (conversation.activities.length >= MAX_ACTIVITIES) {
      res.send(429, { error: { code: 'TooManyRequests', message: 'This local conversation is full; start a new one.' } });
      return;
    }
    // The user is the token's user whatever the page claims, as with the service.
    const stored = append(conversation, { ...body, from: { ...body.from, id: conversation.userId, role: 'user' } as Activity['from'] });
    try {
      await deliver(conversation, stored);
      res.send(200, { id: stored.id });
    } catch (err) {
      logger.warn({ err: (err as Error).message }, 'local Direct Line: the bot failed');
      res.send(502, { error: { code: 'BotError', message: 'The bot could not process the activity.' } });
    }
  });

  // The bot's proactive messages, kept for the page's next poll (also while the page is closed). Loopback only, as
  // the bot itself calls it; a conversation id is a random 16 bytes, and only known conversations take a message.
  const fromBot = (req: Request, res: Response, next: () => void) => {
    const conversation = conversations.get((req.params as { id: string }).id);
    const body = req.body as Partial<Activity> | undefined;
    const loopback = ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(req.socket.remoteAddress ?? '');
    if (!loopback || !conversation) {
      res.send(404, { error: { code: 'NotFound', message: 'No such conversation.' } });
    } else if (!body || typeof body.type !== 'string' || conversation.activities.length >= MAX_ACTIVITIES) {
      res.send(400, { error: { code: 'BadArgument', message: NOT_AN_ACTIVITY } });
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
    res.send(501, { error: { code: 'NotImplemented', message: 'Uploads are not supported.' } });
    next();
  });
}

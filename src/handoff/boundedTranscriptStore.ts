/**
 * The transcripts the hand-off reads, in this process's memory, bounded three ways so that no sender can
 * grow it: per conversation (the latest activities, up to a count and a byte size; a long text is cut), and
 * in total (bytes over all conversations; the least recently active conversation goes first). An idle
 * conversation is forgotten after the TTL, like the memory state store.
 */
import type { Activity, PagedResult, TranscriptInfo, TranscriptStore } from 'botbuilder';
import { LRUCache } from 'lru-cache';

export interface TranscriptLimits {
  maxConversations: number;
  ttlMs: number;
  /** The latest activities kept per conversation. */
  maxActivities?: number;
  /** Bytes (as JSON) kept per conversation; the oldest activities go first. */
  maxConversationBytes?: number;
  /** Bytes over all conversations. */
  maxTotalBytes?: number;
  /** Characters of an activity's text kept: an agent reads what the bot read (see MAX_UNDERSTOOD_CHARS). */
  maxTextChars?: number;
}

interface Kept {
  channelId: string;
  conversationId: string;
  created: Date;
  activities: { json: string; bytes: number }[];
  bytes: number;
}

const PAGE_SIZE = 100;

export class BoundedTranscriptStore implements TranscriptStore {
  private readonly kept: LRUCache<string, Kept>;
  private readonly maxActivities: number;
  private readonly maxConversationBytes: number;
  private readonly maxTextChars: number;

  constructor({
    maxConversations,
    ttlMs,
    maxActivities = 500,
    maxConversationBytes = 512 * 1024,
    maxTotalBytes = 64 * 1024 * 1024,
    maxTextChars = 4096,
  }: TranscriptLimits) {
    this.maxActivities = maxActivities;
    this.maxConversationBytes = maxConversationBytes;
    this.maxTextChars = maxTextChars;
    this.kept = new LRUCache<string, Kept>({
      max: maxConversations,
      ttl: ttlMs,
      ttlAutopurge: true,
      maxSize: maxTotalBytes,
      // Never 0: lru-cache refuses an item of size 0.
      sizeCalculation: (k) => Math.max(1, k.bytes),
    });
  }

  /** Bytes held over all conversations, for tests and operators. */
  get bytes(): number {
    return this.kept.calculatedSize;
  }

  logActivity(activity: Activity): Promise<void> {
    const key = `${activity.channelId}\n${activity.conversation.id}`;
    const kept = this.kept.get(key) ?? {
      channelId: activity.channelId,
      conversationId: activity.conversation.id,
      created: new Date(),
      activities: [],
      bytes: 0,
    };
    const text =
      typeof activity.text === 'string' && activity.text.length > this.maxTextChars
        ? activity.text.slice(0, this.maxTextChars)
        : activity.text;
    const json = JSON.stringify({ ...activity, text });
    const bytes = Buffer.byteLength(json);
    if (bytes <= this.maxConversationBytes) {
      kept.activities.push({ json, bytes });
      kept.bytes += bytes;
    }
    while (kept.activities.length > this.maxActivities || kept.bytes > this.maxConversationBytes) {
      kept.bytes -= kept.activities.shift()!.bytes;
    }
    // A new object: lru-cache measures an item only when a different value is set, so setting the same
    // object again would leave its first size counted. Now the total counts this append too (and the least
    // recently active conversations go if it is over).
    this.kept.set(key, { ...kept });
    return Promise.resolve();
  }

  getTranscriptActivities(
    channelId: string,
    conversationId: string,
    continuationToken?: string,
    startDate?: Date,
  ): Promise<PagedResult<Activity>> {
    const kept = this.kept.get(`${channelId}\n${conversationId}`);
    const all = (kept?.activities ?? [])
      .map(({ json }) => JSON.parse(json) as Activity)
      .filter((a) => !startDate || new Date(a.timestamp ?? 0) >= startDate);
    const from = Number(continuationToken ?? 0) || 0;
    const items = all.slice(from, from + PAGE_SIZE);
    const next = from + PAGE_SIZE < all.length ? String(from + PAGE_SIZE) : '';
    return Promise.resolve({ items, continuationToken: next });
  }

  listTranscripts(channelId: string): Promise<PagedResult<TranscriptInfo>> {
    const items = [...this.kept.values()]
      .filter((k) => k.channelId === channelId)
      .map((k) => ({ channelId: k.channelId, id: k.conversationId, created: k.created }));
    return Promise.resolve({ items, continuationToken: '' });
  }

  deleteTranscript(channelId: string, conversationId: string): Promise<void> {
    this.kept.delete(`${channelId}\n${conversationId}`);
    return Promise.resolve();
  }
}

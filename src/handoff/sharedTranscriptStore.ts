/**
 * The hand-off transcripts on the shared state store (blobs), so that a case's transcript holds every
 * turn whichever instance served it. One item per conversation, bounded like the memory store (the
 * latest activities, up to a count and a byte size; a long text is cut), changed only with the eTag it
 * was read with. The transcript logger does not wait for one activity before logging the next, so the
 * writes of one conversation are queued here, in order; another instance's write is met by reading again.
 */
import type { Activity, PagedResult, TranscriptInfo, TranscriptStore } from 'botbuilder';
import { ETagConflictError, type VersionedStorage } from '../storage/versionedStorage';

export interface SharedTranscriptLimits {
  maxActivities?: number;
  maxConversationBytes?: number;
  maxTextChars?: number;
}

interface TranscriptItem {
  eTag?: string;
  /** Each activity as JSON, oldest first. */
  activities: string[];
}

const PAGE_SIZE = 100;
const ATTEMPTS = 5;
const keyOf = (channelId: string, conversationId: string) => `transcript/${channelId}/${conversationId}`;

export class SharedTranscriptStore implements TranscriptStore {
  private readonly queues = new Map<string, Promise<void>>();
  private readonly maxActivities: number;
  private readonly maxConversationBytes: number;
  private readonly maxTextChars: number;

  constructor(
    private readonly storage: VersionedStorage,
    { maxActivities = 500, maxConversationBytes = 512 * 1024, maxTextChars = 4096 }: SharedTranscriptLimits = {},
  ) {
    this.maxActivities = maxActivities;
    this.maxConversationBytes = maxConversationBytes;
    this.maxTextChars = maxTextChars;
  }

  logActivity(activity: Activity): Promise<void> {
    const key = keyOf(activity.channelId, activity.conversation.id);
    const text =
      typeof activity.text === 'string' && activity.text.length > this.maxTextChars
        ? activity.text.slice(0, this.maxTextChars)
        : activity.text;
    const json = JSON.stringify({ ...activity, text });
    const run = (this.queues.get(key) ?? Promise.resolve()).then(() => this.append(key, json));
    const queued = run.catch(() => undefined);
    this.queues.set(key, queued);
    void queued.then(() => {
      if (this.queues.get(key) === queued) this.queues.delete(key);
    });
    return run;
  }

  /** Resolves once what this instance was given for the conversation is written (or given up). */
  async settled(channelId: string, conversationId: string): Promise<void> {
    await this.queues.get(keyOf(channelId, conversationId));
  }

  async getTranscriptActivities(
    channelId: string,
    conversationId: string,
    continuationToken?: string,
    startDate?: Date,
  ): Promise<PagedResult<Activity>> {
    const key = keyOf(channelId, conversationId);
    // What this instance is still writing for the conversation counts too.
    await this.queues.get(key);
    const item = (await this.storage.read([key]))[key] as TranscriptItem | undefined;
    const all = (item?.activities ?? [])
      .map((json) => JSON.parse(json) as Activity)
      .filter((a) => !startDate || new Date(a.timestamp ?? 0) >= startDate);
    const from = Number(continuationToken ?? 0) || 0;
    const next = from + PAGE_SIZE < all.length ? String(from + PAGE_SIZE) : '';
    return { items: all.slice(from, from + PAGE_SIZE), continuationToken: next };
  }

  /** Blob state has no listing by channel here; the hand-off reads transcripts by conversation only. */
  listTranscripts(): Promise<PagedResult<TranscriptInfo>> {
    return Promise.resolve({ items: [], continuationToken: '' });
  }

  async deleteTranscript(channelId: string, conversationId: string): Promise<void> {
    const key = keyOf(channelId, conversationId);
    await this.queues.get(key);
    await this.storage.delete([key]);
  }

  private async append(key: string, json: string): Promise<void> {
    const bytes = Buffer.byteLength(json);
    if (bytes > this.maxConversationBytes) return;
    for (let attempt = 1; ; attempt++) {
      const item = (await this.storage.read([key]))[key] as TranscriptItem | undefined;
      const activities = [...(item?.activities ?? []), json];
      let total = activities.reduce((sum, a) => sum + Buffer.byteLength(a), 0);
      while (activities.length > this.maxActivities || total > this.maxConversationBytes) total -= Buffer.byteLength(activities.shift()!);
      try {
        await this.storage.writeIfUnchanged(key, { activities }, item?.eTag);
        return;
      } catch (err) {
        if (!(err instanceof ETagConflictError) || attempt >= ATTEMPTS) throw err;
      }
    }
  }
}

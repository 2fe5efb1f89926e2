/**
 * The transcripts the hand-off reads, in this process's memory, bounded like the memory state store:
 * a conversation idle for the TTL, or the least recently active beyond the cap, is forgotten, so a
 * long-running instance does not keep every conversation it ever had.
 */
import { MemoryTranscriptStore, type Activity, type PagedResult, type TranscriptInfo, type TranscriptStore } from 'botbuilder';
import { LRUCache } from 'lru-cache';

export class BoundedTranscriptStore implements TranscriptStore {
  private readonly inner = new MemoryTranscriptStore();
  /** Which conversations are kept; dropping one deletes its transcript. */
  private readonly kept: LRUCache<string, { channelId: string; conversationId: string }>;

  constructor({ maxConversations, ttlMs }: { maxConversations: number; ttlMs: number }) {
    this.kept = new LRUCache({
      max: maxConversations,
      ttl: ttlMs,
      ttlAutopurge: true,
      dispose: ({ channelId, conversationId }) => void this.inner.deleteTranscript(channelId, conversationId),
    });
  }

  async logActivity(activity: Activity): Promise<void> {
    const key = `${activity.channelId}\n${activity.conversation.id}`;
    // get() marks a kept conversation as active; set() on it would dispose it, deleting its transcript.
    if (this.kept.get(key) === undefined) this.kept.set(key, { channelId: activity.channelId, conversationId: activity.conversation.id });
    await this.inner.logActivity(activity);
  }

  getTranscriptActivities(channelId: string, conversationId: string, continuationToken?: string, startDate?: Date): Promise<PagedResult<Activity>> {
    return this.inner.getTranscriptActivities(channelId, conversationId, continuationToken, startDate);
  }

  listTranscripts(channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> {
    return this.inner.listTranscripts(channelId, continuationToken);
  }

  async deleteTranscript(channelId: string, conversationId: string): Promise<void> {
    this.kept.delete(`${channelId}\n${conversationId}`);
    await this.inner.deleteTranscript(channelId, conversationId);
  }
}

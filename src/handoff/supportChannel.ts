/**
 * Whether an activity comes from inside the registered support channel: a Teams activity, in that
 * channel (any of its threads), from a member of the channel's tenant. Card actions and thread messages
 * count only then; what an activity says of itself beyond that (a Direct Line activity naming the
 * channel's id, a guest of another organisation in the thread) does not make it the team's.
 */
import type { Activity, ConversationReference } from 'botbuilder';

/** The channel part of a Teams channel conversation id (a thread's id adds ";messageid=..."). */
export const channelPart = (conversationId: string) => conversationId.split(';')[0];

/** The tenant an activity's sender belongs to, as Teams states it. */
export function tenantOf(activity: Pick<Activity, 'conversation' | 'channelData'>): string | undefined {
  const stated = activity.conversation.tenantId ?? (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  return typeof stated === 'string' && stated !== '' ? stated : undefined;
}

export function fromSupportChannel(
  activity: Pick<Activity, 'channelId' | 'conversation' | 'channelData'>,
  channel: Partial<ConversationReference> | undefined,
): boolean {
  const tenant = channel?.conversation?.tenantId;
  // No tenant known for the channel: nobody can be shown to belong to it (the settings require one).
  if (!channel?.conversation || !tenant) return false;
  return (
    activity.channelId === 'msteams' &&
    channelPart(activity.conversation.id) === channelPart(channel.conversation.id) &&
    tenantOf(activity) === tenant
  );
}

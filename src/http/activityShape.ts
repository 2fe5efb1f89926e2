/**
 * The least an activity needs, with the types of the fields the bot reads, checked before the adapter
 * sees it: a wrong type is the sender's mistake (400), not a turn that fails and resets the conversation.
 */
import { ActivityTypes } from 'botbuilder';
import { z } from 'zod';

/**
 * Ids become storage keys (a blob name holds 1,024 characters): the channels' own ids are far shorter
 * (Teams' longest, a channel thread's, is about 100), so a longer one is refused.
 */
export const MAX_ID_CHARS = 512;

const account = z.object({ id: z.string().min(1).max(MAX_ID_CHARS), name: z.string().optional() }).passthrough();

/** A mention must say whom it mentions: Teams' mention handling reads `mentioned.id`. */
const entity = z
  .object({ type: z.string() })
  .passthrough()
  .refine(
    (e) => e.type !== 'mention' || typeof (e as { mentioned?: { id?: unknown } }).mentioned?.id === 'string',
    'a mention needs mentioned.id',
  );

export const ActivityShape = z
  .object({
    type: z.nativeEnum(ActivityTypes),
    conversation: z.object({ id: z.string().min(1).max(MAX_ID_CHARS), conversationType: z.string().optional() }).passthrough(),
    from: account,
    recipient: account.optional(),
    serviceUrl: z.string().optional(),
    channelId: z.string().optional(),
    text: z.string().optional(),
    locale: z.string().optional(),
    name: z.string().optional(),
    // A card submit is an object; some clients send a string. Nothing the bot reads is a bare number.
    value: z
      .union([z.record(z.unknown()), z.array(z.unknown()), z.string()])
      .nullable()
      .optional(),
    membersAdded: z.array(account).optional(),
    membersRemoved: z.array(account).optional(),
    entities: z.array(entity).optional(),
    attachments: z.array(z.object({ contentType: z.string() }).passthrough()).optional(),
    channelData: z.record(z.unknown()).optional(),
  })
  .passthrough();

export const NOT_AN_ACTIVITY =
  'The body is not a Bot Framework activity (a known type, conversation.id and from.id are required, and text, locale, value, membersAdded and entities must have their types).';

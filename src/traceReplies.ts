/**
 * CloudAdapter drops trace activities for every channel but the Emulator when it sends them,
 * but with deliveryMode "expectReplies" it returns every buffered reply in the HTTP response,
 * traces included. This middleware keeps them out of those responses too.
 */
import { ActivityTypes, Channels, DeliveryModes, type Middleware } from 'botbuilder';

export const dropTraceReplies: Middleware = {
  async onTurn(context, next) {
    const { deliveryMode, channelId } = context.activity;
    if (deliveryMode === DeliveryModes.ExpectReplies && channelId !== (Channels.Emulator as string)) {
      context.onSendActivities(async (_context, activities, sendNext) => {
        // In place: the turn context sends this very array once the handlers have run.
        for (let i = activities.length - 1; i >= 0; i--) if (activities[i].type === ActivityTypes.Trace) activities.splice(i, 1);
        return activities.length ? sendNext() : [];
      });
    }
    await next();
  },
};

/**
 * A typing indicator when a turn is slow (waiting on Azure or the state store): after half a second, then
 * every two seconds, as botbuilder's ShowTypingMiddleware does. Not that middleware itself: it hands an
 * indicator the channel refuses to the adapter's turn-error handler, which apologises and resets the
 * conversation; an indicator that cannot be shown must cost nothing. Not where the replies come back in one
 * HTTP response (deliveryMode expectReplies): nothing can show before them there.
 */
import { ActivityTypes, DeliveryModes, TurnContext, type Middleware } from 'botbuilder';

export class TypingOnSlowTurns implements Middleware {
  constructor(
    private readonly delayMs = 500,
    private readonly periodMs = 2000,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    if (activity.type !== 'message' || activity.deliveryMode === DeliveryModes.ExpectReplies) return next();
    let finished = false;
    let timer: NodeJS.Timeout | undefined;
    const show = async () => {
      if (finished) return;
      const typing = TurnContext.applyConversationReference(
        { type: ActivityTypes.Typing, relatesTo: activity.relatesTo },
        TurnContext.getConversationReference(activity),
      );
      // Straight to the adapter, as the SDK's middleware does: past the replies a turn holds until its state is saved.
      await context.adapter.sendActivities(context, [typing]).catch(() => undefined);
      if (!finished) timer = setTimeout(() => void show(), this.periodMs);
    };
    timer = setTimeout(() => void show(), this.delayMs);
    try {
      await next();
    } finally {
      finished = true;
      clearTimeout(timer);
    }
  }
}

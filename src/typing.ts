/**
 * A typing indicator when a turn is slow (waiting on Azure or the state store): botbuilder's
 * ShowTypingMiddleware, after half a second and every two seconds after that. Not where the replies come
 * back in one HTTP response (deliveryMode expectReplies): nothing can show before them there.
 */
import { DeliveryModes, ShowTypingMiddleware, type TurnContext } from 'botbuilder';

export class TypingOnSlowTurns extends ShowTypingMiddleware {
  override async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.deliveryMode === DeliveryModes.ExpectReplies) return next();
    return super.onTurn(context, next);
  }
}

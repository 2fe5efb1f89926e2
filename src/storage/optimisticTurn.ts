/**
 * Runs a turn so that it counts exactly once even when the same conversation is busy on another
 * instance: the replies are held back until the state is saved; if another turn saved first, the turn
 * runs again on the fresh state (its held replies are dropped), a bounded number of times.
 */
import type { Activity, BotState, TurnContext } from 'botbuilder';
import { ETagConflictError } from './versionedStorage';

/** The turn counted (its state is saved) but the channel refused its replies. */
export class DeliveryError extends Error {
  constructor(readonly reason: unknown) {
    super(`the channel refused the replies: ${(reason as Error | undefined)?.message ?? String(reason)}`);
    this.name = 'DeliveryError';
  }
}

export interface OptimisticTurnOptions {
  /** How many times a turn is run again after a conflict. */
  retries: number;
  /** Tells the person the message was not taken in, after the last retry. */
  onGiveUp: () => Promise<void>;
  /** Called for each conflict (attempt 1 is the first run), so operators can see how often turns collide. */
  onConflict?: (attempt: number) => void;
}

export async function runOptimistically(
  context: TurnContext,
  state: BotState,
  turn: () => Promise<void>,
  { retries, onGiveUp, onConflict }: OptimisticTurnOptions,
): Promise<void> {
  let held: Partial<Activity>[] = [];
  let holding = true;
  context.onSendActivities(async (_context, activities, next) => {
    // A typing indicator may go at once: it promises nothing a re-run could take back, and losing one fails nothing.
    if (holding && activities.every((a) => a.type === 'typing')) {
      return next().catch(() => activities.map(() => ({ id: '' })));
    }
    if (!holding) return next();
    held.push(...activities);
    return Promise.resolve(activities.map(() => ({ id: '' })));
  });

  try {
    for (let attempt = 0; ; attempt++) {
      held = [];
      await state.load(context, attempt > 0);
      await turn();
      try {
        await state.saveChanges(context);
        break;
      } catch (err) {
        if (!(err instanceof ETagConflictError)) throw err;
        onConflict?.(attempt + 1);
        if (attempt >= retries) {
          held = [];
          holding = false;
          await onGiveUp();
          return;
        }
      }
    }
  } finally {
    // Whatever happens, what the turn-error handler says must reach the person.
    holding = false;
  }
  if (!held.length) return;
  try {
    await context.sendActivities(held);
  } catch (err) {
    throw new DeliveryError(err);
  }
}

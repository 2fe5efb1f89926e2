/** Sending into a conversation the bot is not in a turn of: the support channel, or a requester's chat. */
import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';

export type Reference = Partial<ConversationReference>;

/**
 * continueConversationAsync hands a failure of the logic to the adapter's turn-error handler (which
 * would apologise in that conversation and reset its state): the failure is kept and thrown here instead.
 */
export async function sendProactively(
  adapter: CloudAdapter,
  botAppId: string,
  reference: Reference,
  logic: (context: TurnContext) => Promise<unknown>,
): Promise<void> {
  let failure: unknown;
  await adapter.continueConversationAsync(botAppId, reference, async (context) => {
    try {
      await logic(context);
    } catch (err) {
      failure = err;
    }
  });
  if (failure instanceof Error) throw failure;
  if (failure !== undefined) throw new Error('The connector call failed.', { cause: failure });
}

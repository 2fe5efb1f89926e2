/**
 * ConversationState that saves with the eTag it read, instead of the Bot Framework's '*' (last writer
 * wins): a save after another instance's save throws ETagConflictError instead of dropping that turn.
 */
import { ConversationState, calculateChangeHash, type StoreItem, type TurnContext } from 'botbuilder';
import type { VersionedStorage } from './versionedStorage';

export class VersionedConversationState extends ConversationState {
  /** The state's hash when read, to save only what a turn changed. */
  private readonly readHash = Symbol('readHash');

  constructor(private readonly versioned: VersionedStorage) {
    super(versioned);
  }

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const fresh = force || this.get(context) === undefined;
    const state = (await super.load(context, force)) as Record<string, unknown>;
    if (fresh) context.turnState.set(this.readHash, calculateChangeHash(state));
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const state = this.get(context) as StoreItem | undefined;
    if (!state) return;
    if (!force && calculateChangeHash(state) === context.turnState.get(this.readHash)) return;
    const key = this.getStorageKey(context);
    if (!key) throw new Error('The activity has no conversation to save state for.');
    const eTag = state.eTag as unknown;
    state.eTag = await this.versioned.writeIfUnchanged(key, state, typeof eTag === 'string' && eTag !== '*' ? eTag : undefined);
    context.turnState.set(this.readHash, calculateChangeHash(state));
  }

  /**
   * In a Teams group chat or channel each person has their own triage, so another member's "agent" never hands
   * off your answers; a personal chat, Web Chat and every other channel keep one state per conversation.
   */
  override getStorageKey(context: TurnContext): string | undefined {
    const key = super.getStorageKey(context);
    const { channelId, conversation, from } = context.activity;
    const shared = conversation?.conversationType === 'groupChat' || conversation?.conversationType === 'channel';
    return channelId === 'msteams' && shared && from?.id ? `${key}users/${from.id}` : key;
  }

  /** Empties the state, still as a change of the version that was read. */
  override async clear(context: TurnContext): Promise<void> {
    const eTag = (this.get(context) as StoreItem | undefined)?.eTag as unknown;
    await super.clear(context);
    if (typeof eTag === 'string') (this.get(context) as StoreItem).eTag = eTag;
    context.turnState.set(this.readHash, '');
  }
}

/**
 * The Bot Framework hand-off protocol, for channels connected to an agent hub (Direct Line with
 * Omnichannel, LivePerson, Genesys…): a handoff.initiate event carrying the case and the conversation's
 * transcript, and the hub's handoff.status answers. Never used on Teams, which rejects the event.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { TriageFacts } from '../policy/types';
import { resultOfCase } from '../triage';
import type { Source } from '../triage';
import { EventFactory, MessageFactory, type Activity, type TranscriptStore, type TurnContext } from 'botbuilder';
import { apply, type SupportCase } from '../cases/case';
import type { CaseStore } from '../cases/caseStore';
import { CATALOGS, format } from '../locale';
import * as renderCase from './caseCard';
import type { CaseDeliveries } from './caseDeliveries';
import { nextPath, whereNextOfCase } from '../cases/summary';
import type { Destination } from './destination';

/** The case as the agent hub receives it in handoff.initiate's value. */
export interface HandoffContext {
  caseNumber: string;
  locale: string;
  category: string[];
  /** The facts as the rules take them (policy names), null while the triage had not reached them. */
  facts: TriageFacts | null;
  /** Who settled the subscription type: the person, Azure read as the person, or both. */
  subscriptionSource: Source | null;
  verdict: SupportCase['verdict'] | null;
  supportCanLift: boolean;
  description: string | null;
  /**
   * The hub sends it back in every handoff.status value (`correlationId`): a status without it, or with
   * another, is ignored, so a requester posting a handoff.status event of their own moves nothing.
   */
  correlationId: string;
}

/** The same secret, compared in constant time. */
function sameSecret(given: unknown, expected: string | undefined): boolean {
  if (typeof given !== 'string' || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Two runs of replies are the same when they show the same thing. */
const shown = (a: Activity) => JSON.stringify([a.type, a.text, a.attachments, a.suggestedActions]);

/**
 * The conversation as the person saw it. The turn runner (src/storage/optimisticTurn.ts) holds each
 * turn's replies until the state is saved, and the transcript logger, which runs before it, logs them
 * when held and again when sent (and a turn run again after a conflict adds its dropped replies too):
 * of each turn's replies only the last copy, the one sent, is kept. Typing indicators are left out.
 */
export function asSent(activities: Activity[], botId: string): Activity[] {
  const kept: Activity[] = [];
  let replies: Activity[] = [];
  const endTurn = () => {
    let k = Math.floor(replies.length / 2);
    while (
      k > 0 &&
      replies.slice(-k).map(shown).join() !==
        replies
          .slice(-2 * k, -k)
          .map(shown)
          .join()
    )
      k--;
    kept.push(...(k > 0 ? replies.slice(-k) : replies));
    replies = [];
  };
  for (const activity of activities) {
    if (activity.type === 'typing') continue;
    if (activity.from.id === botId) {
      replies.push(activity);
    } else {
      endTurn();
      kept.push(activity);
    }
  }
  endTurn();
  return kept;
}

export class HandoffProtocol implements Destination {
  constructor(
    private readonly transcripts: TranscriptStore,
    private readonly store: CaseStore,
    /** Destination 1, where a case goes when no agent takes it; absent when the Teams channel is off. */
    private readonly fallback?: CaseDeliveries,
  ) {}

  /** Teams rejects handoff.initiate; every other channel may be connected to a hub. */
  accepts(_supportCase: SupportCase, channelId: string): boolean {
    return channelId !== 'msteams';
  }

  /** handoff.initiate with the case and the conversation as the person saw it. */
  async deliver(supportCase: SupportCase, context: TurnContext): Promise<'handedOff'> {
    const { channelId, conversation } = context.activity;
    const activities: Activity[] = [];
    let token: string | undefined;
    do {
      const page = await this.transcripts.getTranscriptActivities(channelId, conversation.id, token);
      activities.push(...page.items);
      token = page.continuationToken || undefined;
    } while (token);
    const result = resultOfCase(supportCase.answers);
    // A turn run again (state conflict) sends the correlation id it saved first.
    const saved = await this.store.update(supportCase.number, (c) => ({
      ...c,
      route: 'handoffProtocol',
      protocolState: 'initiated',
      protocolCorrelation: c.protocolCorrelation ?? randomBytes(24).toString('base64url'),
    }));
    const value: HandoffContext = {
      caseNumber: supportCase.number,
      locale: supportCase.locale,
      category: supportCase.category,
      facts: result.facts ?? null,
      subscriptionSource: result.known.subscription?.source ?? null,
      verdict: supportCase.verdict ?? null,
      supportCanLift: supportCase.supportCanLift,
      description: supportCase.description ?? null,
      correlationId: saved.protocolCorrelation!,
    };
    const transcript = { activities: asSent(activities, context.activity.recipient.id) };
    await context.sendActivity(EventFactory.createHandoffInitiation(context, value, transcript));
    return 'handedOff';
  }

  /**
   * handoff.status from the hub, in the requester's conversation: tells the person, and on failure falls
   * back. Only a status carrying the case's correlation id counts (see HandoffContext).
   */
  async onStatus(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const value = activity.value as { state?: unknown; correlationId?: unknown } | null | undefined;
    const state = value?.state;
    if (state !== 'accepted' && state !== 'failed' && state !== 'completed') return;
    const userKey = `${activity.channelId}:${activity.from.id}`;
    const handedOff = (await this.store.openCasesOf(userKey)).filter((c) => c.route === 'handoffProtocol' && c.protocolState !== 'failed');
    const supportCase = handedOff.find((c) => sameSecret(value?.correlationId, c.protocolCorrelation));
    if (!supportCase) return;
    const catalog = CATALOGS[supportCase.locale];
    const number = supportCase.number;
    if (state === 'accepted') {
      await this.store.update(number, (c) => ({ ...c, protocolState: 'accepted' }));
      await context.sendActivity(format(catalog.handoff.protocol.accepted, { number }));
    } else if (state === 'completed') {
      // The hub's agent closed it: resolved, and the person is asked for a rating here, now.
      const resolved = await this.store.update(number, (c) => {
        if (c.status === 'resolved') return c;
        const next = apply(c, { kind: 'resolve', by: 'agent' }, new Date());
        // The hub told the person itself: nothing is owed.
        return { ...next, protocolState: 'completed', outbox: [] };
      });
      const rating = renderCase.notice(resolved, { id: 'completed', to: 'requester', event: 'resolved' });
      await context.sendActivity({ ...rating, text: format(catalog.handoff.protocol.completed, { number }) });
    } else if (this.fallback) {
      await this.store.update(number, (c) => ({ ...c, route: 'teams', protocolState: 'failed' }));
      await this.fallback.changed(number);
      await context.sendActivity(format(catalog.handoff.protocol.failedToTeam, { number }));
    } else {
      await this.store.update(number, (c) => ({ ...c, protocolState: 'failed' }));
      await context.sendActivity(
        MessageFactory.text(
          format(catalog.handoff.protocol.failedToPortal, {
            number,
            next: nextPath(catalog, supportCase.locale, whereNextOfCase(supportCase)),
          }),
        ),
      );
    }
  }
}

/**
 * Saving a case and handing it to the destinations, for the hand-off dialog: the case is stored before any
 * delivery is tried, and the person is told its number and what happens next.
 */
import { TeamsInfo, TurnContext } from 'botbuilder';
import { newCaseNumber, storedReference, type SupportCase } from '../src/cases/case';
import { CaseNumberTakenError, CaseStoreFullError, type CaseStore } from '../src/cases/caseStore';
import { cannotLift } from '../src/cases/summary';
import type { HandoffOptions } from '../src/handoff/handoffOptions';
import { CATALOGS, format, type Locale } from '../src/locale';
import { SUPPORT_CATEGORY } from '../src/policy/steps';
import { StorageUnavailableError } from '../src/storage/versionedStorage';
import { StorageFullError } from '../src/storage/boundedMemoryStorage';
import type { TriageResult } from '../src/triage';
import * as renderHandoff from './render/handoff';
import { CONVERSATION_PICTURES, type ConversationPictures } from '../src/teams/teamsText';
import { CULTURES, menuPath } from '../src/locale/culture';

/** Teams: the person's sign-in name, for the engineers' "Chat with requester" link (they were told it goes with the case). */
async function teamsSignInName(context: TurnContext): Promise<{ userPrincipalName?: string }> {
  if (context.activity.channelId !== 'msteams') return {};
  try {
    const member = await TeamsInfo.getMember(context, context.activity.from.id);
    return member.userPrincipalName ? { userPrincipalName: member.userPrincipalName } : {};
  } catch {
    // Without it the card has no chat link; the case itself is not held up.
    return {};
  }
}

/** What the case is made of: the triage as it stood, and what the person added. */
export interface CaseRequest {
  locale: Locale;
  result: TriageResult;
  /** Chosen before the confirmation, so a turn that runs again saves the same case, not a second one. */
  number?: string | undefined;
  description?: string | undefined;
  email?: string | undefined;
}

/** Saves the case first, then hands it to the destinations, and tells the person where it stands. */
export async function saveAndDeliver(context: TurnContext, state: CaseRequest, options: HandoffOptions): Promise<SupportCase | undefined> {
  const catalog = CATALOGS[state.locale];
  const activity = context.activity;
  const verdict = state.result.verdict;
  const now = (options.clock ?? (() => new Date()))();
  if (options.admit && !options.admit(activity)) {
    options.onRefused?.('client_limit');
    await context.sendActivity(
      format(catalog.handoff.tooManyCases, { category: menuPath(CULTURES[state.locale], SUPPORT_CATEGORY[state.locale]) }),
    );
    return undefined;
  }
  const pictures = (await context.turnState.get<ConversationPictures | undefined>(CONVERSATION_PICTURES)?.()) ?? [];
  const draft: SupportCase = {
    number: state.number ?? newCaseNumber(),
    status: 'open',
    locale: state.locale,
    createdAt: now.toISOString(),
    answers: { ...state.result.known },
    ...(verdict ? { verdict: { outcome: verdict.outcome, rules: verdict.rules } } : {}),
    supportCanLift: !cannotLift(verdict),
    category: SUPPORT_CATEGORY[state.locale],
    ...(state.description ? { description: state.description } : {}),
    ...(pictures.length ? { pictures } : {}),
    requester: {
      userKey: `${activity.channelId}:${activity.from.id}`,
      channelId: activity.channelId,
      reference: storedReference(JSON.parse(JSON.stringify(TurnContext.getConversationReference(activity))) as Record<string, unknown>),
      ...(await teamsSignInName(context)),
      ...(state.email ? { email: state.email } : {}),
    },
    history: [{ at: now.toISOString(), status: 'open' }],
    revision: 0,
    outbox: [],
  };
  let saved: SupportCase;
  try {
    saved = await createWithFreeNumber(options.store, draft);
  } catch (err) {
    if (err instanceof CaseStoreFullError || err instanceof StorageFullError) {
      options.onRefused?.('store_full');
      await context.sendActivity(
        format(catalog.handoff.storeFull, { category: menuPath(CULTURES[state.locale], SUPPORT_CATEGORY[state.locale]) }),
      );
      return undefined;
    }
    if (!(err instanceof StorageUnavailableError)) throw err;
    await context.sendActivity(catalog.handoff.saveFailed);
    return undefined;
  }
  const lines = [format(catalog.handoff.created, { number: saved.number })];
  const outcome = options.deliver ? await options.deliver(saved, context) : 'none';
  const slots = { category: menuPath(CULTURES[state.locale], saved.category), number: saved.number };
  if (outcome === 'none') {
    lines.push(format(catalog.handoff.noDestination, slots));
  } else if (outcome === 'noChannel') {
    lines.push(format(catalog.handoff.noSupportChannel, slots));
  } else if (outcome === 'handedOff') {
    lines.push(format(catalog.handoff.protocol.initiated, { number: saved.number }));
  } else {
    if (outcome === 'pending') lines.push(catalog.handoff.deliveryPending);
    lines.push(renderHandoff.nextSteps(catalog, state.locale, options.hours, now));
  }
  await context.sendActivity(lines.join('\n\n'));
  return saved;
}

/** A number another requester already has (1 in 33 million) is drawn again. */
async function createWithFreeNumber(store: CaseStore, draft: SupportCase): Promise<SupportCase> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await store.create(draft);
    } catch (err) {
      if (!(err instanceof CaseNumberTakenError) || attempt >= 3) throw err;
      draft = { ...draft, number: newCaseNumber() };
    }
  }
}

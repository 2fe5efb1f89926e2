/**
 * Saving a case and handing it to the destinations, for the hand-off dialog: the case is stored before any
 * delivery is tried. What the person is told is the hand-off step's (src/cases/handoffStep.ts).
 */
import { TeamsInfo, TurnContext } from 'botbuilder';
import { isOpen, newCaseNumber, storedReference, type SupportCase } from '../src/cases/case';
import { CaseNumberTakenError, CaseStoreFullError, type CaseStore } from '../src/cases/caseStore';
import { cannotLift } from '../src/cases/summary';
import { NOWHERE, type HandoffOptions } from '../src/handoff/handoffOptions';
import { SUPPORT_CATEGORY } from '../src/policy/steps';
import { StorageUnavailableError } from '../src/storage/versionedStorage';
import { StorageFullError } from '../src/storage/boundedMemoryStorage';
import type { AddedTo, CaseDraft, SaveOutcome } from '../src/cases/handoffStep';
import { cleanText } from '../src/cases/cleanText';
import { languageOf } from '../src/conversationLanguage';
import { CONVERSATION_PICTURES, type ConversationPictures } from '../src/teams/teamsText';

/** A case's description, additions included, is kept at this length. */
const DESCRIPTION_LIMIT = 4000;

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

/**
 * Saves the case first, then hands it to the destinations, and says what came of it (the hand-off step says
 * it to the person). Refused when the person already has `maxOpen` open cases, or their client opened too
 * many lately.
 */
export async function saveAndDeliver(
  context: TurnContext,
  draftOf: CaseDraft,
  maxOpen: number,
  options: HandoffOptions,
): Promise<SaveOutcome> {
  const locale = languageOf(context);
  const activity = context.activity;
  const userKey = `${activity.channelId}:${activity.from.id}`;
  const verdict = draftOf.result.verdict;
  const now = (options.clock ?? (() => new Date()))();
  // Checked again here: another conversation of the same person may have opened cases meanwhile.
  const open = await options.store.openCasesOf(userKey);
  if (open.length >= maxOpen) return { kind: 'full', openCases: open.map((c) => ({ number: c.number, status: c.status })) };
  if (options.admit && !options.admit(activity)) {
    options.onRefused?.('client_limit');
    return { kind: 'refused', reason: 'clientLimit' };
  }
  const pictures = (await context.turnState.get<ConversationPictures | undefined>(CONVERSATION_PICTURES)?.()) ?? [];
  const draft: SupportCase = {
    number: draftOf.number,
    status: 'open',
    locale,
    createdAt: now.toISOString(),
    answers: { ...draftOf.result.known },
    ...(verdict ? { verdict: { outcome: verdict.outcome, rules: verdict.rules } } : {}),
    supportCanLift: !cannotLift(verdict),
    // The H1 problem type only where Azure support can act: an O1, S4 or E2 case names none.
    category: draftOf.where === 'azureSupport' ? SUPPORT_CATEGORY[locale] : [],
    ...(draftOf.description ? { description: draftOf.description } : {}),
    ...(pictures.length ? { pictures } : {}),
    requester: {
      userKey,
      channelId: activity.channelId,
      reference: storedReference(JSON.parse(JSON.stringify(TurnContext.getConversationReference(activity))) as Record<string, unknown>),
      ...(await teamsSignInName(context)),
      ...(draftOf.email ? { email: draftOf.email } : {}),
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
      return { kind: 'refused', reason: 'storeFull' };
    }
    if (!(err instanceof StorageUnavailableError)) throw err;
    return { kind: 'refused', reason: 'unavailable' };
  }
  const { outcome: delivery } = options.deliver ? await options.deliver(saved, context) : NOWHERE;
  return { kind: 'saved', number: saved.number, delivery, at: now.toISOString() };
}

/**
 * What the person adds to an open case: a line in its card's thread where the team's channel has one, otherwise
 * the end of the case's description, and its card (if posted) is updated to show it.
 */
export async function addToCase(context: TurnContext, number: string, text: string, options: HandoffOptions): Promise<AddedTo> {
  const open = await options.store.get(number);
  if (!open || !isOpen(open)) return 'gone';
  if (options.addToCase && (await options.addToCase(open, context.activity))) return 'thread';
  const updated = await options.store.update(number, (c) => ({
    ...c,
    description: cleanText([c.description, text].filter(Boolean).join('\n\n'), DESCRIPTION_LIMIT),
    revision: c.revision + 1,
  }));
  if (!isOpen(updated)) return 'gone';
  await options.caseChanged?.(number);
  return 'case';
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

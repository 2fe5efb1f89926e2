/**
 * A case as the support team sees it (an Adaptive Card in their Teams channel, lines in its thread)
 * and the notices its requester gets as it moves, in the case's language.
 */
import { ActionTypes, CardFactory, MessageFactory, type Activity, type Attachment } from 'botbuilder';
import { allowedEvents, type OutboxItem, type SupportCase } from '../cases/case';
import { formatWhen, type SupportHours } from '../cases/supportHours';
import { CATALOGS, format, type Locale } from '../locale';
import { escapeMarkdown } from '../locale/markdown';
import { caseSummary } from '../cases/summary';
import { resultOfCase } from '../triage';

/** What a card button submits; the channel turn that carries it is recognised by `caseAction`. */
export interface CaseActionData {
  caseAction: 'assign' | 'resolve' | 'reopen';
  number: string;
}

/** What a rating button submits in the requester's conversation. */
export interface CaseRatingData {
  caseRating: number;
  number: string;
}

/** The card is in the team's language (SUPPORT_LOCALE), whatever the requester's. */
export function card(c: SupportCase, hours: SupportHours, team: Locale): Attachment {
  const catalog = CATALOGS[team];
  const t = catalog.handoff.card;
  const facts = [
    { title: t.status, value: catalog.handoff.statusNames[c.status] },
    { title: t.assignee, value: c.assignee ? escapeMarkdown(c.assignee.name) : t.unassigned },
    { title: t.opened, value: `${formatWhen(hours, new Date(c.createdAt), team)} (${hours.timeZone})` },
    { title: t.language, value: catalog.handoff.languageNames[c.locale] },
    ...(c.requester.email ? [{ title: t.email, value: escapeMarkdown(c.requester.email) }] : []),
    ...(c.rating ? [{ title: t.rating, value: `${String(c.rating)}/5` }] : []),
  ];
  const body: object[] = [
    { type: 'TextBlock', text: format(t.title, { number: c.number }), weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'FactSet', facts },
    { type: 'TextBlock', text: caseSummary(catalog, team, resultOfCase(c.answers)), wrap: true },
  ];
  if (c.description) {
    body.push({ type: 'TextBlock', text: `**${catalog.handoff.descriptionLabel}:** ${escapeMarkdown(c.description)}`, wrap: true });
  }
  if (c.pictures?.length) {
    const links = c.pictures.map(
      (picture, i) =>
        `[${escapeMarkdown(picture.name ?? `${CATALOGS[team].teamsChat.picture} ${String(i + 1)}`)}](${picture.url.replace(/\(/g, '%28').replace(/\)/g, '%29')})`,
    );
    body.push({ type: 'TextBlock', text: `**${CATALOGS[team].teamsChat.picturesLabel}:** ${links.join(', ')}`, wrap: true });
  }
  const moves = allowedEvents(c.status).filter((e): e is CaseActionData['caseAction'] => e !== 'rate');
  const actions: object[] = moves.map((move) => ({
    type: 'Action.Submit',
    title: t.actions[move],
    data: { caseAction: move, number: c.number } satisfies CaseActionData,
  }));
  if (c.requester.userPrincipalName) {
    actions.push({
      type: 'Action.OpenUrl',
      title: t.actions.chat,
      url: `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(c.requester.userPrincipalName)}`,
    });
  }
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    body,
    actions,
  });
}

export function threadLine(c: SupportCase, item: OutboxItem, team: Locale): string {
  const thread = CATALOGS[team].handoff.thread;
  return format(thread[item.event], { name: escapeMarkdown(item.by ?? ''), rating: String(c.rating ?? '') });
}

/** The requester's notice; after resolution it asks for a 1–5 rating with buttons. */
export function notice(c: SupportCase, item: OutboxItem): Partial<Activity> {
  const notify = CATALOGS[c.locale].handoff.notify;
  const text = format(notify[item.event as keyof typeof notify], { number: c.number, name: escapeMarkdown(item.by ?? '') });
  if (item.event !== 'resolved') return MessageFactory.text(text);
  const actions = [1, 2, 3, 4, 5].map((n) => ({
    type: ActionTypes.MessageBack,
    title: String(n),
    text: String(n),
    displayText: String(n),
    value: { caseRating: n, number: c.number } satisfies CaseRatingData,
  }));
  if (c.requester.channelId === 'msteams') return MessageFactory.attachment(CardFactory.heroCard('', undefined, actions), text);
  return MessageFactory.suggestedActions(actions, text);
}

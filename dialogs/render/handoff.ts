/**
 * The activities of the hand-off to human support: the case summary to confirm, the case number and
 * what happens next, and the person's open cases.
 */
import type { SupportCase } from '../../src/cases/case';
import { formatDays, formatHours, formatWhen, isWithin, nextOpening, type SupportHours } from '../../src/cases/supportHours';
import { format, type Catalog, type Locale } from '../../src/locale';
import type { Activity } from 'botbuilder';
import {
  whereNextOf,
  type HandoffAsking,
  type HandoffInput,
  type HandoffSay,
  type HandoffState,
  type HandoffTurn,
} from '../../src/cases/handoffStep';
import type { TriageResult } from '../../src/triage';
import { caseSummary, nextPath } from '../../src/cases/summary';
import { CULTURES, listOf } from '../../src/locale/culture';
import { escapeMarkdown, safeEcho } from '../../src/locale/markdown';
import { choices } from './choices';
import { renderSay } from './talk';

/** The option of the hand-off's pending card that typed words chose, read from the step's move. */
export function typedHandoffChoice(
  before: HandoffState,
  input: HandoffInput,
  turn: HandoffTurn,
): { question: HandoffAsking; choice: string } | undefined {
  if (input.kind !== 'message' || input.choice) return undefined;
  const after = turn.state;
  switch (before.asking) {
    case 'handoffDescription':
      // A description is shown as typed, on one line.
      if (after.asking !== 'handoffConfirm') return undefined;
      return { question: 'handoffDescription', choice: after.description === undefined ? 'skip' : safeEcho(after.description) };
    case 'handoffConfirm':
      if (turn.effects.some((e) => e.kind === 'saveCase')) return { question: 'handoffConfirm', choice: 'yes' };
      return turn.effects.some((e) => e.kind === 'end') ? { question: 'handoffConfirm', choice: 'no' } : undefined;
    case 'handoffAddToCase': {
      const added = turn.effects.find((e) => e.kind === 'addToCase');
      const number = after.target ?? (added?.kind === 'addToCase' ? added.number : undefined);
      if (number) return { question: 'handoffAddToCase', choice: number };
      return after.asking === 'handoffDescription' ? { question: 'handoffAddToCase', choice: 'new' } : undefined;
    }
    default:
      return undefined;
  }
}

/** When the team works, and whether (or from when) it will see the case. */
export function nextSteps(catalog: Catalog, locale: Locale, hours: SupportHours, now: Date): string {
  const values = { days: formatDays(hours, locale), hours: formatHours(hours), zone: hours.timeZone };
  if (isWithin(hours, now)) return format(catalog.handoff.openNow, values);
  const opening = nextOpening(hours, now);
  return format(catalog.handoff.closedNow, { ...values, when: opening ? formatWhen(hours, opening, locale) : '—' });
}

/** A case's status as the person reads it: with no support team connected, an open case waits for nobody. */
function statusName(catalog: Catalog, status: SupportCase['status'], destination: boolean): string {
  return !destination && status === 'open' ? catalog.handoff.noTeam.statusOpen : catalog.handoff.statusNames[status];
}

export function status(catalog: Catalog, locale: Locale, hours: SupportHours, cases: SupportCase[], destination: boolean): string {
  if (!cases.length) return catalog.handoff.statusNone;
  const lines = cases.map((c) =>
    format(catalog.handoff.statusLine, {
      number: c.number,
      status: statusName(catalog, c.status, destination),
      when: formatWhen(hours, new Date(c.createdAt), locale),
      // The team's clock, which need not be the person's: the zone says which.
      zone: hours.timeZone,
    }),
  );
  return [catalog.handoff.statusTitle, lines.map((l) => `- ${l}`).join('\n')].join('\n\n');
}

export interface HandoffRender {
  catalog: Catalog;
  locale: Locale;
  channelId: string;
  hours: SupportHours;
  /** A support team or agent hub is connected: someone reads what is sent. */
  destination: boolean;
}

/** The case summary as the person sees it: with nobody connected, its note does not say an engineer starts from it. */
function summaryFor(ctx: HandoffRender, result: TriageResult): string {
  const { catalog, locale } = ctx;
  if (ctx.destination) return caseSummary(catalog, locale, result);
  const { cannotLift, cannotEnable } = catalog.handoff.noTeam;
  return caseSummary({ ...catalog, handoff: { ...catalog.handoff, cannotLift, cannotEnable } }, locale, result);
}

/** What the hand-off step says, as activities: one per item, the case summary and buttons where it asks. */
export function renderHandoff(items: HandoffSay[], ctx: HandoffRender): Partial<Activity>[] {
  return items.flatMap((said) => handoffActivities(said, ctx));
}

function handoffActivities(said: HandoffSay, ctx: HandoffRender): Partial<Activity>[] {
  const { catalog, locale, channelId, destination } = ctx;
  const texts = catalog.handoff;
  const noTeam = destination ? undefined : texts.noTeam;
  const text = (t: string): Partial<Activity>[] => [{ type: 'message', text: t }];
  switch (said.kind) {
    case 'describe':
      return [
        choices(
          catalog,
          [
            summaryFor(ctx, said.result),
            // A rejection is for the receiving domain's provider (E2): what it needs is the bounce text, so that is what to paste.
            ...(whereNextOf(said.result) === 'receivingDomain' ? [texts.describeBounce] : []),
            noTeam?.askDescription ?? texts.askDescription,
          ].join('\n\n'),
          'handoffDescription',
          [{ choice: 'skip', label: texts.skip.label }],
          channelId,
        ),
      ];
    case 'read':
      return renderSay([{ kind: 'understood', facts: said.added }, ...said.changed.map((c) => ({ kind: 'changed' as const, ...c }))], {
        catalog,
        locale,
        channelId,
        summary: () => '',
      });
    case 'confirm': {
      const preface = said.preface.map((p) => (p === 'addedToDescription' ? texts.addedToDescription : texts.email.invalid));
      // Shown whole (up to its 2,000 characters), as it will go with the case: the person confirms what is sent.
      const description = said.description ? escapeMarkdown(said.description) : texts.noDescription;
      const email = said.email ? [format(texts.email.confirmLine, { email: said.email })] : [];
      // A Teams user's identity is known; a web visitor may leave an address to be reached after leaving. Nobody
      // reaches anyone when no team is connected.
      const contact = noTeam ? [] : said.teams ? [texts.identityNote] : said.email ? [] : [texts.email.ask];
      return [
        choices(
          catalog,
          [...preface, summaryFor(ctx, said.result), format(noTeam?.confirm ?? texts.confirm, { description }), ...email, ...contact].join(
            '\n\n',
          ),
          'handoffConfirm',
          [
            { choice: 'yes', label: noTeam?.yes ?? texts.yes.label },
            { choice: 'no', label: noTeam?.no ?? texts.no.label },
          ],
          channelId,
        ),
      ];
    }
    case 'offer': {
      const latest = said.cases.at(-1)!;
      const items = said.cases.map((c) =>
        format(texts.cases.caseItem, { number: c.number, status: statusName(catalog, c.status, destination) }),
      );
      const offer = said.full
        ? format(texts.cases.full, { count: String(said.cases.length), cases: listOf(CULTURES[locale], items), number: latest.number })
        : said.cases.length === 1
          ? format(texts.cases.offerOne, { number: latest.number, status: statusName(catalog, latest.status, destination) })
          : format(texts.cases.offerMany, { cases: listOf(CULTURES[locale], items), number: latest.number });
      const buttons = [
        ...said.cases.map((c) => ({ choice: c.number, label: format(texts.cases.addLabel, { number: c.number }) })),
        ...(said.full ? [] : [{ choice: 'new', label: texts.cases.newCase.label }]),
      ];
      return [choices(catalog, offer, 'handoffAddToCase', buttons, channelId)];
    }
    case 'askAddition':
      return text(format(texts.cases.askAddition, { number: said.number }));
    case 'notSent':
      return text(noTeam?.notSent ?? texts.notSent);
    case 'saved': {
      const slots = { number: said.number, next: nextPath(catalog, locale, said.where) };
      const lines = [format(texts.created, { number: said.number })];
      if (said.delivery === 'none') lines.push(format(texts.noDestination, slots));
      else if (said.delivery === 'noChannel') lines.push(format(texts.noSupportChannel, slots));
      else if (said.delivery === 'handedOff') lines.push(format(texts.protocol.initiated, { number: said.number }));
      else {
        if (said.delivery === 'pending') lines.push(texts.deliveryPending);
        lines.push(nextSteps(catalog, locale, ctx.hours, new Date(said.at)));
      }
      return text(lines.join('\n\n'));
    }
    case 'refused': {
      const next = nextPath(catalog, locale, said.where);
      if (said.reason === 'clientLimit') return text(format(texts.tooManyCases, { next }));
      if (said.reason === 'storeFull') return text(format(texts.storeFull, { next }));
      return text(texts.saveFailed);
    }
    case 'added':
      if (said.to === 'gone') return text(format(texts.cases.gone, { number: said.number }));
      if (!said.destination)
        return text(format(texts.cases.addedNobody, { number: said.number, next: nextPath(catalog, locale, said.where) }));
      return text(format(texts.cases.added, { number: said.number }));
  }
}

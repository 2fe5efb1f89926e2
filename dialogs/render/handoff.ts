/**
 * The activities of the hand-off to human support: the case summary to confirm, the case number and
 * what happens next, and the person's open cases.
 */
import type { SupportCase } from '../../src/cases/case';
import { formatDays, formatHours, formatWhen, isWithin, nextOpening, type SupportHours } from '../../src/cases/supportHours';
import { format, type Catalog, type Locale } from '../../src/locale';

/** A question of the hand-off; card submits carry it so an old button is told apart. */
export type HandoffQuestion = 'handoffAddToCase' | 'handoffDescription' | 'handoffConfirm' | 'ticketSeverity' | 'ticketConsent';

/** When the team works, and whether (or from when) it will see the case. */
export function nextSteps(catalog: Catalog, locale: Locale, hours: SupportHours, now: Date): string {
  const values = { days: formatDays(hours, locale), hours: formatHours(hours), zone: hours.timeZone };
  if (isWithin(hours, now)) return format(catalog.handoff.openNow, values);
  const opening = nextOpening(hours, now);
  return format(catalog.handoff.closedNow, { ...values, when: opening ? formatWhen(hours, opening, locale) : '—' });
}

export function status(catalog: Catalog, locale: Locale, hours: SupportHours, cases: SupportCase[]): string {
  if (!cases.length) return catalog.handoff.statusNone;
  const lines = cases.map((c) =>
    format(catalog.handoff.statusLine, {
      number: c.number,
      status: catalog.handoff.statusNames[c.status],
      when: formatWhen(hours, new Date(c.createdAt), locale),
    }),
  );
  return [catalog.handoff.statusTitle, lines.map((l) => `- ${l}`).join('\n')].join('\n\n');
}

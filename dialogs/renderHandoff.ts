/**
 * The activities of the hand-off to human support: the case summary to confirm, the case number and
 * what happens next, and the person's open cases.
 */
import type { SupportCase } from '../src/cases/case';
import { formatDays, formatHours, formatWhen, isWithin, nextOpening, type SupportHours } from '../src/cases/supportHours';
import { format, type Catalog, type Locale } from '../src/locale';
import { supportCannotLift } from '../src/policy/evaluateEligibility';
import type { Verdict } from '../src/policy/types';
import { quote } from './quote';
import { summary } from './render';
import type { TriageResult } from '../src/triage/result';

/** A question of the hand-off; card submits carry it so an old button is told apart. */
export type HandoffQuestion = 'handoffAddToCase' | 'handoffDescription' | 'handoffConfirm' | 'ticketSeverity' | 'ticketConsent';

/** Blocked and unsupported: support cannot lift the block, and the case says so. */
export function cannotLift(result: Verdict | undefined): boolean {
  return supportCannotLift(result);
}

export function caseSummary(catalog: Catalog, locale: Locale, triage: TriageResult, description?: string): string {
  const result = triage.verdict;
  const parts = [summary(catalog, locale, triage)];
  if (description) parts.push(`**${catalog.handoff.descriptionLabel}:** ${quote(description)}`);
  if (cannotLift(result)) parts.push(format(catalog.handoff.cannotLift, { rules: result!.rules.join(', ') }));
  return parts.join('\n\n');
}


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

/**
 * The support team's working hours in its own time zone, and when a case sent now will be picked up.
 * Local times come from Intl (the IANA database Node ships), never from hand-made offset arithmetic,
 * so daylight saving time is right wherever the team is.
 */
import type { Locale } from '../locale';
import { CULTURES } from '../locale/culture';

export const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface SupportHours {
  /** Minutes after local midnight. */
  opensAt: number;
  closesAt: number;
  days: Weekday[];
  timeZone: string;
}

function minutes(hhmm: string): number | undefined {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(hhmm.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : hhmm.trim() === '24:00' ? 24 * 60 : undefined;
}

/** "09:00-18:00" → [540, 1080], or an error text. */
export function parseHours(text: string): [number, number] | string {
  const [from, to, ...rest] = text.split('-');
  const opens = from === undefined ? undefined : minutes(from);
  const closes = to === undefined ? undefined : minutes(to);
  if (rest.length || opens === undefined || closes === undefined) return 'must look like 09:00-18:00';
  if (closes <= opens) return 'must close after it opens, on the same day';
  return [opens, closes];
}

/** "Mon-Fri", "Mon,Wed,Fri" or "Sun-Sat" → the days, or an error text. */
export function parseDays(text: string): Weekday[] | string {
  const index = (d: string) => WEEKDAYS.findIndex((w) => w.toLowerCase() === d.trim().toLowerCase());
  const days = new Set<Weekday>();
  for (const part of text.split(',')) {
    const [from, to, ...rest] = part.split('-');
    const a = index(from ?? '');
    const b = to === undefined ? a : index(to);
    if (rest.length || a < 0 || b < 0) return 'must be days like Mon-Fri or Mon,Wed,Fri';
    for (let i = a; ; i = (i + 1) % 7) {
      days.add(WEEKDAYS[i]);
      if (i === b) break;
    }
  }
  return WEEKDAYS.filter((d) => days.has(d));
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function localClock(hours: SupportHours): (at: Date) => { day: Weekday; minute: number } {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: hours.timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return (at) => {
    const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
    return { day: parts.weekday as Weekday, minute: Number(parts.hour) * 60 + Number(parts.minute) };
  };
}

export function isWithin(hours: SupportHours, at: Date): boolean {
  const { day, minute } = localClock(hours)(at);
  return hours.days.includes(day) && minute >= hours.opensAt && minute < hours.closesAt;
}

/**
 * The first minute at or after `at` within the hours; undefined if no day is a working day. Found by
 * walking the clock forward and reading the local time at each step, which stays right across
 * daylight-saving changes; a week and a day covers every pattern. Steps are at most as long as the
 * working window (so none is skipped), then the opening minute is found walking back.
 */
export function nextOpening(hours: SupportHours, at: Date): Date | undefined {
  const clock = localClock(hours);
  const within = (t: number) => {
    const { day, minute } = clock(new Date(t));
    return hours.days.includes(day) && minute >= hours.opensAt && minute < hours.closesAt;
  };
  const start = Math.ceil(at.getTime() / MINUTE) * MINUTE;
  const step = Math.min(15, hours.closesAt - hours.opensAt) * MINUTE;
  for (let t = start; t <= start + 8 * 24 * 60 * MINUTE; t += step) {
    if (!within(t)) continue;
    let first = t;
    while (first - MINUTE >= start && within(first - MINUTE)) first -= MINUTE;
    return new Date(first);
  }
  return undefined;
}

const MINUTE = 60_000;

/** The working days in the reader's language: "Mon, Tue, …" or 「月・火・…」. */
export function formatDays(hours: SupportHours, locale: Locale): string {
  const culture = CULTURES[locale];
  const name = new Intl.DateTimeFormat(culture.tag, { weekday: 'short', timeZone: 'UTC' });
  // 2026-11-29 was a Sunday: day i of WEEKDAYS is that date plus i days.
  return hours.days.map((d) => name.format(Date.UTC(2026, 10, 29 + WEEKDAYS.indexOf(d)))).join(culture.daySeparator);
}

/** "Monday, November 30, 2026 at 09:00" / 「2026年11月30日(月) 9:00」, on the team's clock. */
export function formatWhen(hours: SupportHours, at: Date, locale: Locale): string {
  const culture = CULTURES[locale];
  return new Intl.DateTimeFormat(culture.tag, { ...culture.dateTime, timeZone: hours.timeZone }).format(at);
}

/** "09:00–18:00" for display. */
export function formatHours(hours: SupportHours): string {
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return `${hhmm(hours.opensAt)}–${hhmm(hours.closesAt)}`;
}

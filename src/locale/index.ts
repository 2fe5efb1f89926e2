/** Language choice and message formatting. */
import type { Catalog, Locale } from './catalog';
import { en } from './en';
import { ja } from './ja';

export type { Catalog, Locale } from './catalog';

export const CATALOGS: Record<Locale, Catalog> = { en, ja };

/** Japanese for any `ja*` locale of the channel, English otherwise. */
export function localeFrom(channelLocale: string | undefined): Locale {
  return channelLocale?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** Fills `{name}` placeholders; unknown names stay visible so a missing value is noticed. */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Language choice and message formatting. */
import type { Catalog, Locale, Plural } from './catalog';
import { pluralOf } from './culture';
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

/** A text about `count` things in the plural form the language uses for that count, `{count}` filled. */
export function formatCount(catalog: Catalog, forms: Plural, count: number): string {
  return format(pluralOf(catalog.culture, forms, count), { count: String(count) });
}

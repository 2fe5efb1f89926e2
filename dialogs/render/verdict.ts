/** The verdict as the person reads it: the outcome, the rule ids that decided it, the numbered steps, the source. */
import { format, type Catalog, type Locale } from '../../src/locale';
import type { ConditionalStep as Step, ConditionalVerdict } from '../../src/policy/relevance';
import { outcomeText } from '../../src/cases/summary';
import { CULTURES, listOf, menuPath, withNote } from '../../src/locale/culture';

/**
 * The verdict line, its rule ids and the steps; the relay advice (R0) in full once per conversation, then in one line;
 * the D3 step naming the VNets when Azure showed them; a step that holds only for one answer still open is said as
 * that condition.
 */
export function verdict(
  catalog: Catalog,
  locale: Locale,
  result: ConditionalVerdict,
  relayInFull = true,
  temporarySubnet?: string,
): string {
  const said = (s: Step) =>
    s.rule === 'R0' && !relayInFull ? catalog.talk.relayReminder : s.rule === 'D3' && temporarySubnet ? temporarySubnet : s.text[locale];
  const text = (s: Step) =>
    s.when ? format(catalog.talk.conditions[s.when.fact][s.when.value ? 'yes' : 'no'], { step: said(s) }) : said(s);
  return [
    `**${outcomeText(catalog, result)}**`,
    format(catalog.decidedBy, { rules: listOf(catalog.culture, result.rules) }),
    catalog.nextSteps,
    result.steps.map((s, i) => `${i + 1}. ${withNote(catalog.culture, text(s), `(${s.rule})`)}`).join('\n'),
    format(catalog.source, { url: catalog.articleUrl }),
  ].join('\n\n');
}

export function category(locale: Locale, result: ConditionalVerdict): string | undefined {
  return result.escalation ? menuPath(CULTURES[locale], result.escalation.category[locale]) : undefined;
}

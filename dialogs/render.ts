/**
 * Builds the activities the person sees, from plain data and the catalogs.
 * Buttons: suggested actions where the channel shows them, an Adaptive Card on Teams (which
 * ignores suggested actions in channels). Card submits carry {question, choice}, so they are
 * understood whatever language the label is in.
 */
import type { Activity } from 'botbuilder';
import { supportCanAct } from '../src/policy/evaluateEligibility';
import { SUPPORT_CATEGORY } from '../src/policy/steps';
import type { Verdict } from '../src/policy/types';
import { format, type Catalog, type Locale } from '../src/locale';
import type { QuestionId } from '../src/locale/catalog';
import { choices, numbered, type Choice } from './choices';
import { summaryLines } from './renderAzure';
import type { TriageResult } from '../src/triage/result';
import type { ClarifyingFact } from '../src/triage/questions';

export function optionIds(catalog: Catalog, question: QuestionId): string[] {
  return Object.keys(catalog.questions[question].options);
}

function optionLabel(catalog: Catalog, question: QuestionId, option: string): string {
  return (catalog.questions[question].options as Record<string, { label: string }>)[option]?.label ?? option;
}

export { quote } from './quote';

/** `extra`: options that are not the catalog's, such as "sign in and pick my subscription". */
export function question(
  catalog: Catalog,
  id: QuestionId,
  channelId: string,
  preface: string[] = [],
  extra: Choice[] = [],
): Partial<Activity> {
  const options = [...optionIds(catalog, id).map((o) => ({ choice: o, label: optionLabel(catalog, id, o) })), ...extra];
  const text = [...preface, catalog.questions[id].prompt, numbered(options)].join('\n\n');
  return choices(catalog, text, id, options, channelId);
}

/** A sentence and the rule it states: no half-width space after a Japanese full stop. */
function cite(text: string, rule: string): string {
  return text.endsWith('。') ? `${text}(${rule})` : `${text} (${rule})`;
}

/** The verdict line, its rule ids and the steps; the relay advice (R0) in full once per conversation, then in one line. */
export function verdict(catalog: Catalog, locale: Locale, result: Verdict, relayInFull = true): string {
  const text = (s: Verdict['steps'][number]) => (s.rule === 'R0' && !relayInFull ? catalog.talk.relayReminder : s.text[locale]);
  return [
    `**${catalog.outcome[result.outcome]}**`,
    format(catalog.decidedBy, { rules: result.rules.join(', ') }),
    catalog.nextSteps,
    result.steps.map((s, i) => `${i + 1}. ${cite(text(s), s.rule)}`).join('\n'),
    format(catalog.source, { url: catalog.articleUrl }),
  ].join('\n\n');
}

export function category(locale: Locale, result: Verdict): string | undefined {
  return result.escalation?.category[locale].join(' → ');
}

/**
 * The case as a support engineer needs it: every answer, what was told versus verified, the verdict
 * (none yet when the person asked for a human before the last question).
 */
export function summary(catalog: Catalog, locale: Locale, triage: TriageResult): string {
  const s = catalog.summary;
  const known = triage.known;
  const result = triage.verdict;
  const resource = known.resource ? optionLabel(catalog, 'resource', known.resource.value) : '';
  const vnet = known.vnetIntegration ? ` (${optionLabel(catalog, 'vnetIntegration', known.vnetIntegration.value ? 'yes' : 'no')})` : '';
  const said = known.subscription?.value;
  const typeLabel = said === 'mca' || said === 'devTest' ? catalog.talk.plainKinds[said] : said ? optionLabel(catalog, 'subscription', said) : '';
  const { subscription, subscriptionId } = summaryLines(catalog, known, typeLabel);
  // Without a verdict the triage stopped early: an unasked question is open, not "not needed".
  const unanswered = result ? s.notAsked : catalog.handoff.notAnsweredYet;
  const lines = [
    `- ${s.resource}: ${resource ? `${resource}${vnet}` : unanswered}`,
    `- ${s.subscription}: ${known.subscription || known.azure || result ? subscription : unanswered}`,
  ];
  if (subscriptionId) lines.push(`- ${s.subscriptionId}: ${subscriptionId}`);
  for (const [fact, value] of Object.entries(known.clarified) as [ClarifyingFact, boolean | null | undefined][]) {
    const word = value === null || value === undefined ? catalog.values.unsure : value ? catalog.values.yes : catalog.values.no;
    lines.push(`- ${catalog.factLabels[fact]}: ${word}`);
  }
  lines.push(`- ${s.verdict}: ${result ? `${catalog.outcome[result.outcome]} (${result.rules.join(', ')})` : catalog.handoff.noVerdictYet}`);
  if (supportCanAct(result)) lines.push(`- ${s.category}: ${SUPPORT_CATEGORY[locale].join(' → ')} (H1)`);
  return [`**${s.title}**`, lines.join('\n')].join('\n\n');
}

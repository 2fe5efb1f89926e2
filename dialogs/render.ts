/**
 * Builds the activities the person sees, from plain data and the catalogs.
 * Buttons: suggested actions where the channel shows them, a hero card on Teams (which ignores
 * suggested actions in channels). Each button posts its label, and carries {question, choice}
 * so a card submit is understood whatever language the label is in.
 */
import { ActionTypes, CardFactory, MessageFactory, type Activity, type CardAction } from 'botbuilder';
import { SUPPORT_CATEGORY } from '../src/policy/steps';
import type { Verdict } from '../src/policy/types';
import { format, type Catalog, type Locale } from '../src/locale';
import type { QuestionId } from '../src/locale/catalog';
import { FACT_VALUES, type Answers } from './triageFlow';

export function optionIds(catalog: Catalog, question: QuestionId): string[] {
  return Object.keys(catalog.questions[question].options);
}

function optionLabel(catalog: Catalog, question: QuestionId, option: string): string {
  return (catalog.questions[question].options as Record<string, { label: string }>)[option]?.label ?? option;
}

/** What a person typed, safe to echo: one line, no Markdown or HTML that could restyle the reply. */
export function quote(text: string): string {
  const oneLine = text.replace(/[\r\n\t]+/g, ' ').trim();
  const short = oneLine.length > 80 ? `${oneLine.slice(0, 79)}…` : oneLine;
  return short.replace(/[\\`*_[\]()<>#!|~{}]/g, (c) => `\\${c}`);
}

export function question(catalog: Catalog, id: QuestionId, channelId: string, preface: string[] = []): Partial<Activity> {
  const options = optionIds(catalog, id);
  const labels = options.map((o) => optionLabel(catalog, id, o));
  const text = [...preface, catalog.questions[id].prompt, labels.map((l, i) => `${i + 1}. ${l}`).join('\n')].join('\n\n');
  const actions: CardAction[] = options.map((choice, i) => ({
    type: ActionTypes.MessageBack,
    title: labels[i] ?? choice,
    text: labels[i] ?? choice,
    displayText: labels[i] ?? choice,
    value: { question: id, choice },
  }));
  if (channelId === 'msteams') {
    return MessageFactory.attachment(CardFactory.heroCard('', undefined, actions), text);
  }
  return MessageFactory.suggestedActions(
    actions.map((a) => ({ type: ActionTypes.ImBack, title: a.title, value: a.text })),
    text,
  );
}

export function verdict(catalog: Catalog, locale: Locale, result: Verdict): string {
  return [
    `**${catalog.outcome[result.outcome]}**`,
    format(catalog.decidedBy, { rules: result.rules.join(', ') }),
    catalog.nextSteps,
    result.steps.map((s, i) => `${i + 1}. ${s.text[locale]} (${s.rule})`).join('\n'),
    format(catalog.source, { url: catalog.articleUrl }),
  ].join('\n\n');
}

export function category(locale: Locale, result: Verdict): string | undefined {
  return result.escalation?.category[locale].join(' → ');
}

/** The case as a support engineer needs it: every answer, what was told versus verified, the verdict. */
export function summary(catalog: Catalog, locale: Locale, answers: Answers, result: Verdict): string {
  const s = catalog.summary;
  const resource = answers.resource ? optionLabel(catalog, 'resource', answers.resource) : '';
  const vnet = answers.vnetIntegration ? ` (${optionLabel(catalog, 'vnetIntegration', answers.vnetIntegration)})` : '';
  const subscription = answers.subscription
    ? `${optionLabel(catalog, 'subscription', answers.subscription)} (${s.toldByUser})`
    : s.notAsked;
  const lines = [`- ${s.resource}: ${resource}${vnet}`, `- ${s.subscription}: ${subscription}`];
  if (answers.subscriptionId) lines.push(`- ${s.subscriptionId}: ${answers.subscriptionId} (${s.notVerified})`);
  for (const [fact, value] of Object.entries(answers.clarified) as [keyof typeof FACT_VALUES, boolean | null | undefined][]) {
    const word = value === null || value === undefined ? catalog.values.unsure : value ? catalog.values.yes : catalog.values.no;
    lines.push(`- ${catalog.factLabels[fact]}: ${word}`);
  }
  lines.push(`- ${s.verdict}: ${catalog.outcome[result.outcome]} (${result.rules.join(', ')})`);
  lines.push(`- ${s.category}: ${SUPPORT_CATEGORY[locale].join(' → ')} (H1)`);
  return [`**${s.title}**`, lines.join('\n')].join('\n\n');
}

/** The verdict as the person reads it: the outcome, the rule ids that decided it, the numbered steps, the source. */
import { format, type Catalog, type Locale } from '../../src/locale';
import type { ConditionalStep as Step, ConditionalVerdict } from '../../src/policy/relevance';
import type { Possibility } from '../../src/triage';
import { kindsLabel, outcomeText } from '../../src/cases/summary';
import { CULTURES, alternatives, listOf, menuPath, withNote } from '../../src/locale/culture';

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
  return [
    `**${outcomeText(catalog, result)}**`,
    format(catalog.decidedBy, { rules: listOf(catalog.culture, result.rules) }),
    catalog.nextSteps,
    numberedSteps(catalog, result.steps, said),
    format(catalog.source, { url: catalog.articleUrl }),
  ].join('\n\n');
}

function numberedSteps(catalog: Catalog, steps: Step[], said: (s: Step) => string): string {
  const text = (s: Step) =>
    s.when ? format(catalog.talk.conditions[s.when.fact][s.when.value ? 'yes' : 'no'], { step: said(s) }) : said(s);
  return steps.map((s, i) => `${i + 1}. ${withNote(catalog.culture, text(s), `(${s.rule})`)}`).join('\n');
}

/** What a possibility stands for: "If the mail is sent from … and the subscription is …:". */
function possibilityHead(catalog: Catalog, p: Possibility): string {
  const texts = catalog.talk.possibilities;
  const { when } = p;
  const resource =
    when.vnetIntegration !== undefined
      ? texts.vnetIntegration[when.vnetIntegration ? 'yes' : 'no']
      : when.resource && texts.resources[when.resource];
  const separatedBy = when.separatedBy;
  const subscription = when.subscriptionKinds
    ? separatedBy
      ? format(texts.separatedBy[separatedBy], {
          kind: alternatives(
            catalog.culture,
            when.subscriptionKinds.map((k) => (catalog.questions[separatedBy].options as Record<string, { label: string }>)[k].label),
          ),
        })
      : kindsLabel(catalog, when.subscriptionKinds)
    : when.subscriptionGroups &&
      alternatives(
        catalog.culture,
        when.subscriptionGroups.map((g) => texts.subscriptionGroups[g]),
      );
  if (resource && subscription) return format(texts.whenBoth, { resource, subscription });
  if (resource) return format(texts.whenResource, { resource });
  return format(texts.whenSubscription, { subscription: subscription ?? '' });
}

/**
 * The verdict of each possibility still open, each with its rule ids and its own steps; the steps that hold in every
 * possibility (the scope, a rejection's E2) and the relay (R0) said once at the end.
 */
export function possibilitiesText(catalog: Catalog, locale: Locale, possibilities: Possibility[]): string {
  const key = (s: Step) => JSON.stringify([s.rule, s.text.en, s.when]);
  const everywhere = possibilities.length > 1 ? possibilities[0].verdict.steps.filter((s) => s.rule !== 'R0') : [];
  const common = new Set(everywhere.filter((s) => possibilities.every((p) => p.verdict.steps.some((o) => key(o) === key(s)))).map(key));
  const said = (s: Step) => s.text[locale];
  const blocks = possibilities.map((p) =>
    [
      `**${possibilityHead(catalog, p)}**`,
      outcomeText(catalog, p.verdict),
      format(catalog.decidedBy, { rules: listOf(catalog.culture, p.verdict.rules) }),
      numberedSteps(
        catalog,
        p.verdict.steps.filter((s) => s.rule !== 'R0' && !common.has(key(s))),
        said,
      ),
    ]
      .filter(Boolean)
      .join('\n\n'),
  );
  const always = everywhere.filter((s) => common.has(key(s)));
  const inEveryCase = always.length ? [`**${catalog.talk.possibilities.always}**`, numberedSteps(catalog, always, said)] : [];
  return [...blocks, ...inEveryCase, catalog.talk.possibilities.relay, format(catalog.source, { url: catalog.articleUrl })].join('\n\n');
}

export function category(locale: Locale, result: ConditionalVerdict): string | undefined {
  return result.escalation ? menuPath(CULTURES[locale], result.escalation.category[locale]) : undefined;
}

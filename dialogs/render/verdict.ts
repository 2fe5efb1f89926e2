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

/** What sends in a possibility, to fill {resource}; undefined when it is known. */
function resourceText(catalog: Catalog, when: Possibility['when']): string | undefined {
  const texts = catalog.talk.possibilities;
  if (when.vnetIntegration !== undefined) return texts.vnetIntegration[when.vnetIntegration ? 'yes' : 'no'];
  return when.resource && texts.resources[when.resource];
}

/** The subscription in a possibility, to fill {subscription}; undefined when it is known or the same for all. */
function subscriptionText(catalog: Catalog, when: Possibility['when']): string | undefined {
  const texts = catalog.talk.possibilities;
  const separatedBy = when.separatedBy;
  if (when.subscriptionKinds && separatedBy) {
    const options = catalog.questions[separatedBy].options as Record<string, { label: string }>;
    const kind = alternatives(
      catalog.culture,
      when.subscriptionKinds.map((k) => options[k].label),
    );
    return format(texts.separatedBy[separatedBy], { kind });
  }
  if (when.subscriptionKinds) return kindsLabel(catalog, when.subscriptionKinds);
  return (
    when.subscriptionGroups &&
    alternatives(
      catalog.culture,
      when.subscriptionGroups.map((g) => texts.subscriptionGroups[g]),
    )
  );
}

/** "If the mail is sent from … and the subscription is …:", or the part of it still open. */
function head(catalog: Catalog, resource: string | undefined, subscription: string | undefined): string {
  const texts = catalog.talk.possibilities;
  if (resource && subscription) return format(texts.whenBoth, { resource, subscription });
  if (resource) return format(texts.whenResource, { resource });
  return format(texts.whenSubscription, { subscription: subscription ?? '' });
}

const stepKey = (s: Step) => JSON.stringify([s.rule, s.text.en, s.when]);

/** The steps (not R0) that every one of these possibilities has, in the first one's order. */
function shared(possibilities: Possibility[]): Step[] {
  if (possibilities.length < 2) return [];
  return possibilities[0].verdict.steps.filter(
    (s) => s.rule !== 'R0' && possibilities.every((p) => p.verdict.steps.some((o) => stepKey(o) === stepKey(s))),
  );
}

/**
 * The verdict of each possibility still open, each with its rule ids and its own steps. Possibilities of one sender
 * come under one heading with that sender's own steps (its scope) once; the steps that hold in every possibility
 * (a rejection's E2) and the relay (R0) are said once at the end.
 */
export function possibilitiesText(catalog: Catalog, locale: Locale, possibilities: Possibility[]): string {
  const said = (s: Step) => s.text[locale];
  const always = shared(possibilities);
  const skip = new Set(always.map(stepKey));
  const block = (p: Possibility, heading: string, without: Set<string>) =>
    [
      heading,
      outcomeText(catalog, p.verdict),
      format(catalog.decidedBy, { rules: listOf(catalog.culture, p.verdict.rules) }),
      numberedSteps(
        catalog,
        p.verdict.steps.filter((s) => s.rule !== 'R0' && !without.has(stepKey(s))),
        said,
      ),
    ]
      .filter(Boolean)
      .join('\n\n');
  const bySender = new Map<string, Possibility[]>();
  for (const p of possibilities) {
    const sender = JSON.stringify([p.when.resource, p.when.vnetIntegration]);
    bySender.set(sender, [...(bySender.get(sender) ?? []), p]);
  }
  const nested = bySender.size > 1 && bySender.size < possibilities.length;
  const blocks = [...bySender.values()].flatMap((group) => {
    const resource = resourceText(catalog, group[0].when);
    if (!nested || group.length === 1)
      return group.map((p) => block(p, `**${head(catalog, resource, subscriptionText(catalog, p.when))}**`, skip));
    const own = shared(group).filter((s) => !skip.has(stepKey(s)));
    return [
      `**${head(catalog, resource, undefined)}**`,
      ...(own.length ? [numberedSteps(catalog, own, said)] : []),
      // Under the sender's heading, each subscription's in italics.
      // Under the sender's heading, each subscription's verdict in one line: every step of every pair would be a
      // wall of text (some 9,000 characters); the steps come once what sends is known.
      ...group.map((p) =>
        [
          `*${head(catalog, undefined, subscriptionText(catalog, p.when))}*`,
          withNote(catalog.culture, outcomeText(catalog, p.verdict), `(${listOf(catalog.culture, p.verdict.rules)})`),
        ].join('\n\n'),
      ),
    ];
  });
  const inEveryCase = always.length ? [`**${catalog.talk.possibilities.always}**`, numberedSteps(catalog, always, said)] : [];
  const stepsLater = nested ? [catalog.talk.possibilities.stepsOnceKnown] : [];
  return [
    ...blocks,
    ...inEveryCase,
    ...stepsLater,
    catalog.talk.possibilities.relay,
    format(catalog.source, { url: catalog.articleUrl }),
  ].join('\n\n');
}

export function category(locale: Locale, result: ConditionalVerdict): string | undefined {
  return result.escalation ? menuPath(CULTURES[locale], result.escalation.category[locale]) : undefined;
}

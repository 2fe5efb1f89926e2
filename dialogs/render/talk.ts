/**
 * What the core said (src/triage/say.ts), as activities for the channel: lines gathered into one
 * message, each question with its buttons (an Adaptive Card on Teams, suggested actions elsewhere).
 */
import type { Activity } from 'botbuilder';
import { format, type Catalog, type Locale } from '../../src/locale';
import { FACT_ORDER, optionFor, type QuestionId } from '../../src/triage';
import type { FactName } from '../../src/triage';
import type { Say } from '../../src/triage';
import { whereNext } from '../../src/policy/evaluateEligibility';
import { choices, numbered, type Choice } from './choices';
import { safeEcho } from '../../src/locale/markdown';
import { category, possibilitiesText, verdict } from './verdict';
import * as renderAzure from './azure';
import * as renderNetwork from './network';
import { alternatives, listOf } from '../../src/locale/culture';

export interface RenderContext {
  catalog: Catalog;
  locale: Locale;
  channelId: string;
  /** Shown after a verdict the person did not solve: the summary to take to support. */
  summary: (result: Extract<Say, { kind: 'notSolved' }>['result']) => string;
  /** No support team or agent hub is connected: the lines about "agent" promise nobody's answer. */
  noTeam?: boolean | undefined;
}

function optionLabel(catalog: Catalog, question: QuestionId, option: string): string {
  return (catalog.questions[question].options as Record<string, { label: string } | undefined>)[option]?.label ?? option;
}

/** Facts whose question names its options (not yes / no): their option's label says the value. */
const LABELLED: Partial<Record<FactName, QuestionId>> = {
  resource: 'resource',
  subscription: 'subscription',
  routedDirectlyToInternet: 'routedDirectlyToInternet',
  receivingDomainRejects: 'receivingDomainRejects',
};

/** A fact's value as the person would say it back: an option's label, or yes / no. */
export function valueText(catalog: Catalog, fact: FactName, value: unknown): string {
  if (fact === 'subscription' && (value === 'mca' || value === 'devTest')) return catalog.talk.plainKinds[value];
  if (fact === 'subscriptionId') return String(value);
  if (value === null) return catalog.values.unsure;
  const question = LABELLED[fact];
  const option = question && optionFor(question, value);
  if (question && option) return optionLabel(catalog, question, option);
  return value ? catalog.values.yes : catalog.values.no;
}

function factText(catalog: Catalog, fact: FactName, value: unknown): string {
  const said = valueText(catalog, fact, value);
  return LABELLED[fact] ? said : `${catalog.talk.factNames[fact]}: ${said}`;
}

function factsText(catalog: Catalog, facts: { fact: FactName; value: unknown }[]): string {
  const texts = [...facts]
    .sort((a, b) => FACT_ORDER.indexOf(a.fact) - FACT_ORDER.indexOf(b.fact))
    .map((f) => factText(catalog, f.fact, f.value));
  return listOf(catalog.culture, texts);
}

function line(ctx: RenderContext, say: Extract<Say, { kind: 'line' }>): string {
  const { catalog } = ctx;
  const noTeam = ctx.noTeam ? (catalog.talk.noTeam as Record<string, string | undefined>) : {};
  const talk = catalog.talk as unknown as Record<string, string | undefined>;
  const top = catalog as unknown as Record<string, string | undefined>;
  const template = noTeam[say.id] ?? talk[say.id] ?? top[say.id] ?? '';
  const params: Record<string, string> = { url: catalog.articleUrl, ...say.params };
  if (say.params?.text) params.text = safeEcho(say.params.text);
  return format(template, params);
}

function questionChoices(ctx: RenderContext, say: Extract<Say, { kind: 'question' }>): Choice[] {
  const { catalog } = ctx;
  const options: Choice[] = say.options.map((o) => ({ choice: o, label: optionLabel(catalog, say.question, o) }));
  if (say.signIn) options.push({ choice: 'signIn', label: catalog.azure.signInOption.label });
  return options;
}

/** Each item of `say` becomes text; a question closes a message with its buttons. */
export function renderSay(items: Say[], ctx: RenderContext): Partial<Activity>[] {
  const { catalog, locale, channelId } = ctx;
  const activities: Partial<Activity>[] = [];
  let lines: string[] = [];
  /** Which sender the next verdict or question is about: it heads that message. */
  let heading: string | undefined;
  const flush = () => {
    if (lines.length) activities.push({ type: 'message', text: lines.join('\n\n') });
    lines = [];
  };
  for (const say of items) {
    switch (say.kind) {
      case 'line':
        lines.push(line(ctx, say));
        break;
      case 'azureLine':
        lines.push(format(catalog.azure[say.id], say.params ?? {}));
        break;
      case 'understood':
        lines.push(format(catalog.talk.understood, { facts: factsText(catalog, say.facts) }));
        break;
      case 'changed':
        lines.push(
          format(catalog.talk.changed, {
            fact: catalog.talk.factNames[say.fact],
            from: valueText(catalog, say.fact, say.from),
            to: valueText(catalog, say.fact, say.to),
          }),
        );
        break;
      case 'confirm': {
        const plan = say.consumptionPlan ? catalog.talk.consumptionPlan : undefined;
        const text = plan ? plan.prompt : format(catalog.talk.confirmGuess, { facts: factsText(catalog, say.facts) });
        const options = [
          { choice: 'yes', label: plan ? plan.subscription : catalog.talk.confirmYes },
          { choice: 'no', label: plan ? plan.functions : catalog.talk.confirmNo },
        ];
        activities.push(...withLines(lines, choices(catalog, text, 'confirm', options, channelId)));
        lines = [];
        break;
      }
      case 'notUnderstood':
        lines.push(format(catalog.talk.notUnderstoodShort, { text: safeEcho(say.text) }));
        break;
      case 'unsure': {
        const again = ctx.noTeam ? catalog.talk.noTeam.unsureAgain : catalog.talk.unsureAgain;
        lines.push(say.round > 1 ? again : (catalog.talk.unsure[say.question] ?? again));
        if (say.signIn) lines.push(catalog.talk.unsureSignIn);
        break;
      }
      case 'topic':
        lines.push(catalog.talk.topics[say.topic]);
        break;
      case 'verified':
        lines.push(...renderAzure.verifiedLines(catalog, say.subscription, say.knownQuotaId, say.contradiction));
        break;
      case 'separate':
        activities.push(...withLines([], renderAzure.separateRulesActivity(catalog, say.kinds, say.groups, channelId, lines)));
        lines = [];
        break;
      case 'senders': {
        const named = say.senders.map((r) => format(catalog.senders.named, { label: optionLabel(catalog, 'resource', r) }));
        const template = say.oneByOne ? catalog.senders.oneAfterAnother : catalog.senders.oneVerdictEach;
        lines.push(format(template, { senders: listOf(catalog.culture, named), first: named[0] }));
        break;
      }
      case 'sender':
        heading = format(catalog.senders.heading, {
          sender: optionLabel(catalog, 'resource', say.resource),
          place: String(say.place),
          count: String(say.count),
        });
        break;
      case 'verdict':
        if (say.again) lines.push(catalog.talk.verdictAgain);
        flush();
        activities.push({ type: 'message', text: [heading, verdictText(catalog, locale, say)].filter(Boolean).join('\n\n') });
        heading = undefined;
        break;
      case 'network':
        lines.push(...renderNetwork.networkLines(catalog, say, valueText));
        break;
      case 'possibilities':
        if (heading) lines.push(heading);
        heading = undefined;
        lines.push(say.why === 'steps' ? catalog.talk.possibilities.steps : catalog.talk.possibilities.unsure);
        flush();
        activities.push({ type: 'message', text: possibilitiesText(catalog, locale, say.possibilities) });
        break;
      case 'whatIf': {
        lines.push(format(catalog.talk.whatIf.intro, { facts: factsText(catalog, say.supposed) }));
        flush();
        const supposed = say.result.verdict;
        const text = supposed ? verdict(catalog, locale, supposed, say.relayInFull) : possibilitiesText(catalog, locale, say.possibilities);
        activities.push({ type: 'message', text });
        if (say.kept.length) lines.push(format(catalog.talk.whatIf.kept, { facts: factsText(catalog, say.kept) }));
        break;
      }
      case 'notSolved': {
        const result = say.result;
        const verdictNow = result.verdict!;
        const next = whereNext(verdictNow);
        const intro =
          next === 'azureSupport'
            ? [catalog.escalationIntro, format(catalog.escalationHowTo, { category: category(locale, verdictNow) ?? '' })]
            : next === 'receivingDomain'
              ? [catalog.receivingDomainNotAzure]
              : [
                  format(verdictNow.outcome === 'unsupported' ? catalog.noEscalationUnsupported : catalog.noEscalation, {
                    rules: listOf(catalog.culture, verdictNow.rules),
                  }),
                ];
        // The receiving domain's provider needs the bounce, not our summary (E2); everyone else takes the summary along.
        const summary = next === 'receivingDomain' ? [] : [ctx.summary(result)];
        lines.push(...intro, ...summary, catalog.anythingElse);
        break;
      }
      case 'question': {
        if (heading) lines.push(heading);
        heading = undefined;
        const options = questionChoices(ctx, say);
        if (!say.all) {
          const labels = alternatives(
            catalog.culture,
            options.map((o) => `*${o.label}*`),
          );
          lines.push(format(say.between ? catalog.senders.which : catalog.talk.didYouMean, { options: labels }));
          options.push({ choice: 'showOptions', label: catalog.talk.showAll });
          activities.push(...withLines([], choices(catalog, lines.join('\n\n'), say.question, options, channelId)));
        } else {
          const hint = say.question === 'vnetIntegration' ? [catalog.vnetIntegrationHint] : [];
          const text = [...lines, ...hint, catalog.questions[say.question].prompt, ...numbered(options, channelId)].join('\n\n');
          activities.push(choices(catalog, text, say.question, options, channelId));
        }
        lines = [];
        break;
      }
    }
  }
  flush();
  return activities;
}

/** The verdict, with the D3 step naming Azure's VNets and a note of the facts Azure verified. */
function verdictText(catalog: Catalog, locale: Locale, say: Extract<Say, { kind: 'verdict' }>): string {
  const known = say.result.known;
  const note = renderNetwork.verifiedNote(catalog, known, valueText);
  const text = verdict(catalog, locale, say.result.verdict!, say.relayInFull, renderNetwork.temporarySubnetStep(catalog, known));
  return note ? `${text}\n\n${note}` : text;
}

function withLines(lines: string[], activity: Partial<Activity>): Partial<Activity>[] {
  return lines.length ? [{ type: 'message', text: lines.join('\n\n') }, activity] : [activity];
}

/**
 * Complete triage conversations for the bench, derived from the catalogs and the policy so they
 * stay true when either changes: every path through the questions (each option a person can
 * press, in the order nextQuestion asks), each ending with the verdict and a closing answer.
 * Each step carries what the reply must contain; a reply without it counts as an error.
 */
import { outcomeText } from '../src/cases/summary';
import { CATALOGS, format, type Catalog, type Locale } from '../src/locale';
import { listOf } from '../src/locale/culture';
import { whereNext } from '../src/policy/evaluateEligibility';
import type { Outcome, RuleId, Verdict } from '../src/policy/types';
import { applyFacts } from '../src/triage/facts';
import { optionIds, optionValue, QUESTIONS, type QuestionId } from '../src/triage/questions';
import { triageResult } from '../src/triage/result';
import type { SessionFacts } from '../src/triage/session';
import { nextQuestion } from '../src/triage/nextQuestion';
import { step, type Step as CoreStep } from '../src/triage/step';
import type { Session } from '../src/triage/session';

type Answers = SessionFacts;
const emptyAnswers = (): Answers => ({ clarified: {} });

export interface Step {
  /** What the person sends: a button's label, as the button posts it. */
  text: string;
  /** Every one of these must appear in the reply's text. */
  expect: string[];
}

export interface Script {
  locale: Locale;
  /** The decision-table cell the path ends in, for the coverage report. */
  outcome: Outcome;
  rules: RuleId[];
  steps: Step[];
}

const GREETING: Record<Locale, string> = { en: 'hello', ja: 'こんにちは' };

function label(catalog: Catalog, question: QuestionId, option: string): string {
  return (catalog.questions[question].options as Record<string, { label: string }>)[option].label;
}

/** The same bookkeeping as the core: an option chosen for a question becomes the fact it stands for. */
function answer(answers: Answers, question: QuestionId, option: string): Answers {
  const next = structuredClone(answers);
  const value = optionValue(question, option);
  if (value === null) next.clarified[QUESTIONS[question].fact as keyof Answers['clarified']] = null;
  else applyFacts(next, { [QUESTIONS[question].fact]: value });
  return next;
}

/** "I don't know" to the resource or the subscription only gets help, so no path goes through it. */
const ASKED_AGAIN = new Set<QuestionId>(['resource', 'subscription', 'mcaKind', 'devTestKind']);

/** Every sequence of options that reaches a verdict; "I don't know" for the subscription only re-asks, so it is left out. */
function paths(answers: Answers, chosen: [QuestionId, string][]): { answers: Answers; chosen: [QuestionId, string][] }[] {
  const next = nextQuestion(answers);
  if (next === 'decided') return [{ answers, chosen }];
  return optionIds(next)
    .filter((option) => !(ASKED_AGAIN.has(next) && option === 'unsure'))
    .flatMap((option) => paths(answer(answers, next, option), [...chosen, [next, option]]));
}

function expectedAfter(catalog: Catalog, answers: Answers): string[] {
  const next = nextQuestion(answers);
  if (next !== 'decided') return [catalog.questions[next].prompt];
  const verdict = triageResult(answers).verdict!;
  return [
    `**${outcomeText(catalog, verdict)}**`,
    format(catalog.decidedBy, { rules: listOf(catalog.culture, verdict.rules) }),
    catalog.questions.solved.prompt,
  ];
}

/** Locales and the closing answer (solved or not) alternate over the paths, so both sides of each are driven. */
export function triageScripts(): Script[] {
  const locales = Object.keys(CATALOGS) as Locale[];
  return paths(emptyAnswers(), []).map(({ answers, chosen }, i) => {
    const locale = locales[i % locales.length];
    const catalog = CATALOGS[locale];
    const verdict = triageResult(answers).verdict!;
    const solved = Math.floor(i / locales.length) % 2 === 0;
    let soFar = emptyAnswers();
    const steps: Step[] = [{ text: GREETING[locale], expect: [catalog.welcome, catalog.questions.resource.prompt] }];
    for (const [question, option] of chosen) {
      soFar = answer(soFar, question, option);
      steps.push({ text: label(catalog, question, option), expect: expectedAfter(catalog, soFar) });
    }
    steps.push({ text: label(catalog, 'solved', solved ? 'yes' : 'no'), expect: closing(catalog, verdict, solved) });
    return { locale, outcome: verdict.outcome, rules: verdict.rules, steps };
  });
}

/**
 * What the answer to "did that solve it?" brings. Not solved: where Azure support can act (H1) the hand-off begins with
 * the case summary (the bench's bot has no support team connected, so it promises nobody's answer); a rejection by the
 * receiving domain (E2) goes to its provider with the bounce, without our summary.
 */
function closing(catalog: Catalog, verdict: Verdict, solved: boolean): string[] {
  if (solved) return [catalog.solvedThanks];
  if (whereNext(verdict) === 'receivingDomain') return [catalog.receivingDomainNotAzure];
  return [
    verdict.escalation
      ? catalog.handoff.noTeam.askDescription
      : format(verdict.outcome === 'unsupported' ? catalog.noEscalationUnsupported : catalog.noEscalation, {
          rules: listOf(catalog.culture, verdict.rules),
        }),
    catalog.summary.title,
  ];
}

/** First messages that name two senders in one subscription, in words (the buttons name one). */
const TWO_SENDERS: Record<Locale, string[]> = {
  en: ["Our VM and a function app can't send mail on port 25", 'A scale set and an App Service web app both time out on port 25'],
  ja: [
    '仮想マシンと関数アプリから 25 番でメールを送信できません',
    'VM スケール セットと Web アプリの両方から 25 番に送るとタイムアウトします',
  ],
};

/** What a reply of the core must show: each question's prompt, each verdict's outcome and rules. */
function expectedIn(catalog: Catalog, turn: CoreStep): string[] {
  return turn.say.flatMap((s) => {
    if (s.kind === 'question') return [catalog.questions[s.question].prompt];
    if (s.kind !== 'verdict' || !s.result.verdict) return [];
    const verdict = s.result.verdict;
    return [`**${outcomeText(catalog, verdict)}**`, format(catalog.decidedBy, { rules: listOf(catalog.culture, verdict.rules) })];
  });
}

const MAX_TURNS = 12;

/**
 * Conversations whose first message names two senders: one per subscription button, in both languages, each other
 * question answered by a button that turns with the path (never "I don't know"); every sender's verdict, then the
 * closing, solved or not in turn. The replies expected are the core's own (step.ts), pressed button by button.
 */
export function severalSendersScripts(): Script[] {
  const scripts: Script[] = [];
  for (const locale of Object.keys(CATALOGS) as Locale[]) {
    const catalog = CATALOGS[locale];
    for (const opening of TWO_SENDERS[locale]) {
      for (const subscription of optionIds('subscription').filter((o) => o !== 'unsure')) {
        const n = scripts.length;
        const say = (session: Session | undefined, text: string) => step(session, { kind: 'message', text, locale }, { lookup: false });
        let turn = say(undefined, opening);
        const steps: Step[] = [{ text: opening, expect: [catalog.welcome, ...expectedIn(catalog, turn)] }];
        for (let k = 0; turn.session.asking !== 'solved'; k++) {
          const question = turn.session.asking as QuestionId | undefined;
          if (!question || k >= MAX_TURNS) throw new Error(`no verdict for "${opening}" with ${subscription}`);
          const options = optionIds(question).filter((o) => o !== 'unsure');
          const option = question === 'subscription' ? subscription : options[(n + k) % options.length];
          const text = label(catalog, question, option);
          turn = say(turn.session, text);
          steps.push({ text, expect: expectedIn(catalog, turn) });
        }
        const solved = n % 2 === 0;
        const text = label(catalog, 'solved', solved ? 'yes' : 'no');
        const closed = say(turn.session, text).effects.find((e) => e.kind === 'closed');
        const verdict = closed?.kind === 'closed' ? closed.result.verdict : undefined;
        if (!verdict) throw new Error(`no closing for "${opening}" with ${subscription}`);
        steps.push({ text, expect: closing(catalog, verdict, solved) });
        scripts.push({ locale, outcome: verdict.outcome, rules: verdict.rules, steps });
      }
    }
  }
  return scripts;
}

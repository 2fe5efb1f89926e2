/**
 * Scripted people (test/triage/people/): each opens with their own sentence and answers each question
 * in their own words. Per person: the verdict's rule ids, the turns to it against the fewest possible
 * given what they said, and no reply twice in a row. The table goes to test-output/people.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { QUESTIONS, type QuestionId } from '../../src/triage/questions';
import type { Step } from '../../src/triage/step';
import { step } from '../../src/triage/step';
import { nextQuestion } from '../../src/triage/nextQuestion';
import type { SessionFacts } from '../../src/triage/session';
import { applyFacts } from '../../src/triage/facts';
import { ADMINS } from './people/admins';
import { PEOPLE, type Person } from './people/people';

const MAX_TURNS = 12;

/** The questions the verdict needs, in the order the bot asks them, when every fact is known. */
function pathOf(truth: Person['truth']): QuestionId[] {
  const known: SessionFacts = { clarified: {} };
  const path: QuestionId[] = [];
  for (let q = nextQuestion(known); q !== 'decided' && path.length < MAX_TURNS; q = nextQuestion(known)) {
    path.push(q);
    const fact = QUESTIONS[q].fact;
    const value = (truth as Record<string, unknown>)[fact];
    if (value === undefined) break;
    applyFacts(known, { [fact]: value });
  }
  return path;
}

/** Questions about one sender; the others (the subscription, D1, D3) are asked once for all senders. */
const OWN = new Set<string>([
  'resource',
  'vnetIntegration',
  'routedDirectlyToInternet',
  'restartedSinceExemption',
  'receivingDomainRejects',
]);

/** The fewest turns: the opening, then each question the person has to answer, once per sender or once for all. */
function fewestTurns(person: Person): number {
  const paths = [person.truth, ...(person.others ?? []).map((o) => ({ ...person.truth, ...o.truth }))].map((t) =>
    pathOf(t).filter((q) => q in person.answers),
  );
  const shared = new Set(paths.flat().filter((q) => !OWN.has(QUESTIONS[q].fact)));
  return 1 + shared.size + paths.flat().filter((q) => OWN.has(QUESTIONS[q].fact)).length;
}

interface Run {
  person: Person;
  turns: number;
  fewest: number;
  rules: string[];
  outcome?: string | undefined;
  /** Every verdict given, one per sender, in order. */
  verdicts: { resource: string | undefined; outcome: string; rules: string[] }[];
  problem?: string | undefined;
}

function converse(person: Person): Run {
  const fewest = fewestTurns(person);
  let turn: Step = step(undefined, { kind: 'message', text: person.opening, locale: person.locale }, { lookup: false });
  let turns = 1;
  let previous = '';
  const answered = new Map<string, number>();
  const verdicts: Run['verdicts'] = [];
  const failed = (problem: string): Run => ({ person, turns, fewest, rules: [], verdicts, problem });
  while (turns <= MAX_TURNS) {
    for (const s of turn.say)
      if (s.kind === 'verdict')
        verdicts.push({ resource: s.result.known.resource?.value, outcome: s.result.verdict!.outcome, rules: s.result.verdict!.rules });
    // With several senders the bot goes on to the next one until "did that solve it?" comes after the last verdict.
    if (verdicts.length && (!person.others || turn.session.asking === 'solved')) {
      const [first] = verdicts;
      return { person, turns, fewest, rules: first.rules, outcome: first.outcome, verdicts };
    }
    if (turn.effects.some((e) => e.kind === 'handoff')) return failed('handed to a person');
    const said = JSON.stringify(turn.say);
    if (said === previous) return failed('the same reply twice in a row');
    previous = said;
    const asking = turn.session.asking;
    // The separating question of a plain "MCA" or "dev/test" is answered as the subscription question would be.
    const key = asking === 'mcaKind' || asking === 'devTestKind' ? 'subscription' : asking;
    const reply =
      asking === 'confirm' ? (person.locale === 'ja' ? 'はい' : 'yes') : key ? person.answers[key as keyof Person['answers']] : undefined;
    if (reply === undefined) return failed(`asked ${String(asking)}, which the person has no answer for`);
    answered.set(String(asking), (answered.get(String(asking)) ?? 0) + 1);
    if ((answered.get(String(asking)) ?? 0) > 2) return failed(`asked ${String(asking)} again and again`);
    turn = step(turn.session, { kind: 'message', text: reply, locale: turn.session.locale }, { lookup: false });
    turns++;
  }
  return failed('no verdict');
}

const runs = [...PEOPLE, ...ADMINS].map(converse);

afterAll(() => {
  mkdirSync('test-output', { recursive: true });
  const total = runs.reduce((n, r) => n + r.turns, 0);
  const fewest = runs.reduce((n, r) => n + r.fewest, 0);
  writeFileSync(
    'test-output/people.md',
    [
      `${runs.length} people; ${total} turns to the verdict against ${fewest} fewest possible: ${(total / fewest).toFixed(2)}×`,
      '',
      '| person | language | turns | fewest | verdict | rules |',
      '|---|---|---|---|---|---|',
      ...runs.map(
        (r) =>
          `| ${r.person.name} | ${r.person.locale} | ${r.turns} | ${r.fewest} | ${r.outcome ?? r.problem ?? ''} | ${r.rules.join(', ')} |`,
      ),
    ].join('\n'),
  );
});

describe('scripted people who open with a sentence and answer in their own words', () => {
  it('are at least 30, half of them Japanese', () => {
    const people = [...PEOPLE, ...ADMINS];
    expect(people.length).toBeGreaterThanOrEqual(30);
    expect(people.filter((p) => p.locale === 'ja').length).toBeGreaterThanOrEqual(15);
  });

  it.each(runs.map((r) => [r.person.name, r] as const))('%s reaches the verdict the rules give', (_name, run) => {
    expect(run.problem).toBeUndefined();
    expect({ outcome: run.outcome, rules: [...run.rules].sort() }).toEqual({
      outcome: run.person.expect.outcome,
      rules: [...run.person.expect.rules].sort(),
    });
  });

  const several = runs.filter((r) => r.person.others);
  it.each(several.map((r) => [r.person.name, r] as const))('%s gets one verdict per sender, each the rules give', (_name, run) => {
    const expected = [run.person.truth, ...run.person.others!.map((o) => o.truth)].map((t, i) => ({
      resource: t.resource,
      ...(i === 0 ? run.person.expect : run.person.others![i - 1].expect),
    }));
    const sorted = <T extends { rules: string[] }>(list: T[]) => list.map((v) => ({ ...v, rules: [...v.rules].sort() }));
    expect(sorted(run.verdicts)).toEqual(sorted(expected));
  });

  it('reach their verdicts within 1.2 times the fewest turns possible, all together', () => {
    const total = runs.reduce((n, r) => n + r.turns, 0);
    const fewest = runs.reduce((n, r) => n + r.fewest, 0);
    expect(total / fewest).toBeLessThanOrEqual(1.2);
  });
});

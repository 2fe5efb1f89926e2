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
function pathOf(person: Person): QuestionId[] {
  const known: SessionFacts = { clarified: {} };
  const path: QuestionId[] = [];
  for (let q = nextQuestion(known); q !== 'decided' && path.length < MAX_TURNS; q = nextQuestion(known)) {
    path.push(q);
    const fact = QUESTIONS[q].fact;
    const value = (person.truth as Record<string, unknown>)[fact];
    if (value === undefined) break;
    applyFacts(known, { [fact]: value });
  }
  return path;
}

interface Run {
  person: Person;
  turns: number;
  fewest: number;
  rules: string[];
  outcome?: string | undefined;
  problem?: string | undefined;
}

function converse(person: Person): Run {
  const fewest = 1 + pathOf(person).filter((q) => q in person.answers).length;
  let turn: Step = step(undefined, { kind: 'message', text: person.opening, locale: person.locale }, { lookup: false });
  let turns = 1;
  let previous = '';
  const answered = new Map<string, number>();
  while (turns <= MAX_TURNS) {
    const verdict = turn.say.find((s) => s.kind === 'verdict');
    if (verdict?.kind === 'verdict') {
      const v = verdict.result.verdict!;
      return { person, turns, fewest, rules: v.rules, outcome: v.outcome };
    }
    if (turn.effects.some((e) => e.kind === 'handoff')) return { person, turns, fewest, rules: [], problem: 'handed to a person' };
    const said = JSON.stringify(turn.say);
    if (said === previous) return { person, turns, fewest, rules: [], problem: 'the same reply twice in a row' };
    previous = said;
    const asking = turn.session.asking;
    // The separating question of a plain "MCA" or "dev/test" is answered as the subscription question would be.
    const key = asking === 'mcaKind' || asking === 'devTestKind' ? 'subscription' : asking;
    const reply =
      asking === 'confirm' ? (person.locale === 'ja' ? 'はい' : 'yes') : key ? person.answers[key as keyof Person['answers']] : undefined;
    if (reply === undefined)
      return { person, turns, fewest, rules: [], problem: `asked ${String(asking)}, which the person has no answer for` };
    answered.set(String(asking), (answered.get(String(asking)) ?? 0) + 1);
    if ((answered.get(String(asking)) ?? 0) > 2)
      return { person, turns, fewest, rules: [], problem: `asked ${String(asking)} again and again` };
    turn = step(turn.session, { kind: 'message', text: reply, locale: turn.session.locale }, { lookup: false });
    turns++;
  }
  return { person, turns, fewest, rules: [], problem: 'no verdict' };
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

  it('reach their verdicts within 1.2 times the fewest turns possible, all together', () => {
    const total = runs.reduce((n, r) => n + r.turns, 0);
    const fewest = runs.reduce((n, r) => n + r.fewest, 0);
    expect(total / fewest).toBeLessThanOrEqual(1.2);
  });
});

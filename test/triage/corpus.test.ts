/**
 * The reader against the corpus of messages as people write them (test/triage/corpus/): per fact,
 * precision and recall, written to test-output/corpus.md. A wrong fact read with confidence fails
 * the test: a wrong verdict is worse than one more question.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { read } from '../../src/triage/reader';
import { EN } from './corpus/en';
import { JA } from './corpus/ja';
import type { CorpusEntry } from './corpus/types';

interface Tally {
  found: number;
  expected: number;
  right: number;
}

function score(corpus: CorpusEntry[]) {
  const perFact = new Map<string, Tally>();
  const tally = (key: string) => {
    let t = perFact.get(key);
    if (!t) perFact.set(key, (t = { found: 0, expected: 0, right: 0 }));
    return t;
  };
  const confidentWrong: string[] = [];
  const missed: string[] = [];
  for (const entry of corpus) {
    const reading = read(entry.text, { asked: entry.pending });
    const expected = (entry.facts ?? {}) as Record<string, unknown>;
    const found = reading.facts as Record<string, unknown>;
    for (const [fact, value] of Object.entries(expected)) {
      tally(fact).expected++;
      if (found[fact] === value) tally(fact).right++;
      else missed.push(`${fact}=${String(value)} in ${JSON.stringify(entry.text.slice(0, 90))}`);
    }
    for (const [fact, value] of Object.entries(found)) {
      tally(fact).found++;
      const wrong = expected[fact] !== value;
      if (wrong && !reading.tentative.includes(fact as never)) {
        confidentWrong.push(`${fact}=${String(value)} (expected ${String(expected[fact])}) in ${JSON.stringify(entry.text.slice(0, 90))}`);
      }
    }
    for (const kind of ['intents', 'topics', 'unsure'] as const) {
      const want = new Set<string>(entry[kind] ?? []);
      const got = new Set<string>(reading[kind]);
      for (const w of want) {
        tally(`${kind}:${w}`).expected++;
        if (got.has(w)) tally(`${kind}:${w}`).right++;
        else missed.push(`${kind} ${w} in ${JSON.stringify(entry.text.slice(0, 90))}`);
      }
      for (const g of got) {
        tally(`${kind}:${g}`).found++;
        if (!want.has(g)) confidentWrong.push(`${kind} ${g} in ${JSON.stringify(entry.text.slice(0, 90))}`);
      }
    }
    const list = (kinds: string[] | undefined) => (kinds ?? []).join(' ');
    for (const kind of ['senders', 'between'] as const) {
      if (entry[kind]) {
        tally(kind).expected++;
        if (list(reading[kind]) === list(entry[kind])) tally(kind).right++;
        else missed.push(`${kind} ${list(entry[kind])} in ${JSON.stringify(entry.text.slice(0, 90))}`);
      }
      if (reading[kind]) {
        tally(kind).found++;
        if (list(reading[kind]) !== list(entry[kind]))
          confidentWrong.push(`${kind} ${list(reading[kind])} in ${JSON.stringify(entry.text.slice(0, 90))}`);
      }
    }
    if (entry.malformedSubscriptionId) {
      tally('malformedSubscriptionId').expected++;
      if (reading.malformedSubscriptionId) tally('malformedSubscriptionId').right++;
      else missed.push(`malformed id in ${JSON.stringify(entry.text.slice(0, 90))}`);
    }
    if (reading.malformedSubscriptionId) tally('malformedSubscriptionId').found++;
    if (entry.tentative?.some((f) => !reading.tentative.includes(f)))
      missed.push(`tentative ${entry.tentative.join(',')} in ${JSON.stringify(entry.text.slice(0, 90))}`);
  }
  const rows = [...perFact.entries()].sort(([a], [b]) => a.localeCompare(b));
  const right = rows.reduce((n, [, t]) => n + t.right, 0);
  const expected = rows.reduce((n, [, t]) => n + t.expected, 0);
  const found = rows.reduce((n, [, t]) => n + t.found, 0);
  return { rows, confidentWrong, missed, recall: right / expected, precision: found ? right / found : 1 };
}

const pct = (n: number) => `${(n * 100).toFixed(1)} %`;

describe.each([
  ['English', EN],
  ['Japanese', JA],
])('the reader on the %s corpus', (language, corpus) => {
  const result = score(corpus);

  afterAll(() => {
    mkdirSync('test-output', { recursive: true });
    const table = result.rows.map(
      ([k, t]) =>
        `| ${k} | ${t.expected} | ${t.found} | ${t.right} | ${t.found ? pct(t.right / t.found) : '–'} | ${t.expected ? pct(t.right / t.expected) : '–'} |`,
    );
    writeFileSync(
      `test-output/corpus-${language.toLowerCase()}.md`,
      [
        `# Reader on the ${language} corpus (${corpus.length} messages)`,
        `precision ${pct(result.precision)}, recall ${pct(result.recall)}`,
        '| fact | expected | read | right | precision | recall |',
        '|---|---|---|---|---|---|',
        ...table,
        '',
        '## Missed',
        ...result.missed.map((m) => `- ${m}`),
      ].join('\n'),
    );
  });

  it('has at least 200 messages', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
  });

  it('never reads a fact, intent or question with confidence that the message does not state', () => {
    expect(result.confidentWrong).toEqual([]);
  });

  it('finds most of what the messages state', () => {
    expect(result.recall).toBeGreaterThanOrEqual(0.85);
  });
});

/**
 * The reader alone: how long one message takes to read, over the corpus of messages as people write
 * them and over the worst inputs it may get (the 4,096 characters it reads at most, of the kinds that
 * cost the most). `npm run bench:reader`; figures in docs/understanding.md.
 */
import { performance } from 'node:perf_hooks';
import { read } from '../src/triage/reader';
import { QUESTIONS, type QuestionId } from '../src/triage/questions';
import { EN } from '../test/triage/corpus/en';
import { JA } from '../test/triage/corpus/ja';

function measure(label: string, inputs: { text: string; asked?: QuestionId | undefined }[], rounds: number): void {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const start = performance.now();
      read(input.text, { asked: input.asked });
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(
    `${label.padEnd(34)} n=${String(times.length).padStart(6)}  mean ${mean.toFixed(3)} ms  p50 ${at(0.5).toFixed(3)} ms  p99 ${at(0.99).toFixed(3)} ms  max ${at(1).toFixed(3)} ms`,
  );
}

const corpus = [...EN, ...JA].map((e) => ({ text: e.text, asked: e.pending }));
const questions = Object.keys(QUESTIONS) as QuestionId[];
const limit = 4096;
const worst = [
  { label: '4 KB of one letter', text: 'x'.repeat(limit) },
  { label: '4 KB of "!" then a letter', text: `${'!'.repeat(limit - 1)}x` },
  { label: '4 KB of dashed hex (id-like)', text: '0b1f-'.repeat(limit / 5) },
  { label: '4 KB of English words', text: 'the vm on pay as you go cannot send mail '.repeat(100).slice(0, limit) },
  { label: '4 KB of Japanese', text: '従量課金の仮想マシンからメールが送れません。'.repeat(200).slice(0, limit) },
  { label: '4 KB of typos', text: 'vitual machien enterprize agreemnt '.repeat(120).slice(0, limit) },
  { label: '250 KB (cut to 4 KB)', text: 'あ'.repeat(250_000) },
];

read('warm up');
measure(`corpus (${corpus.length} messages, as asked)`, corpus, 20);
for (const w of worst)
  measure(
    w.label,
    questions.map((asked) => ({ text: w.text, asked })),
    5,
  );

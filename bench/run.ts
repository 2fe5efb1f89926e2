/**
 * npm run bench [-- options]: complete triage conversations against the real bot, and the same
 * load against a bare echo bot on the same stack (the floor), in one run; then the memory of
 * idle conversations. Each bot runs in its own process; this one only generates the load.
 * The figures hold only with the machine's load beside them, so it is printed too.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { drive, percentile, type Load, type LoadResult } from './driver';
import { triageScripts } from './scripts';
import type { TargetKind, TargetMessage } from './target';

const USAGE = `npm run bench -- [options]
  --concurrency N     virtual users, one conversation in flight each (50)
  --duration S        seconds of measured load per bot and round (10)
  --warmup S          seconds of unmeasured load per bot first (3)
  --rounds N          echo and triage alternate this many times, to spread the machine's noise (2)
  --conversations N   stop each measured run after N conversations, 0 = no limit (0)
  --channel ID        channelId of the activities (directline)
  --memory LIST       idle conversation counts, comma-separated, or "none" (1000,10000,100000)
  --idle-turns N      turns each idle conversation has had before it is measured (2)
  --cpu-prof DIR      write a V8 CPU profile of the triage bot into DIR (node --cpu-prof)`;

const { values: args } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '2' },
    conversations: { type: 'string', default: '0' },
    channel: { type: 'string', default: 'directline' },
    memory: { type: 'string', default: '1000,10000,100000' },
    'idle-turns': { type: 'string', default: '2' },
    'cpu-prof': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

function count(name: keyof typeof args, min: number): number {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < min) {
    console.error(`--${name} must be an integer ≥ ${min}\n\n${USAGE}`);
    process.exit(2);
  }
  return value;
}

const config = {
  concurrency: count('concurrency', 1),
  durationMs: count('duration', 1) * 1000,
  warmupMs: count('warmup', 0) * 1000,
  rounds: count('rounds', 1),
  conversations: count('conversations', 0),
  channelId: args.channel,
  memory: args.memory === 'none' ? [] : args.memory.split(',').map(Number),
  idleTurns: count('idle-turns', 1),
};

interface Target {
  child: ChildProcess;
  url: string;
  message: () => Promise<TargetMessage>;
}

async function startTarget(kind: TargetKind, execArgv: string[] = []): Promise<Target> {
  // restify 11 warns of process.binding on every start; that noise is not the bench's.
  const child = fork(join(__dirname, 'target.js'), [kind], { execArgv: ['--no-deprecation', ...execArgv], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const message = async () => ((await once(child, 'message')) as [TargetMessage])[0];
  const first = await message();
  if (!('url' in first)) throw new Error(`the ${kind} bot did not start`);
  return { child, url: `${first.url}/api/messages`, message };
}

async function stopTarget(target: Target): Promise<void> {
  const exited = once(target.child, 'exit');
  target.child.disconnect();
  await exited;
}

async function memoryOf(target: Target): Promise<NodeJS.MemoryUsage> {
  target.child.send('memory');
  const reply = await target.message();
  if (!('memory' in reply)) throw new Error('no memory figures from the bot');
  return reply.memory;
}

const scripts = triageScripts();
const triageScript = (n: number) => {
  const s = scripts[n % scripts.length];
  return { locale: s.locale, steps: s.steps };
};
/** The echo bot gets the very same messages, and must answer each with its own text. */
const echoScript = (n: number) => {
  const { locale, steps } = triageScript(n);
  return { locale, steps: steps.map((s) => ({ text: s.text, expect: [s.text] })) };
};

let runs = 0;
function load(url: string, script: Load['script'], durationMs: number, conversations = config.conversations): Load {
  return {
    url,
    concurrency: config.concurrency,
    durationMs,
    conversations,
    channelId: config.channelId,
    prefix: `bench-${process.pid}-${runs++}`,
    script,
  };
}

interface Totals {
  turns: number;
  errors: number;
  elapsedMs: number;
  latencies: number[];
  errorSamples: Set<string>;
  completed: Set<number>;
}

function add(totals: Totals, r: LoadResult): void {
  totals.turns += r.turns;
  totals.errors += r.errors;
  totals.elapsedMs += r.elapsedMs;
  totals.latencies.push(...r.latencies);
  for (const e of r.errorSamples) totals.errorSamples.add(e);
  for (const n of r.completed) totals.completed.add(n % scripts.length);
}

const emptyTotals = (): Totals => ({ turns: 0, errors: 0, elapsedMs: 0, latencies: [], errorSamples: new Set(), completed: new Set() });
const ms = (v: number) => `${v.toFixed(1)} ms`;

function summarize(name: string, t: Totals) {
  const sorted = Float64Array.from(t.latencies).sort();
  const turnsPerSecond = t.turns / (t.elapsedMs / 1000);
  console.log(
    `${name.padEnd(7)} ${turnsPerSecond.toFixed(0).padStart(7)} turns/s   p50 ${ms(percentile(sorted, 50)).padStart(9)}   p99 ${ms(percentile(sorted, 99)).padStart(9)}   turns ${String(t.turns).padStart(7)}   errors ${t.errors}`,
  );
  for (const e of t.errorSamples) console.log(`        error: ${e}`);
  return { turnsPerSecond, p99: percentile(sorted, 99) };
}

function machine(): string {
  const [one, five] = loadavg();
  return `load average ${one.toFixed(2)} (1 min), ${five.toFixed(2)} (5 min) on ${cpus().length} cores`;
}

async function throughput(): Promise<void> {
  const profile = args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${args['cpu-prof']}`] : [];
  const triage = await startTarget('triage', profile);
  const echo = await startTarget('echo');
  try {
    const cells = new Set(scripts.map((s) => `${s.outcome} ${s.rules.join(',')}`));
    console.log(
      `throughput: ${config.concurrency} concurrent conversations, ${config.rounds} round(s) of ${config.durationMs / 1000} s per bot` +
        ` after ${config.warmupMs / 1000} s warm-up; ${scripts.length} scripted paths (${cells.size} distinct verdicts),` +
        ` ${(scripts.reduce((n, s) => n + s.steps.length, 0) / scripts.length).toFixed(1)} turns per conversation on average`,
    );
    console.log(`before: ${machine()}`);
    if (config.warmupMs) {
      await drive(load(echo.url, echoScript, config.warmupMs, 0));
      await drive(load(triage.url, triageScript, config.warmupMs, 0));
    }
    const echoTotals = emptyTotals();
    const triageTotals = emptyTotals();
    for (let round = 0; round < config.rounds; round++) {
      add(echoTotals, await drive(load(echo.url, echoScript, config.durationMs)));
      add(triageTotals, await drive(load(triage.url, triageScript, config.durationMs)));
    }
    console.log(`after:  ${machine()}\n`);
    const floor = summarize('echo', echoTotals);
    const bot = summarize('triage', triageTotals);
    const ratio = bot.turnsPerSecond / floor.turnsPerSecond;
    console.log(`\nratio triage / echo: ${ratio.toFixed(2)} (target ≥ 0.70: ${ratio >= 0.7 ? 'met' : 'MISSED'})`);
    console.log(
      `triage p99: ${ms(bot.p99)} at ${config.concurrency} concurrent (target < 50 ms at 50: ${bot.p99 < 50 ? 'met' : 'MISSED'}${config.concurrency === 50 ? '' : ', other concurrency'})`,
    );
    console.log(`paths completed without error: ${triageTotals.completed.size} of ${scripts.length}`);
    if (triageTotals.errors || echoTotals.errors) process.exitCode = 1;
  } finally {
    await stopTarget(triage);
    await stopTarget(echo);
  }
}

/** One bot process per N, so the figures of one N never include another's leftovers. */
async function idleMemory(n: number): Promise<void> {
  const target = await startTarget('triage', ['--expose-gc']);
  try {
    const idle = (m: number) => {
      const { locale, steps } = triageScript(m);
      return { locale, steps: steps.slice(0, config.idleTurns) };
    };
    // Warm-up conversations first, so code loading and JIT are in the baseline, not the per-conversation figure.
    const warm = await drive(load(target.url, idle, Number.MAX_SAFE_INTEGER, 500));
    const before = await memoryOf(target);
    const run = await drive(load(target.url, idle, Number.MAX_SAFE_INTEGER, n));
    const after = await memoryOf(target);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
    const heap = (after.heapUsed - before.heapUsed) / n;
    const rss = (after.rss - before.rss) / n;
    console.log(
      `${String(n).padStart(7)} idle   heap ${(after.heapUsed / 2 ** 20).toFixed(1).padStart(6)} MB (${kb(heap).padStart(9)} per conversation)` +
        `   rss ${(after.rss / 2 ** 20).toFixed(1).padStart(6)} MB (${kb(rss).padStart(9)} per conversation)` +
        `   errors ${warm.errors + run.errors}   ${heap < 4096 ? 'met' : 'MISSED'} < 4 KB heap`,
    );
    if (warm.errors || run.errors) process.exitCode = 1;
  } finally {
    await stopTarget(target);
  }
}

async function main(): Promise<void> {
  if (args.help) {
    console.log(USAGE);
    return;
  }
  console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown cpu'}\n`);
  await throughput();
  if (config.memory.length) {
    console.log(`\nmemory: idle conversations in memory state, ${config.idleTurns} turn(s) each, one bot process per N; ${machine()}`);
    for (const n of config.memory) await idleMemory(n);
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

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
import { drive, percentile, type Load } from './driver';
import { triageScripts } from './scripts';
import type { TargetKind, TargetMessage } from './target';

const USAGE = `npm run bench -- [options]
  --concurrency N     virtual users, one conversation in flight each (50)
  --duration S        seconds of measured load per bot and round, 0 = memory only (10)
  --warmup S          seconds of unmeasured load per bot first (3)
  --rounds N          echo and triage alternate this many times, to spread the machine's noise (2)
  --think MS          latency phase: each user pauses this long on average between turns, 0 = no phase (250)
  --conversations N   stop each measured run after N conversations, 0 = no limit (0)
  --channel ID        channelId of the activities (directline)
  --memory LIST       idle conversation counts, comma-separated, or "none" (1000,10000,100000)
  --idle-turns N      turns each idle conversation has had before it is measured (2)
  --cpu-prof DIR      write V8 CPU profiles of both bots into DIR (node --cpu-prof; file names hold the pid)`;

function parse() {
  try {
    return parseArgs({
      options: {
        concurrency: { type: 'string', default: '50' },
        duration: { type: 'string', default: '10' },
        warmup: { type: 'string', default: '3' },
        rounds: { type: 'string', default: '2' },
        conversations: { type: 'string', default: '0' },
        think: { type: 'string', default: '250' },
        channel: { type: 'string', default: 'directline' },
        memory: { type: 'string', default: '1000,10000,100000' },
        'idle-turns': { type: 'string', default: '2' },
        'cpu-prof': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}
const args = parse();

function count(name: keyof typeof args, min: number): number {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < min) {
    console.error(`--${name} must be an integer ≥ ${min}\n\n${USAGE}`);
    process.exit(2);
  }
  return value;
}

function counts(name: 'memory'): number[] {
  if (args[name] === 'none') return [];
  const values = args[name].split(',').map(Number);
  if (values.some((v) => !Number.isInteger(v) || v < 1)) {
    console.error(`--${name} must be "none" or integers ≥ 1 separated by commas\n\n${USAGE}`);
    process.exit(2);
  }
  return values;
}

const config = {
  concurrency: count('concurrency', 1),
  durationMs: count('duration', 0) * 1000,
  warmupMs: count('warmup', 0) * 1000,
  rounds: count('rounds', 1),
  conversations: count('conversations', 0),
  thinkMs: count('think', 0),
  channelId: args.channel,
  memory: counts('memory'),
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

async function cpuOf(target: Target): Promise<NodeJS.CpuUsage> {
  target.child.send('cpu');
  const reply = await target.message();
  if (!('cpu' in reply)) throw new Error('no CPU figures from the bot');
  return reply.cpu;
}

const cpuMs = (from: NodeJS.CpuUsage, to: NodeJS.CpuUsage) => (to.user - from.user + to.system - from.system) / 1000;

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
function load(url: string, script: Load['script'], durationMs: number, conversations = config.conversations, thinkMs = 0): Load {
  return {
    url,
    concurrency: config.concurrency,
    durationMs,
    conversations,
    channelId: config.channelId,
    thinkMs,
    prefix: `bench-${process.pid}-${runs++}`,
    script,
  };
}

interface Totals {
  turns: number;
  /** CPU time of the bot's process and of this one (the load generator) during the measured runs. */
  botCpuMs: number;
  driverCpuMs: number;
  errors: number;
  elapsedMs: number;
  latencies: number[];
  errorSamples: Set<string>;
  completed: Set<number>;
}

/** A measured run, with the CPU time each side spent on it: on a shared machine, CPU per turn is steadier than turns per second. */
async function measure(totals: Totals, target: Target, script: Load['script'], thinkMs = 0): Promise<void> {
  const botBefore = await cpuOf(target);
  const driverBefore = process.cpuUsage();
  const r = await drive(load(target.url, script, config.durationMs, config.conversations, thinkMs));
  totals.driverCpuMs += cpuMs(driverBefore, process.cpuUsage());
  totals.botCpuMs += cpuMs(botBefore, await cpuOf(target));
  totals.turns += r.turns;
  totals.errors += r.errors;
  totals.elapsedMs += r.elapsedMs;
  totals.latencies.push(...r.latencies);
  for (const e of r.errorSamples) totals.errorSamples.add(e);
  for (const n of r.completed) totals.completed.add(n % scripts.length);
}

const emptyTotals = (): Totals => ({ turns: 0, botCpuMs: 0, driverCpuMs: 0, errors: 0, elapsedMs: 0, latencies: [], errorSamples: new Set(), completed: new Set() });
const ms = (v: number) => `${v.toFixed(1)} ms`;

function summarize(name: string, t: Totals) {
  const sorted = Float64Array.from(t.latencies).sort();
  const turnsPerSecond = t.turns / (t.elapsedMs / 1000);
  console.log(
    `${name.padEnd(7)} ${turnsPerSecond.toFixed(0).padStart(7)} turns/s   p50 ${ms(percentile(sorted, 50)).padStart(9)}   p90 ${ms(percentile(sorted, 90)).padStart(9)}   p99 ${ms(percentile(sorted, 99)).padStart(9)}   turns ${String(t.turns).padStart(7)}   errors ${t.errors}`,
  );
  const botCpu = t.botCpuMs / t.turns;
  console.log(
    `        bot CPU ${botCpu.toFixed(3)} ms/turn (${((100 * t.botCpuMs) / t.elapsedMs).toFixed(0)}% of a core), load generator CPU ${(t.driverCpuMs / t.turns).toFixed(3)} ms/turn`,
  );
  for (const e of t.errorSamples) console.log(`        error: ${e}`);
  return { turnsPerSecond, p99: percentile(sorted, 99), botCpu };
}

function machine(): string {
  const [one, five] = loadavg();
  return `load average ${one.toFixed(2)} (1 min), ${five.toFixed(2)} (5 min) on ${cpus().length} cores`;
}

type Samples = Map<string, number>;

/** The triage bot's own /metrics, as series → value. */
async function scrape(target: Target): Promise<Samples> {
  const text = await (await fetch(new URL('/metrics', target.url))).text();
  const samples: Samples = new Map();
  for (const line of text.split('\n')) {
    const match = /^([^#\s][^\s]*)\s+(\S+)$/.exec(line);
    if (match) samples.set(match[1], Number(match[2]));
  }
  return samples;
}

/**
 * What the client's latency is made of: the bot's histogram times each turn inside the bot, so a
 * client p99 far above it is time spent waiting (for a CPU, or behind other turns), not working.
 */
function insideTheBot(before: Samples, after: Samples): void {
  const moved = (series: string) => (after.get(series) ?? 0) - (before.get(series) ?? 0);
  const bucket = (le: string) => moved(`bot_turn_duration_seconds_bucket{le="${le}",channel="${config.channelId}"}`);
  const all = bucket('+Inf');
  const share = (le: string) => `${((100 * bucket(le)) / all).toFixed(1)}% ≤ ${Number(le) * 1000} ms`;
  const gc = (kind: string) => {
    const count = moved(`nodejs_gc_duration_seconds_count{kind="${kind}"}`);
    return `${count} ${kind} (${(moved(`nodejs_gc_duration_seconds_sum{kind="${kind}"}`) * 1000).toFixed(0)} ms)`;
  };
  console.log(
    `        inside the triage bot: ${share('0.005')}, ${share('0.025')}, ${share('0.05')} of ${all} turns; garbage collections ${gc('minor')}, ${gc('major')}`,
  );
}

async function throughput(): Promise<void> {
  const profile = args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${args['cpu-prof']}`] : [];
  const triage = await startTarget('triage', profile);
  const echo = await startTarget('echo', profile);
  if (args['cpu-prof']) console.log(`CPU profiles into ${args['cpu-prof']}: triage bot pid ${triage.child.pid}, echo bot pid ${echo.child.pid}`);
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
    const before = await scrape(triage);
    for (let round = 0; round < config.rounds; round++) {
      await measure(echoTotals, echo, echoScript);
      await measure(triageTotals, triage, triageScript);
    }
    const after = await scrape(triage);
    console.log(`after:  ${machine()}\n`);
    const floor = summarize('echo', echoTotals);
    const bot = summarize('triage', triageTotals);
    insideTheBot(before, after);
    const ratio = bot.turnsPerSecond / floor.turnsPerSecond;
    console.log(`\nratio triage / echo: ${ratio.toFixed(2)} (target ≥ 0.70: ${ratio >= 0.7 ? 'met' : 'MISSED'})`);
    console.log(`ratio of bot CPU per turn, echo / triage: ${(floor.botCpu / bot.botCpu).toFixed(2)} (the throughput ratio a CPU-bound bot would reach)`);
    console.log(`paths completed without error: ${triageTotals.completed.size} of ${scripts.length}`);
    if (triageTotals.errors || echoTotals.errors) process.exitCode = 1;
    if (config.thinkMs) await latency(triage, echo);
  } finally {
    await stopTarget(triage);
    await stopTarget(echo);
  }
}

/**
 * With no pause between turns, each user waits for its reply and sends again at once, so the
 * latency is concurrency / throughput: it measures saturation, not a turn. People pause; with
 * the same users pausing, latency is what one turn costs under that load.
 */
async function latency(triage: Target, echo: Target): Promise<void> {
  console.log(`\nlatency: ${config.concurrency} concurrent conversations, each user pausing ${config.thinkMs} ms on average between turns; ${machine()}`);
  const echoTotals = emptyTotals();
  const triageTotals = emptyTotals();
  const before = await scrape(triage);
  for (let round = 0; round < config.rounds; round++) {
    await measure(echoTotals, echo, echoScript, config.thinkMs);
    await measure(triageTotals, triage, triageScript, config.thinkMs);
  }
  const after = await scrape(triage);
  summarize('echo', echoTotals);
  const bot = summarize('triage', triageTotals);
  insideTheBot(before, after);
  console.log(
    `triage p99: ${ms(bot.p99)} at ${config.concurrency} concurrent (target < 50 ms at 50: ${bot.p99 < 50 ? 'met' : 'MISSED'}${config.concurrency === 50 ? '' : ', other concurrency'})`,
  );
  if (triageTotals.errors || echoTotals.errors) process.exitCode = 1;
}

/** One bot process per N, so the figures of one N never include another's leftovers. */
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

async function idleMemory(n: number): Promise<NodeJS.MemoryUsage> {
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
    const heap = (after.heapUsed - before.heapUsed) / n;
    const rss = (after.rss - before.rss) / n;
    console.log(
      `${String(n).padStart(7)} idle   heap ${(after.heapUsed / 2 ** 20).toFixed(1).padStart(6)} MB (${kb(heap).padStart(9)} per conversation)` +
        `   rss ${(after.rss / 2 ** 20).toFixed(1).padStart(6)} MB (${kb(rss).padStart(9)} per conversation)` +
        `   errors ${warm.errors + run.errors}   ${heap < 4096 ? 'met' : 'MISSED'} < 4 KB heap`,
    );
    if (warm.errors || run.errors) process.exitCode = 1;
    return after;
  } finally {
    await stopTarget(target);
  }
}

/** Between two N, fixed costs (code, caches, allocator slack at start) cancel out: what each added conversation costs. */
function growth(figures: { n: number; memory: NodeJS.MemoryUsage }[]): void {
  for (let i = 1; i < figures.length; i++) {
    const [a, b] = [figures[i - 1], figures[i]];
    const added = b.n - a.n;
    console.log(
      `from ${a.n} to ${b.n}: heap ${kb((b.memory.heapUsed - a.memory.heapUsed) / added)}, rss ${kb((b.memory.rss - a.memory.rss) / added)} per added conversation`,
    );
  }
}

async function main(): Promise<void> {
  if (args.help) {
    console.log(USAGE);
    return;
  }
  console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown cpu'}\n`);
  if (config.durationMs) await throughput();
  if (config.memory.length) {
    console.log(`\nmemory: idle conversations in memory state, ${config.idleTurns} turn(s) each, one bot process per N; ${machine()}`);
    const figures: { n: number; memory: NodeJS.MemoryUsage }[] = [];
    for (const n of config.memory) figures.push({ n, memory: await idleMemory(n) });
    growth(figures);
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

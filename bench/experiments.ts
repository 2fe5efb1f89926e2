/**
 * The experiments: throughput of the triage bot beside the echo floor, latency with people's pauses,
 * and the memory of idle conversations. Each drives load (driver.ts) at bots started by processes.ts
 * and prints through report.ts.
 */
import type { BenchConfig } from './args';
import { drive, type Load } from './driver';
import { cpuMs, cpuOf, memoryOf, scrape, startTarget, stopTarget, type Target } from './processes';
import { emptyTotals, growth, idleLine, insideTheBot, machine, ms, summarize, type Totals } from './report';
import { severalSendersScripts, triageScripts } from './scripts';

/** Every button path, and paths whose first message names two senders (one verdict per sender). */
const scripts = [...triageScripts(), ...severalSendersScripts()];
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
function load(
  config: BenchConfig,
  url: string,
  script: Load['script'],
  durationMs: number,
  conversations = config.conversations,
  thinkMs = 0,
): Load {
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

/** A measured run, with the CPU time each side spent on it: on a shared machine, CPU per turn is steadier than turns per second. */
async function measure(config: BenchConfig, totals: Totals, target: Target, script: Load['script'], thinkMs = 0): Promise<void> {
  const botBefore = await cpuOf(target);
  const driverBefore = process.cpuUsage();
  const r = await drive(load(config, target.url, script, config.durationMs, config.conversations, thinkMs));
  totals.driverCpuMs += cpuMs(driverBefore, process.cpuUsage());
  totals.botCpuMs += cpuMs(botBefore, await cpuOf(target));
  totals.turns += r.turns;
  totals.errors += r.errors;
  totals.elapsedMs += r.elapsedMs;
  totals.latencies.push(...r.latencies);
  for (const e of r.errorSamples) totals.errorSamples.add(e);
  for (const n of r.completed) totals.completed.add(n % scripts.length);
}

export async function throughput(config: BenchConfig): Promise<void> {
  const profile = config.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${config.cpuProfileDir}`] : [];
  const triage = await startTarget('triage', profile);
  const echo = await startTarget('echo', profile);
  if (config.cpuProfileDir)
    console.log(`CPU profiles into ${config.cpuProfileDir}: triage bot pid ${triage.child.pid}, echo bot pid ${echo.child.pid}`);
  try {
    const cells = new Set(scripts.map((s) => `${s.outcome} ${s.rules.join(',')}`));
    console.log(
      `throughput: ${config.concurrency} concurrent conversations, ${config.rounds} round(s) of ${config.durationMs / 1000} s per bot` +
        ` after ${config.warmupMs / 1000} s warm-up; ${scripts.length} scripted paths (${cells.size} distinct verdicts),` +
        ` ${(scripts.reduce((n, s) => n + s.steps.length, 0) / scripts.length).toFixed(1)} turns per conversation on average`,
    );
    console.log(`before: ${machine()}`);
    if (config.warmupMs) {
      await drive(load(config, echo.url, echoScript, config.warmupMs, 0));
      await drive(load(config, triage.url, triageScript, config.warmupMs, 0));
    }
    const echoTotals = emptyTotals();
    const triageTotals = emptyTotals();
    const before = await scrape(triage);
    for (let round = 0; round < config.rounds; round++) {
      await measure(config, echoTotals, echo, echoScript);
      await measure(config, triageTotals, triage, triageScript);
    }
    const after = await scrape(triage);
    console.log(`after:  ${machine()}\n`);
    const floor = summarize('echo', echoTotals);
    const bot = summarize('triage', triageTotals);
    insideTheBot(before, after, config.channelId);
    const ratio = bot.turnsPerSecond / floor.turnsPerSecond;
    console.log(`\nratio triage / echo: ${ratio.toFixed(2)} (target ≥ 0.70: ${ratio >= 0.7 ? 'met' : 'MISSED'})`);
    console.log(
      `ratio of bot CPU per turn, echo / triage: ${(floor.botCpu / bot.botCpu).toFixed(2)} (the throughput ratio a CPU-bound bot would reach)`,
    );
    console.log(`paths completed without error: ${triageTotals.completed.size} of ${scripts.length}`);
    if (triageTotals.errors || echoTotals.errors) process.exitCode = 1;
    if (config.thinkMs) await latency(config, triage, echo);
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
async function latency(config: BenchConfig, triage: Target, echo: Target): Promise<void> {
  console.log(
    `\nlatency: ${config.concurrency} concurrent conversations, each user pausing ${config.thinkMs} ms on average between turns; ${machine()}`,
  );
  const echoTotals = emptyTotals();
  const triageTotals = emptyTotals();
  const before = await scrape(triage);
  for (let round = 0; round < config.rounds; round++) {
    await measure(config, echoTotals, echo, echoScript, config.thinkMs);
    await measure(config, triageTotals, triage, triageScript, config.thinkMs);
  }
  const after = await scrape(triage);
  summarize('echo', echoTotals);
  const bot = summarize('triage', triageTotals);
  insideTheBot(before, after, config.channelId);
  console.log(
    `triage p99: ${ms(bot.p99)} at ${config.concurrency} concurrent (target < 50 ms at 50: ${bot.p99 < 50 ? 'met' : 'MISSED'}${config.concurrency === 50 ? '' : ', other concurrency'})`,
  );
  if (triageTotals.errors || echoTotals.errors) process.exitCode = 1;
}

/** One bot process per N, so the figures of one N never include another's leftovers. */
async function idleMemory(config: BenchConfig, n: number): Promise<NodeJS.MemoryUsage> {
  const target = await startTarget('triage', ['--expose-gc']);
  try {
    const idle = (m: number) => {
      const { locale, steps } = triageScript(m);
      return { locale, steps: steps.slice(0, config.idleTurns) };
    };
    // Warm-up conversations first, so code loading and JIT are in the baseline, not the per-conversation figure.
    const warm = await drive(load(config, target.url, idle, Number.MAX_SAFE_INTEGER, 500));
    const before = await memoryOf(target);
    const run = await drive(load(config, target.url, idle, Number.MAX_SAFE_INTEGER, n));
    const after = await memoryOf(target);
    idleLine(n, before, after, warm.errors + run.errors);
    if (warm.errors || run.errors) process.exitCode = 1;
    return after;
  } finally {
    await stopTarget(target);
  }
}

export async function memory(config: BenchConfig): Promise<void> {
  console.log(`\nmemory: idle conversations in memory state, ${config.idleTurns} turn(s) each, one bot process per N; ${machine()}`);
  const figures: { n: number; memory: NodeJS.MemoryUsage }[] = [];
  for (const n of config.memory) figures.push({ n, memory: await idleMemory(config, n) });
  growth(figures);
}

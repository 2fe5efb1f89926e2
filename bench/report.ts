/** What the bench prints: per-bot summaries, the machine's load, what a turn's latency is made of, memory growth. */
import { cpus, loadavg } from 'node:os';
import { percentile } from './driver';
import type { Samples } from './processes';

export interface Totals {
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

export const emptyTotals = (): Totals => ({
  turns: 0,
  botCpuMs: 0,
  driverCpuMs: 0,
  errors: 0,
  elapsedMs: 0,
  latencies: [],
  errorSamples: new Set(),
  completed: new Set(),
});
export const ms = (v: number) => `${v.toFixed(1)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

export function summarize(name: string, t: Totals) {
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

export function machine(): string {
  const [one, five] = loadavg();
  return `load average ${one.toFixed(2)} (1 min), ${five.toFixed(2)} (5 min) on ${cpus().length} cores`;
}

/**
 * What the client's latency is made of: the bot's histogram times each turn inside the bot, so a
 * client p99 far above it is time spent waiting (for a CPU, or behind other turns), not working.
 */
export function insideTheBot(before: Samples, after: Samples, channelId: string): void {
  const moved = (series: string) => (after.get(series) ?? 0) - (before.get(series) ?? 0);
  const bucket = (le: string) => moved(`bot_turn_duration_seconds_bucket{le="${le}",channel="${channelId}"}`);
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

export function idleLine(n: number, before: NodeJS.MemoryUsage, after: NodeJS.MemoryUsage, errors: number): void {
  const heap = (after.heapUsed - before.heapUsed) / n;
  const rss = (after.rss - before.rss) / n;
  console.log(
    `${String(n).padStart(7)} idle   heap ${(after.heapUsed / 2 ** 20).toFixed(1).padStart(6)} MB (${kb(heap).padStart(9)} per conversation)` +
      `   rss ${(after.rss / 2 ** 20).toFixed(1).padStart(6)} MB (${kb(rss).padStart(9)} per conversation)` +
      `   errors ${errors}   ${heap < 4096 ? 'met' : 'MISSED'} < 4 KB heap`,
  );
}

/** Between two N, fixed costs (code, caches, allocator slack at start) cancel out: what each added conversation costs. */
export function growth(figures: { n: number; memory: NodeJS.MemoryUsage }[]): void {
  for (let i = 1; i < figures.length; i++) {
    const [a, b] = [figures[i - 1], figures[i]];
    const added = b.n - a.n;
    console.log(
      `from ${a.n} to ${b.n}: heap ${kb((b.memory.heapUsed - a.memory.heapUsed) / added)}, rss ${kb((b.memory.rss - a.memory.rss) / added)} per added conversation`,
    );
  }
}

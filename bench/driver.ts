/**
 * The load: virtual users, each holding one conversation at a time over HTTP with deliveryMode
 * expectReplies (its own conversation id, a dummy serviceUrl the bot never calls), turn after
 * turn, on a keep-alive connection pool. A reply that is not the expected step is an error.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';
import type { Step } from './scripts';

export interface Load {
  url: string;
  /** Virtual users, each one conversation in flight. */
  concurrency: number;
  /** Stops starting turns after this long. */
  durationMs: number;
  /** Stops starting conversations after this many (0 = no limit). */
  conversations: number;
  channelId: string;
  /** A person's pause between a reply and their next message, on average (0 = none: the bot's saturation). */
  thinkMs: number;
  /** Conversation ids start with this, so runs never share a conversation. */
  prefix: string;
  /** The turns of conversation n, with the locale its activities carry. */
  script: (n: number) => { locale: string; steps: Step[] };
}

export interface LoadResult {
  turns: number;
  errors: number;
  /** Up to five different error descriptions, to say what went wrong. */
  errorSamples: string[];
  conversations: number;
  /** Numbers of the conversations completed without error. */
  completed: Set<number>;
  elapsedMs: number;
  /** Turn latencies in milliseconds, sorted. */
  latencies: Float64Array;
}

interface ReplyBody {
  activities?: { type?: string; text?: string }[];
}

/** What is wrong with a reply, or undefined when it holds every expected text and no trace activity. */
function checkReply(status: number, body: string, step: Step): string | undefined {
  if (status !== 200) return `HTTP ${status}: ${body.slice(0, 120)}`;
  const activities = (JSON.parse(body) as ReplyBody).activities ?? [];
  if (activities.some((a) => a.type === 'trace')) return 'a trace activity reached the channel';
  const text = activities.map((a) => a.text ?? '').join('\n');
  const missing = step.expect.find((e) => !text.includes(e));
  return missing === undefined ? undefined : `after "${step.text}" the reply lacks "${missing.slice(0, 60)}"`;
}

export function percentile(sorted: Float64Array, p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function drive(load: Load): Promise<LoadResult> {
  const target = new URL(load.url);
  const pool = new Pool(target.origin, { connections: load.concurrency, pipelining: 1 });
  const latencies: number[] = [];
  const errorSamples = new Set<string>();
  const completed = new Set<number>();
  let turns = 0;
  let errors = 0;
  let started = 0;
  const begin = performance.now();
  const deadline = begin + load.durationMs;
  const more = () => performance.now() < deadline && (!load.conversations || started < load.conversations);

  const turn = async (user: number, conversationId: string, locale: string, step: Step): Promise<string | undefined> => {
    const t0 = performance.now();
    try {
      const response = await pool.request({
        path: target.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          text: step.text,
          locale,
          deliveryMode: 'expectReplies',
          channelId: load.channelId,
          serviceUrl: 'http://127.0.0.1:9/bench-never-called',
          conversation: { id: conversationId },
          from: { id: `user-${user}` },
          recipient: { id: 'bot' },
        }),
      });
      const body = await response.body.text();
      const problem = checkReply(response.statusCode, body, step);
      if (!problem) latencies.push(performance.now() - t0);
      return problem;
    } catch (err) {
      return (err as Error).message;
    }
  };

  const user = async (id: number): Promise<void> => {
    while (more()) {
      const n = started++;
      const { locale, steps } = load.script(n);
      let done = 0;
      for (const step of steps) {
        if (performance.now() >= deadline) break;
        const problem = await turn(id, `${load.prefix}-${n}`, locale, step);
        if (problem) {
          errors++;
          if (errorSamples.size < 5) errorSamples.add(problem);
          break;
        }
        turns++;
        done++;
        // Spread evenly around the mean, so the users do not fall into lockstep.
        if (load.thinkMs) await sleep(load.thinkMs * (0.5 + Math.random()));
      }
      if (done === steps.length) completed.add(n);
    }
  };

  await Promise.all(Array.from({ length: load.concurrency }, (_, i) => user(i)));
  const elapsedMs = performance.now() - begin;
  await pool.close();
  return {
    turns,
    errors,
    errorSamples: [...errorSamples],
    conversations: started,
    completed,
    elapsedMs,
    latencies: Float64Array.from(latencies).sort(),
  };
}

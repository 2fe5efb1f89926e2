/** The bots under load, each in its own process (target.ts): start, stop, and what they report about themselves. */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import type { TargetKind, TargetMessage } from './target';

export interface Target {
  child: ChildProcess;
  url: string;
  message: () => Promise<TargetMessage>;
}

export async function startTarget(kind: TargetKind, execArgv: string[] = []): Promise<Target> {
  const child = fork(join(__dirname, 'target.js'), [kind], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const message = async () => ((await once(child, 'message')) as [TargetMessage])[0];
  const first = await message();
  if (!('url' in first)) throw new Error(`the ${kind} bot did not start`);
  return { child, url: `${first.url}/api/messages`, message };
}

export async function stopTarget(target: Target): Promise<void> {
  const exited = once(target.child, 'exit');
  target.child.disconnect();
  await exited;
}

export async function cpuOf(target: Target): Promise<NodeJS.CpuUsage> {
  target.child.send('cpu');
  const reply = await target.message();
  if (!('cpu' in reply)) throw new Error('no CPU figures from the bot');
  return reply.cpu;
}

export const cpuMs = (from: NodeJS.CpuUsage, to: NodeJS.CpuUsage) => (to.user - from.user + to.system - from.system) / 1000;

export async function memoryOf(target: Target): Promise<NodeJS.MemoryUsage> {
  target.child.send('memory');
  const reply = await target.message();
  if (!('memory' in reply)) throw new Error('no memory figures from the bot');
  return reply.memory;
}

export type Samples = Map<string, number>;

/** The triage bot's own /metrics, as series → value. */
export async function scrape(target: Target): Promise<Samples> {
  const text = await (await fetch(new URL('/metrics', target.url))).text();
  const samples: Samples = new Map();
  for (const line of text.split('\n')) {
    const match = /^([^#\s][^\s]*)\s+(\S+)$/.exec(line);
    if (match) samples.set(match[1], Number(match[2]));
  }
  return samples;
}

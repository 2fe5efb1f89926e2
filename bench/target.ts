/**
 * A bot under load, in its own process so the load generator does not share its event loop:
 * `node target.js triage|echo`. Tells its parent the URL, and on request the CPU time it has used,
 * or its memory after a full garbage collection (run with --expose-gc for that).
 */
import { once } from 'node:events';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { start } from '../src/index';
import { createEchoServer } from './echoBot';

export type TargetKind = 'triage' | 'echo';
export type TargetMessage = { url: string } | { memory: NodeJS.MemoryUsage } | { cpu: NodeJS.CpuUsage };

function reply(message: TargetMessage): void {
  process.send?.(message);
}

async function listen(kind: TargetKind): Promise<string> {
  if (kind === 'triage') {
    const { server } = await start(loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }), createLogger('silent'));
    return server.url;
  }
  const server = createEchoServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server.url;
}

async function main(): Promise<void> {
  const kind = process.argv[2];
  if (kind !== 'triage' && kind !== 'echo') throw new Error('usage: target.js triage|echo');
  process.on('message', (request) => {
    if (request === 'cpu') {
      reply({ cpu: process.cpuUsage() });
    } else if (request === 'memory') {
      // Twice: the first pass can leave finalizer-held objects for the second.
      global.gc?.();
      global.gc?.();
      reply({ memory: process.memoryUsage() });
    }
  });
  process.on('disconnect', () => process.exit(0));
  reply({ url: await listen(kind) });
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

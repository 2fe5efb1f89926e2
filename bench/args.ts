/** The bench's command line: options, their defaults and checks. */
import { parseArgs } from 'node:util';

export const USAGE = `npm run bench -- [options]
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

export interface BenchConfig {
  concurrency: number;
  durationMs: number;
  warmupMs: number;
  rounds: number;
  conversations: number;
  thinkMs: number;
  channelId: string;
  memory: number[];
  idleTurns: number;
  cpuProfileDir?: string;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(`${message}\n\n${USAGE}`);
  }
}

/** The configuration, or 'help'; a bad option throws a UsageError that names it. */
export function parseBenchArgs(argv: string[]): BenchConfig | 'help' {
  let values;
  try {
    values = parseArgs({
      args: argv,
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
    throw new UsageError((err as Error).message);
  }
  if (values.help) return 'help';

  const count = (
    name: 'concurrency' | 'duration' | 'warmup' | 'rounds' | 'conversations' | 'think' | 'idle-turns',
    min: number,
  ): number => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < min) throw new UsageError(`--${name} must be an integer ≥ ${min}`);
    return value;
  };
  const memory = values.memory === 'none' ? [] : values.memory.split(',').map(Number);
  if (memory.some((v) => !Number.isInteger(v) || v < 1))
    throw new UsageError('--memory must be "none" or integers ≥ 1 separated by commas');

  return {
    concurrency: count('concurrency', 1),
    durationMs: count('duration', 0) * 1000,
    warmupMs: count('warmup', 0) * 1000,
    rounds: count('rounds', 1),
    conversations: count('conversations', 0),
    thinkMs: count('think', 0),
    channelId: values.channel,
    memory,
    idleTurns: count('idle-turns', 1),
    ...(values['cpu-prof'] !== undefined && { cpuProfileDir: values['cpu-prof'] }),
  };
}

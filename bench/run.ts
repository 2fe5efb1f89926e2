/**
 * npm run bench [-- options]: complete triage conversations against the real bot, and the same
 * load against a bare echo bot on the same stack (the floor), in one run; then the memory of
 * idle conversations. Each bot runs in its own process; this one only generates the load.
 * The figures hold only with the machine's load beside them, so it is printed too.
 * Options: args.ts; bots: processes.ts; experiments: experiments.ts; output: report.ts.
 */
import { cpus } from 'node:os';
import { parseBenchArgs, USAGE, UsageError } from './args';
import { memory, throughput } from './experiments';

async function main(): Promise<void> {
  const config = parseBenchArgs(process.argv.slice(2));
  if (config === 'help') {
    console.log(USAGE);
    return;
  }
  console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown cpu'}\n`);
  if (config.durationMs) await throughput(config);
  if (config.memory.length) await memory(config);
}

void main().catch((err: unknown) => {
  console.error(err instanceof UsageError ? err.message : err);
  process.exit(err instanceof UsageError ? 2 : 1);
});

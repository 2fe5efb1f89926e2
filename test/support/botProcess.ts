/** Runs the built bot (dist/src/index.js, what `npm start` runs) as a child process, as production would. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BotProcess {
  child: ChildProcessWithoutNullStreams;
  /** The URL the bot logged as listening on; empty when it did not start. */
  url: string;
  /** Everything it wrote to stdout and stderr so far. */
  output: () => string;
  exited: Promise<number>;
}

const ENTRY = join(__dirname, '..', '..', 'dist', 'src', 'index.js');

/**
 * Starts the bot with exactly `env` (no developer .env: it runs in a temporary folder) and waits until it
 * logs that it listens, or exits.
 */
export async function startBotProcess(env: Record<string, string>, cwd = tmpdir()): Promise<BotProcess> {
  const child = spawn(process.execPath, [ENTRY], { cwd, env: { PATH: process.env.PATH ?? '', ...env } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit').then(([code]) => code as number);
  const listening = () => output.split('\n').find((l) => l.includes('"url"'));
  while (!listening() && child.exitCode === null) {
    await Promise.race([once(child.stdout, 'data'), exited]);
  }
  const line = listening();
  const url = line ? (JSON.parse(line) as { url: string }).url : '';
  return { child, url, output: () => output, exited };
}

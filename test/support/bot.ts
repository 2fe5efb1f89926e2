/** The built bot (dist/src/index.js) as its own process, as App Service runs each instance. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { kill, spawnUntil } from './processes';

const ENTRY = path.resolve(__dirname, '../../dist/src/index.js');

export interface BotProcess {
  url: string;
  stop(): Promise<void>;
}

export async function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run "npm run build" first (npm test does).`);
  const { child, match } = await spawnUntil(
    process.execPath,
    [ENTRY],
    { PATH: process.env.PATH, PORT: '0', LOG_LEVEL: 'info', ...env },
    // Logged after the server listens; the line before it says where.
    /"stateStore"[^\n]*\n/,
  );
  return { url: urlOf(match), stop: () => kill(child) };
}

function urlOf(match: RegExpExecArray): string {
  const url = /"url":"(http:\/\/[^"]+)"/.exec(match.input)?.[1];
  if (!url) throw new Error(`the bot did not say where it listens:\n${match.input}`);
  return url;
}

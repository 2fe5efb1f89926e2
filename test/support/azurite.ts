/** A real Azurite blob service for the tests, on a free loopback port. */
import type { ChildProcess } from 'node:child_process';
import { freePort } from './ports';
import { kill, spawnUntil } from './processes';

/** Azurite's documented development account. */
const ACCOUNT = 'devstoreaccount1';
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  connectionString: string;
  /** Stops the service, which saves its data first if it was started with a location. */
  stop(): Promise<void>;
  /** Starts it again on the same port and location. */
  restart(): Promise<void>;
}

/**
 * Starts Azurite. Without `location` its data lives in memory; a test that stops and restarts it
 * mid-conversation gives a temporary directory, so the data outlives the stop.
 */
export async function startAzurite(location?: string): Promise<Azurite> {
  const port = await freePort();
  const args = [
    require.resolve('azurite/dist/src/blob/main.js'),
    '--blobHost',
    '127.0.0.1',
    '--blobPort',
    String(port),
    '--skipApiVersionCheck',
    '--loose',
    '--disableTelemetry',
    ...(location ? ['--location', location] : ['--inMemoryPersistence']),
  ];
  let child: ChildProcess | undefined;
  const launch = async () => {
    child = (await spawnUntil(process.execPath, args, { PATH: process.env.PATH }, /successfully listens/)).child;
  };
  await launch();
  return {
    connectionString:
      `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${KEY};` + `BlobEndpoint=http://127.0.0.1:${port}/${ACCOUNT};`,
    stop: async () => {
      if (child) await kill(child, 'SIGTERM');
    },
    restart: launch,
  };
}

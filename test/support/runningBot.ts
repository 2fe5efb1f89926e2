/** The real server (start() of src/index.ts) for one test file: started before its tests, closed after. */
import type { Server } from 'restify';
import { loadConfig } from '../../src/config';
import { start } from '../../src/index';

export function useRunningBot(env: Record<string, string> = {}): { readonly url: string } {
  let server: Server | undefined;
  beforeAll(async () => {
    ({ server } = await start(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ...env })));
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => {
      if (server) server.close(resolve);
      else resolve();
    });
  });

  return {
    get url(): string {
      return server!.url;
    },
  };
}

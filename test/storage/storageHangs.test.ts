/**
 * The store accepts connections and never answers (a stalled network, a hung proxy): the turn still ends
 * inside the channel's 15 s, and the person hears that the store is unavailable.
 */
import { once } from 'node:events';
import { connect, createServer, type Server as NetServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import { start } from '../../src';
import { loadConfig } from '../../src/config';
import { en } from '../../src/locale/en';
import { startAzurite, type Azurite } from '../support/azurite';
import { ask, type Person } from '../support/conversation';
import { withAnyValues } from '../support/catalogText';

let azurite: Azurite;
let proxy: NetServer;
let server: Server;
let url: string;
/** While set, the proxy takes every byte and passes none on, on old and new connections alike. */
let blackHole = false;
const sockets = new Set<Socket>();

beforeAll(async () => {
  azurite = await startAzurite();
  const upstream = /BlobEndpoint=http:\/\/127\.0\.0\.1:(\d+)\//.exec(azurite.connectionString)![1];
  proxy = createServer((client) => {
    const to = connect(Number(upstream), '127.0.0.1');
    sockets.add(client).add(to);
    client.on('data', (chunk) => {
      if (!blackHole) to.write(chunk);
    });
    to.on('data', (chunk) => {
      if (!blackHole) client.write(chunk);
    });
    const close = () => {
      client.destroy();
      to.destroy();
    };
    client.on('close', close).on('error', close);
    to.on('close', close).on('error', close);
  });
  proxy.listen(0, '127.0.0.1');
  await once(proxy, 'listening');
  const port = (proxy.address() as AddressInfo).port;
  ({ server } = await start(
    loadConfig({
      PORT: '0',
      LOG_LEVEL: 'silent',
      STATE_STORE: 'blobs',
      STATE_STORE_TIMEOUT_MS: '2000',
      BLOB_CONNECTION_STRING: azurite.connectionString.replace(`127.0.0.1:${upstream}`, `127.0.0.1:${String(port)}`),
    }),
  ));
  url = server.url;
}, 60_000);

afterAll(async () => {
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  for (const socket of sockets) {
    socket.destroy();
  }
  proxy.close();
  await azurite.stop();
});

it("with a store that never answers, the person hears it is unavailable within the channel's 15 s", async () => {
  const person: Person = { conversationId: 'hangs-en', locale: 'en-US' };
  expect(await ask(url, person, 'hello')).toContain(en.questions.resource.prompt);
  blackHole = true;
  const started = Date.now();
  const answer = await ask(url, person, 'vm');
  expect(answer).toMatch(withAnyValues(en.storageUnavailable));
  expect(Date.now() - started).toBeLessThan(15_000);
}, 30_000);

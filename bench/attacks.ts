/**
 * npm run bench:attacks [-- seconds]: the attacks of the security review, against the built bot
 * (dist/src/index.js) in its own process, as production runs it:
 * 1. pre-authentication: /healthz latency alone, then while 8 clients without a token (in another
 *    process) send 250 KB bodies of many small objects to /api/messages (authenticated mode), and the
 *    bot's peak memory;
 * 2. tokens through one IPv6 /64: 300 token requests, each from another address of the prefix;
 * 3. a case flood: one client, each hand-off under a fresh Direct Line token (a new user id each), as
 *    fast as the bot answers; cases opened and cards posted in 16 s;
 * 4. the same from many clients (a new address each time): what the ceilings over all clients hold.
 * A local server plays the Direct Line service and the Bot Connector of the support channel.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { percentile } from './driver';
import { machine } from './report';

const ENTRY = join(__dirname, '..', 'src', 'index.js');
const APP = { MicrosoftAppId: '6f1c2a4e-0000-4000-8000-00000000b07a', MicrosoftAppPassword: 'bench', MicrosoftAppTenantId: 'bench-tenant' };

interface Bot {
  child: ChildProcess;
  base: string;
}

async function startBot(env: Record<string, string>): Promise<Bot> {
  const child = spawn(process.execPath, [ENTRY], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  for await (const chunk of child.stdout) {
    output += (chunk as Buffer).toString();
    const line = output.split('\n').find((l) => l.includes('"url"'));
    if (line) {
      // The rest of the log is not read, but must not fill the pipe.
      child.stdout.resume();
      return { child, base: (JSON.parse(line) as { url: string }).url.replace('[::]', '127.0.0.1') };
    }
  }
  throw new Error(`the bot did not start:\n${output}`);
}

async function stopBot(bot: Bot): Promise<void> {
  const exited = once(bot.child, 'exit');
  bot.child.kill('SIGKILL');
  await exited;
}

/** The bot's resident memory now, in MB, from /proc. */
function rssMb(bot: Bot): number {
  const status = readFileSync(`/proc/${String(bot.child.pid)}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function healthz(bot: Bot, samples: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    const response = await fetch(`${bot.base}/healthz`);
    await response.arrayBuffer();
    latencies.push(performance.now() - started);
    await sleep(10);
  }
  return latencies;
}

function summary(latencies: number[]): string {
  const sorted = Float64Array.from(latencies).sort();
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms (n=${String(sorted.length)})`;
}

/** 250 KB of many small objects: cheap to send, costly to parse. */
function heavyBody(): string {
  const item = '{"a":1,"b":[0]},';
  return `{"type":"message","items":[${item.repeat(Math.floor((250 * 1024) / item.length) - 1)}{"a":1}]}`;
}

/**
 * The 8 attacking clients, in a process of their own (this script with --attackers), so that the client
 * measuring /healthz does not share their event loop. Prints the answers it got, as JSON, when told to stop.
 */
async function attackers(url: string): Promise<void> {
  const body = heavyBody();
  let stop = false;
  const answers: Record<string, number> = {};
  const count = (key: string) => (answers[key] = (answers[key] ?? 0) + 1);
  process.once('message', () => (stop = true));
  const client = async () => {
    while (!stop) {
      try {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        await response.arrayBuffer();
        count(String(response.status));
      } catch (err) {
        count((err as Error).message);
      }
    }
  };
  process.send?.('started');
  await Promise.all(Array.from({ length: 8 }, client));
  process.send?.(answers);
  process.disconnect();
}

async function preAuthentication(seconds: number): Promise<void> {
  const bot = await startBot(APP);
  try {
    await healthz(bot, 50);
    const alone = await healthz(bot, 300);
    const baseMb = rssMb(bot);
    let peakMb = baseMb;
    const attack = fork(__filename, ['--attackers', `${bot.base}/api/messages`]);
    await once(attack, 'message');
    const memory = setInterval(() => {
      peakMb = Math.max(peakMb, rssMb(bot));
    }, 100);
    await sleep(500);
    const started = performance.now();
    const underAttack: number[] = [];
    while (performance.now() - started < seconds * 1000) underAttack.push(...(await healthz(bot, 20)));
    clearInterval(memory);
    attack.send('stop');
    const [answers] = (await once(attack, 'message')) as [Record<string, number>];
    console.log('1. /healthz with 8 unauthenticated clients sending 250 KB bodies to /api/messages (authenticated mode)');
    console.log(`   alone:        ${summary(alone)}`);
    console.log(`   under attack: ${summary(underAttack)}`);
    console.log(`   attack requests answered: ${JSON.stringify(answers)}`);
    console.log(`   bot memory: ${baseMb.toFixed(0)} MB before, ${peakMb.toFixed(0)} MB at peak (+${(peakMb - baseMb).toFixed(0)} MB)`);
  } finally {
    await stopBot(bot);
  }
}

/** Plays the Direct Line service (tokens for the user id asked) and the Bot Connector (cards posted). */
class FakeServices {
  readonly users: string[] = [];
  cards = 0;
  private server?: Server;

  get url(): string {
    return `http://127.0.0.1:${String((this.server!.address() as AddressInfo).port)}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req).then((body) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
  }

  stop(): void {
    this.server?.closeAllConnections();
    this.server?.close();
  }

  private async handle(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { user?: { id: string } }) : {};
    if (req.url === '/v3/directline/tokens/generate') {
      this.users.push(body.user!.id);
      return { token: `token-${String(this.users.length)}`, conversationId: `dl-conv-${String(this.users.length)}`, expires_in: 1800 };
    }
    if (req.method === 'POST' && req.url?.includes(encodeURIComponent('19:support@thread.tacv2'))) this.cards += 1;
    return { id: `msg-${String(Date.now())}` };
  }
}

/** A Direct Line token for the address: the user id the bot asked Direct Line for, or undefined when refused. */
async function token(bot: Bot, services: FakeServices, address: string): Promise<string | undefined> {
  const response = await fetch(`${bot.base}/api/directline/token`, { method: 'POST', headers: { 'x-forwarded-for': address } });
  if (response.status !== 200) {
    await response.arrayBuffer();
    return undefined;
  }
  const { conversationId } = (await response.json()) as { conversationId: string };
  return services.users[Number(conversationId.slice('dl-conv-'.length)) - 1];
}

async function tokensThroughOnePrefix(): Promise<void> {
  const services = new FakeServices();
  await services.start();
  const bot = await startBot({ DIRECT_LINE_SECRET: 'bench-secret', DIRECT_LINE_ENDPOINT: services.url, TRUSTED_PROXY_HOPS: '1' });
  try {
    const started = performance.now();
    const answers = await Promise.all(Array.from({ length: 300 }, (_, i) => token(bot, services, `2001:db8:1:2::${(i + 1).toString(16)}`)));
    const elapsed = performance.now() - started;
    const issued = answers.filter((a) => a !== undefined).length;
    console.log('2. Direct Line tokens, 300 requests from 300 addresses of one IPv6 /64');
    console.log(`   issued ${String(issued)} of 300 in ${elapsed.toFixed(0)} ms`);
  } finally {
    await stopBot(bot);
    services.stop();
  }
}

async function caseFlood(title: string, addressOf: (n: number) => string): Promise<void> {
  const services = new FakeServices();
  await services.start();
  const bot = await startBot({
    DIRECT_LINE_SECRET: 'bench-secret',
    DIRECT_LINE_ENDPOINT: services.url,
    TRUSTED_PROXY_HOPS: '1',
    HANDOFF_DESTINATIONS: 'teams',
    SUPPORT_CHANNEL_ID: '19:support@thread.tacv2',
    SUPPORT_CHANNEL_SERVICE_URL: services.url,
    SUPPORT_CHANNEL_TENANT_ID: 'bench-tenant',
    SUPPORT_DAYS: 'Mon-Sun',
    SUPPORT_HOURS: '00:00-24:00',
  });
  let cases = 0;
  let refused = 0;
  let tokensRefused = 0;
  let stop = false;
  let n = 0;
  /** One user: a token (from the attacker's /64), then "agent", no description, "yes", as Direct Line would relay it. */
  const oneCase = async () => {
    n += 1;
    const address = addressOf(n);
    const userId = await token(bot, services, address);
    if (!userId) {
      tokensRefused += 1;
      await sleep(50);
      return;
    }
    const conversation = `dl-${userId}`;
    let last = '';
    for (const text of ['agent', 'skip', 'yes']) {
      const response = await fetch(`${bot.base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({
          type: 'message',
          text,
          locale: 'en-US',
          deliveryMode: 'expectReplies',
          channelId: 'directline',
          serviceUrl: services.url,
          conversation: { id: conversation },
          from: { id: userId },
          recipient: { id: 'bot' },
        }),
      });
      last = JSON.stringify(await response.json());
    }
    if (/SMTP-[0-9A-Z]{5}/.test(last)) cases += 1;
    else refused += 1;
  };
  try {
    const started = performance.now();
    const workers = Array.from({ length: 8 }, async () => {
      while (!stop) await oneCase();
    });
    await sleep(16_000);
    stop = true;
    await Promise.all(workers);
    const elapsed = (performance.now() - started) / 1000;
    console.log(title);
    console.log(
      `   in ${elapsed.toFixed(1)} s: ${String(cases)} cases opened, ${String(services.cards)} cards posted, ${String(refused)} hand-offs refused, ${String(tokensRefused)} tokens refused`,
    );
  } finally {
    await stopBot(bot);
    services.stop();
  }
}

async function main(): Promise<void> {
  if (process.argv[2] === '--attackers') return attackers(process.argv[3]);
  const seconds = Number(process.argv[2] ?? '10');
  console.log(machine());
  await preAuthentication(seconds);
  await tokensThroughOnePrefix();
  await caseFlood(
    '3. one client opening cases, each under a fresh Direct Line token from its /64, 8 at a time',
    (n) => `2001:db8:1:2::${n.toString(16)}`,
  );
  await caseFlood(
    '4. many clients (a new IPv4 address for each hand-off) opening cases, 8 at a time',
    (n) => `198.${String(18 + Math.floor(n / 65_000))}.${String(Math.floor(n / 250) % 250)}.${String((n % 250) + 1)}`,
  );
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

/**
 * npm run bench:portal [-- runs]: the help portal in headless Chromium, against the real bot in
 * local mode: time from navigation to the bot's first message on screen, and the bytes the
 * browser received, with an empty cache (a fresh profile) and a warm one (the same profile again).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Request } from 'playwright-core';
import { loadConfig } from '../src/config';
import { start } from '../src/index';
import { CATALOGS } from '../src/locale';
import { machine } from './report';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', chromium.executablePath()].find((p) => p && existsSync(p));
  if (!found) throw new Error('No Chromium: run `npm test` once (it installs one) or set CHROMIUM_PATH.');
  return found;
}

/** One visit: ms until the welcome is on screen, and the bytes received (headers and encoded bodies). */
async function visit(context: BrowserContext, url: string): Promise<{ ms: number; bytes: number; requests: number }> {
  const page = await context.newPage();
  let bytes = 0;
  let requests = 0;
  const sizes: Promise<void>[] = [];
  const counted = (request: Request) => {
    requests += 1;
    sizes.push(
      request.sizes().then((s) => {
        bytes += s.responseHeadersSize + s.responseBodySize;
      }),
    );
  };
  page.on('requestfinished', counted);
  const started = performance.now();
  await page.goto(url);
  await page.getByText(CATALOGS.en.welcome.slice(0, 20)).first().waitFor({ timeout: 60_000 });
  const ms = performance.now() - started;
  // Web Chat keeps polling the local Direct Line: what came after the first message is not the page's weight.
  page.off('requestfinished', counted);
  await Promise.all(sizes);
  await page.close();
  return { ms, bytes, requests };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? '5');
  const { server } = await start(loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }));
  const url: string = server.url;
  console.log(`node ${process.version}; ${runs} runs; ${machine()}`);
  const cold: Awaited<ReturnType<typeof visit>>[] = [];
  const warm: Awaited<ReturnType<typeof visit>>[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const profile = mkdtempSync(path.join(tmpdir(), 'portal-bench-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath(),
        headless: true,
        args: FLAGS,
        locale: 'en-US',
      });
      try {
        cold.push(await visit(context, url));
        warm.push(await visit(context, url));
      } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
      }
    }
  } finally {
    server.close();
  }
  for (const [name, figures] of [
    ['cold cache', cold],
    ['warm cache', warm],
  ] as const) {
    const times = figures.map((f) => f.ms);
    console.log(
      `${name}: first bot message after ${median(times).toFixed(0)} ms (median; ${Math.min(...times).toFixed(0)} – ${Math.max(...times).toFixed(0)}),` +
        ` ${(median(figures.map((f) => f.bytes)) / 1024).toFixed(1)} KB received in ${median(figures.map((f) => f.requests))} requests`,
    );
  }
  console.log(machine());
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

/**
 * The portal keeps its conversation across a reload: a visitor hands their case to the team in
 * Chromium (local Direct Line), leaves the page, an engineer answers in the case's thread meanwhile
 * (a local server plays the Bot Connector for the team's channel), and the reply is there when the
 * page is opened again in the same tab.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Server } from 'restify';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { start } from '../../src/index';
import { CATALOGS } from '../../src/locale';
import { FakeConnector } from '../handoff/fakeConnector';
import { launchChromium, type Chromium } from '../support/chromium';

// A browser on a busy 2-core machine: a generous ceiling, not a speed check.
jest.setTimeout(120_000);

const CHANNEL = '19:support@thread.tacv2';
const OUTPUT = path.join(__dirname, '..', '..', 'test-output');

let server: Server;
let url: string;
let connector: FakeConnector;
let browser: Chromium | undefined;

beforeAll(async () => {
  connector = new FakeConnector();
  await connector.start();
  ({ server } = await start(
    loadConfig({
      PORT: '0',
      HANDOFF_DESTINATIONS: 'teams',
      SUPPORT_CHANNEL_ID: CHANNEL,
      SUPPORT_CHANNEL_SERVICE_URL: connector.url,
      SUPPORT_CHANNEL_TENANT_ID: 'tenant-1',
      SUPPORT_DAYS: 'Mon-Sun',
      SUPPORT_HOURS: '00:00-24:00',
    }),
    createLogger('silent'),
  ));
  url = server.url.replace('[::]', '127.0.0.1');
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  await connector.stop();
});

async function typeAnswer(page: Page, text: string) {
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.fill(text);
  await input.press('Enter');
}

test("an engineer's reply sent while the page was closed is there when it opens again", async () => {
  browser = await launchChromium('en-US');
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.getByText(CATALOGS.en.welcome.slice(0, 20)).first().waitFor();
  for (const [answer, next] of [
    ['Virtual machine', CATALOGS.en.questions.subscription.prompt],
    ['Enterprise Agreement', CATALOGS.en.questions.receivingDomainRejects.prompt],
    ['it times out', CATALOGS.en.questions.solved.prompt],
    ['no', 'describe the problem in your own words'],
    ['Mail to contoso.com times out', 'Shall I send this case to support?'],
  ]) {
    await typeAnswer(page, answer);
    await page.getByText(next.slice(0, 30)).last().waitFor();
  }
  await typeAnswer(page, 'yes');
  await page.locator('p').filter({ hasText: 'Your case number is' }).waitFor();
  await connector.until(() => connector.accepted(CHANNEL, 'POST').length === 1);
  const card = connector.accepted(CHANNEL, 'POST')[0].id;

  // The visitor leaves the page; the engineer answers in the card's thread meanwhile.
  await page.goto('about:blank');
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      channelId: 'msteams',
      serviceUrl: connector.url,
      deliveryMode: 'expectReplies',
      conversation: { id: `${CHANNEL};messageid=${card}`, conversationType: 'channel', tenantId: 'tenant-1' },
      from: { id: '29:aiko', name: 'Aiko Tanaka' },
      recipient: { id: '28:bot', name: 'Port 25 triage' },
      text: 'Hello, is the VM older than a month?',
    }),
  });
  expect(response.status).toBe(200);

  // Back on the page in the same tab: the same conversation, with the reply and what came before.
  await page.goto(url);
  await page.locator('p').filter({ hasText: 'Aiko (support engineer): Hello, is the VM older than a month?' }).waitFor();
  await expect(page.locator('p').filter({ hasText: 'Your case number is' }).count()).resolves.toBe(1);
  await expect(page.locator('p').filter({ hasText: 'has joined this chat' }).count()).resolves.toBe(1);
  // And the visitor answers the engineer from the reopened page: it goes to the case's thread.
  await typeAnswer(page, 'No, two weeks old');
  await connector.until(() =>
    connector.accepted(`${CHANNEL};messageid=${card}`).some((r) => r.activity.text === '**Requester:** No, two weeks old'),
  );
  // The picture docs/handoff.md refers to: the live chat as the visitor sees it.
  mkdirSync(OUTPUT, { recursive: true });
  await page.screenshot({ path: path.join(OUTPUT, 'portal-live-chat.png') });
});

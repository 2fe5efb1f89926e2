/**
 * The help portal in a real browser: headless Chromium opens the page served by the real bot
 * (local mode, so Web Chat talks Direct Line to the in-process endpoint) and completes a
 * triage by clicking the bot's buttons and typing, in English and in Japanese.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Server } from 'restify';
import { loadConfig } from '../../src/config';
import { start } from '../../src/index';
import { CATALOGS, type Locale } from '../../src/locale';
import { PORTAL_TEXT } from '../../src/locale/portal';
import { LEGAL_TEXT } from '../../src/locale/legal';
import { launchChromium, type Chromium } from '../support/chromium';

const OUTPUT = path.join(__dirname, '..', '..', 'test-output');
// A browser on a busy 2-core machine: a generous ceiling, not a speed check.
jest.setTimeout(120_000);

let server: Server;
let url: string;
let browser: Chromium | undefined;

beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  ({ server } = await start(loadConfig({ PORT: '0', LOG_LEVEL: 'silent' })));
  url = server.url;
});

afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

afterAll(async () => {
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
});

function label(locale: Locale, question: 'resource' | 'subscription', option: string): string {
  return (CATALOGS[locale].questions[question].options as Record<string, { label: string }>)[option].label;
}

/** Clicks one of the bot's choices: Web Chat shows them as buttons in its suggested-actions toolbar. */
async function click(page: Page, name: string) {
  await page.getByRole('toolbar').getByRole('button', { name, exact: true }).click();
}

async function triage(page: Page, locale: Locale) {
  const catalog = CATALOGS[locale];
  await page.goto(url);
  await expect(page.title()).resolves.toBe(PORTAL_TEXT[locale].title);
  // The welcome arrives on joining, before the person types anything.
  await page.getByText(catalog.welcome.slice(0, 20)).first().waitFor();
  await click(page, label(locale, 'resource', 'virtualMachine'));
  await page.getByText(catalog.questions.subscription.prompt.slice(0, 20)).first().waitFor();
  return catalog;
}

async function typeAnswer(page: Page, text: string) {
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.fill(text);
  await input.press('Enter');
}

test('English: a VM on Pay-As-You-Go, typed as an offer id, is blocked (O1)', async () => {
  browser = await launchChromium('en-US');
  const page = await browser.context.newPage();
  // Anything the page's content security policy blocks, or a script error, shows up here.
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const catalog = await triage(page, 'en');
  await typeAnswer(page, 'It is MS-AZR-0003P');

  await page.getByText(catalog.outcome.blocked, { exact: true }).waitFor();
  await page
    .getByText(/Decided by rules .*\bO1\b/)
    .first()
    .waitFor();
  await page.screenshot({ path: path.join(OUTPUT, 'portal-en.png') });

  // "Start over" is one click on the page.
  await page.getByRole('button', { name: PORTAL_TEXT.en.startOver, exact: true }).click();
  await page.getByText(catalog.startingOver, { exact: true }).waitFor();
  expect(problems).toEqual([]);
});

test('Japanese browser: the page and the bot speak Japanese, and the verdict is on screen', async () => {
  browser = await launchChromium('ja-JP');
  const page = await browser.context.newPage();
  const catalog = await triage(page, 'ja');
  await expect(page.locator('h1').textContent()).resolves.toBe(PORTAL_TEXT.ja.heading);
  await click(page, label('ja', 'subscription', 'payAsYouGo'));

  await page.getByText(catalog.outcome.blocked, { exact: true }).waitFor();
  await page
    .getByText(/判定の根拠となったルール: .*\bO1\b/)
    .first()
    .waitFor();
  await page.screenshot({ path: path.join(OUTPUT, 'portal-ja.png') });

  // The switch turns the page and the conversation to English.
  await page.getByRole('button', { name: CATALOGS.en.languageName, exact: true }).click();
  await expect(page.locator('h1').textContent()).resolves.toBe(PORTAL_TEXT.en.heading);
  await page.getByText(CATALOGS.en.languageSwitched, { exact: true }).waitFor();
});

test('Japanese: one sentence that says everything gets the verdict as its reply, with what was understood said back', async () => {
  browser = await launchChromium('ja-JP');
  const page = await browser.context.newPage();
  const catalog = CATALOGS.ja;
  await page.goto(url);
  await page.getByText(catalog.welcome.slice(0, 20)).first().waitFor();
  await typeAnswer(page, 'エンタープライズ契約の仮想マシンから 25 番で送るとタイムアウトします');
  await page.getByText(catalog.outcome.open, { exact: true }).waitFor();
  await page
    .getByText(/判定の根拠となったルール: S1、E1/)
    .first()
    .waitFor();
  await page
    .getByText(/承知しました。お伺いした内容は「仮想マシン/)
    .first()
    .waitFor();
  await page.screenshot({ path: path.join(OUTPUT, 'portal-ja-one-sentence.png') });
});

test('"forget me" starts a new conversation, says what Direct Line may still hold, and a reload does not show the old messages', async () => {
  browser = await launchChromium('en-US');
  const page = await browser.context.newPage();
  const catalog = await triage(page, 'en');
  await typeAnswer(page, 'forget me');
  await page.getByText(PORTAL_TEXT.en.forgotten, { exact: true }).waitFor();
  // The bot's own answer stays readable after the chat moved on to the new conversation.
  await expect(page.locator('#forgotten-reply').textContent()).resolves.toContain(catalog.forgotten);
  await page.screenshot({ path: path.join(OUTPUT, 'portal-forgotten.png') });

  await page.reload();
  await page.getByText(catalog.welcome.slice(0, 20)).first().waitFor();
  // An answer in the new conversation: by its reply, anything replayed from the old one would be on screen.
  await click(page, label('en', 'resource', 'virtualMachine'));
  await page.getByText(catalog.questions.subscription.prompt.slice(0, 20)).first().waitFor();
  await expect(page.getByText('forget me', { exact: true }).count()).resolves.toBe(0);
  await expect(page.getByText(catalog.forgotten).count()).resolves.toBe(0);
});

test('on a phone (390×844) the chat comes first: its heading, messages and send box are in the first screen', async () => {
  browser = await launchChromium('en-US');
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(url);
  await page.getByText(CATALOGS.en.welcome.slice(0, 20)).first().waitFor();
  const chat = (await page.locator('section.chat').boundingBox())!;
  const sendBox = (await page.locator('[data-id="webchat-sendbox-input"]').boundingBox())!;
  const intro = (await page.locator('section.intro').boundingBox())!;
  expect(chat.y).toBeLessThan(120);
  expect(sendBox.y + sendBox.height).toBeLessThanOrEqual(844);
  expect(intro.y).toBeGreaterThanOrEqual(chat.y + chat.height);
  // Nothing wider than the screen.
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
  await page.screenshot({ path: path.join(OUTPUT, 'portal-phone-390x844.png') });
});

test('the privacy and terms pages the Teams package links exist and say what is kept and what the verdict is', async () => {
  for (const [language, locale] of [
    ['en-US', 'en'],
    ['ja', 'ja'],
  ] as const) {
    for (const which of ['privacy', 'terms'] as const) {
      const response = await fetch(`${url}/${which}`, { headers: { 'accept-language': language } });
      expect(response.status).toBe(200);
      const html = await response.text();
      const page = LEGAL_TEXT[locale][which];
      expect(html).toContain(`<title>${page.title}</title>`);
      for (const section of page.sections) expect(html).toContain(section.heading);
    }
  }
  expect(LEGAL_TEXT.en.privacy.sections.map((s) => s.paragraphs.join(' ')).join(' ')).toContain('forget me');
});

test('without Direct Line (production settings, no secret) the page says the chat is unavailable, in Japanese', async () => {
  const production = await start(
    loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'not-used-here',
      MicrosoftAppTenantId: '00000000-0000-0000-0000-000000000002',
    }),
  );
  try {
    browser = await launchChromium('ja-JP');
    const page = await browser.context.newPage();
    await page.goto(production.server.url);
    await page.getByText(PORTAL_TEXT.ja.chatUnavailable).waitFor();
    await expect(page.getByRole('button', { name: PORTAL_TEXT.ja.startOver }).isDisabled()).resolves.toBe(true);
  } finally {
    await new Promise<void>((resolve) => {
      production.server.close(() => {
        resolve();
      });
    });
  }
});

/** A Chromium (as `npm test` provisions it: scripts/ensureChromium.js), headless, in a fresh profile directory that is removed on close. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { findChromium } from '../../scripts/ensureChromium';

function chromiumPath(): string {
  const found = findChromium();
  if (!found) throw new Error('No Chromium: `npm test` installs one (scripts/ensureChromium.js), or set CHROMIUM_PATH.');
  return found;
}

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** One browser with its own profile (playwright passes it as --user-data-dir), in the given locale. */
export async function launchChromium(locale: string): Promise<Chromium> {
  const profile = mkdtempSync(path.join(tmpdir(), 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: FLAGS,
    locale,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

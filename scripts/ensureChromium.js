/**
 * Before `npm test`: a Chromium for the browser tests. Found at CHROMIUM_PATH, /usr/bin/chromium or
 * Playwright's own download; when there is none, Debian's chromium (with CJK fonts, so Japanese
 * screenshots are readable) is installed if this runs as root with apt-get; otherwise one line says how.
 * test/support/chromium.ts finds it the same way (findChromium).
 */
'use strict';
const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');

function playwrightChromium() {
  try {
    return require('playwright-core').chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** The first Chromium that exists, or undefined. */
function findChromium(env = process.env) {
  return [env.CHROMIUM_PATH, '/usr/bin/chromium', playwrightChromium()].find((p) => p && existsSync(p));
}

function hasApt() {
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
  if (process.getuid?.() === 0 && hasApt()) {
    console.log("No Chromium found: installing Debian's chromium and fonts-noto-cjk with apt-get.");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium for the browser tests: run `sudo apt-get install chromium fonts-noto-cjk` (Debian/Ubuntu), or `npx playwright-core install chromium`, or set CHROMIUM_PATH.',
  );
}

module.exports = { findChromium, ensureChromium };

if (require.main === module) {
  try {
    console.log(`Chromium for the browser tests: ${ensureChromium()}`);
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}

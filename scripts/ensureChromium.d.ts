/** The first Chromium that exists (CHROMIUM_PATH, /usr/bin/chromium, Playwright's own), or undefined. */
export function findChromium(env?: NodeJS.ProcessEnv): string | undefined;
/** That Chromium, installed with apt-get first when there is none and this runs as root; throws saying how otherwise. */
export function ensureChromium(): string;

/**
 * The Teams app package. The manifest is built from settings in-process; the package itself is
 * built and validated by the real `teams:package` program (the compiled dist/src/teams/appPackage.js,
 * as `npm run teams:package` runs it), because Microsoft's validator loads ES modules that jest cannot.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { colourIcon, outlineIcon } from '../../src/teams/icons';
import { buildManifest, loadTeamsPackageSettings, TeamsPackageError } from '../../src/teams/manifest';

const run = promisify(execFile);

/** The highest v1.x folder of Microsoft's schemas in @microsoft/app-manifest. */
function newestShippedSchema(): string {
  const schemas = path.join(path.dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas', 'teams');
  const versions = readdirSync(schemas)
    .filter((v) => /^v1\.\d+$/.test(v))
    .map((v) => v.slice(1));
  return versions.sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1])).at(-1)!;
}
const ROOT = path.join(__dirname, '..', '..');
const BOT_ID = '11111111-2222-4333-8444-555555555555';
const PUBLIC_URL = 'https://smtp25-triage.azurewebsites.net';
let dir: string;

beforeAll(async () => {
  await run('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT });
}, 180_000);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'teams-package-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the packaging program with only the given settings; resolves to its exit code and output. */
async function teamsPackage(env: Record<string, string>) {
  try {
    const { stdout } = await run(process.execPath, ['dist/src/teams/appPackage.js'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, TEAMS_PACKAGE_DIR: dir, ...env },
    });
    return { code: 0, stdout, stderr: '' };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

test('teams:package writes a zip with a valid manifest for the bot, a Japanese localization and both icons', async () => {
  const result = await teamsPackage({ MicrosoftAppId: BOT_ID, TEAMS_PUBLIC_URL: PUBLIC_URL, TEAMS_VALID_DOMAINS: 'help.contoso.com' });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('validated');
  const zipName = readdirSync(dir).find((f) => f.endsWith('.zip'))!;
  const files = unzipSync(readFileSync(path.join(dir, zipName)));
  expect(Object.keys(files).sort()).toEqual(['color.png', 'ja-jp.json', 'manifest.json', 'outline.png']);

  const manifest = JSON.parse(Buffer.from(files['manifest.json']).toString('utf8')) as ReturnType<typeof buildManifest>;
  expect(manifest.bots?.[0]?.botId).toBe(BOT_ID);
  expect(manifest.validDomains).toEqual(['smtp25-triage.azurewebsites.net', 'help.contoso.com']);
  // Without TEAMS_PRIVACY_URL and TEAMS_TERMS_URL, the portal's own pages (test/portal checks they say something).
  expect(manifest.developer.privacyUrl).toBe(new URL('/privacy', PUBLIC_URL).href);
  expect(manifest.developer.termsOfUseUrl).toBe(new URL('/terms', PUBLIC_URL).href);
  expect(manifest.localizationInfo?.additionalLanguages).toEqual([{ languageTag: 'ja-jp', file: 'ja-jp.json' }]);
  // The newest schema the validator package ships, so the app can be offered in private and shared channels.
  expect(manifest.manifestVersion).toBe(newestShippedSchema());
  expect(manifest.supportedChannelTypes).toEqual(['sharedChannels', 'privateChannels']);
  expect(manifest.supportsChannelFeatures).toBe('tier1');
  const ja = JSON.parse(Buffer.from(files['ja-jp.json']).toString('utf8')) as Record<string, string>;
  expect(ja['bots[0].commandLists[0].commands[0].title']).toBe('最初から');
  expect(PNG.sync.read(Buffer.from(files['color.png'])).width).toBe(192);
  expect(PNG.sync.read(Buffer.from(files['outline.png'])).width).toBe(32);
});

test('teams:package refuses a manifest the official schema rejects, and says where', async () => {
  const result = await teamsPackage({
    MicrosoftAppId: BOT_ID,
    TEAMS_PUBLIC_URL: PUBLIC_URL,
    TEAMS_APP_NAME: 'A name longer than Teams allows',
  });
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('manifest.json: /name/short');
  expect(result.stderr).toContain('ja-jp.json: /name.short');
  expect(readdirSync(dir)).toEqual([]);
});

test('missing or wrong settings stop the build with a message naming each one', () => {
  expect(() => loadTeamsPackageSettings({})).toThrow(TeamsPackageError);
  expect(() => loadTeamsPackageSettings({})).toThrow(/MicrosoftAppId[\s\S]*TEAMS_PUBLIC_URL/);
  expect(() => loadTeamsPackageSettings({ MicrosoftAppId: BOT_ID, TEAMS_PUBLIC_URL: 'http://insecure.example.com' })).toThrow(
    /TEAMS_PUBLIC_URL: must be an https:\/\/ URL/,
  );
});

test('single sign-on defaults to the bot app, and can name another Entra app', () => {
  const base = { MicrosoftAppId: BOT_ID, TEAMS_PUBLIC_URL: PUBLIC_URL };
  expect(buildManifest(loadTeamsPackageSettings(base)).webApplicationInfo).toEqual({ id: BOT_ID, resource: `api://botid-${BOT_ID}` });
  const sso = { TEAMS_SSO_APP_ID: '99999999-8888-4777-8666-555555555555', TEAMS_SSO_RESOURCE: 'api://smtp25-triage.azurewebsites.net/sso' };
  expect(buildManifest(loadTeamsPackageSettings({ ...base, ...sso })).webApplicationInfo).toEqual({
    id: sso.TEAMS_SSO_APP_ID,
    resource: sso.TEAMS_SSO_RESOURCE,
  });
});

test('icons: 192x192 opaque colour; 32x32 outline only white strokes on transparency, as Teams requires', () => {
  const colour = PNG.sync.read(colourIcon());
  expect([colour.width, colour.height]).toEqual([192, 192]);
  expect(Array.from({ length: 192 * 192 }, (_, i) => colour.data[i * 4 + 3]).every((alpha) => alpha === 255)).toBe(true);
  const outline = PNG.sync.read(outlineIcon());
  expect([outline.width, outline.height]).toEqual([32, 32]);
  const pixels = Array.from({ length: 32 * 32 }, (_, i) => [...outline.data.subarray(i * 4, i * 4 + 4)].join(','));
  expect(new Set(pixels)).toEqual(new Set(['255,255,255,255', '0,0,0,0']));
});

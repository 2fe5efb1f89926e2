/**
 * `npm run teams:package`: builds the Teams app package (manifest.json, a Japanese localization
 * file, colour and outline icons, zipped) from settings in the environment, after validating the
 * manifest and the localization against the official Teams schemas. Output: TEAMS_PACKAGE_DIR.
 */
import 'dotenv/config';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { colourIcon, outlineIcon } from './icons';
import {
  buildJapaneseLocalization,
  buildManifest,
  loadTeamsPackageSettings,
  TeamsPackageError,
  type TeamsPackageSettings,
} from './manifest';
import { validate } from './validate';

export interface TeamsPackage {
  zipPath: string;
  files: Record<string, Uint8Array>;
}

export async function buildTeamsPackage(settings: TeamsPackageSettings): Promise<TeamsPackage> {
  const manifest = buildManifest(settings);
  const localization = buildJapaneseLocalization(settings);
  const failures = await validate(manifest, localization);
  if (failures.length) throw new TeamsPackageError(`The Teams manifest is not valid:\n- ${failures.join('\n- ')}`);

  const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
  const files: Record<string, Uint8Array> = {
    'manifest.json': json(manifest),
    'ja-jp.json': json(localization),
    'color.png': colourIcon(),
    'outline.png': outlineIcon(),
  };
  const dir = path.resolve(settings.TEAMS_PACKAGE_DIR);
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  const zipPath = path.join(dir, `${manifest.name.short.replace(/[^\w.-]+/g, '-')}-${manifest.version}.zip`);
  writeFileSync(zipPath, zipSync(files));
  return { zipPath, files };
}

if (require.main === module) {
  (async () => {
    const { zipPath } = await buildTeamsPackage(loadTeamsPackageSettings(process.env));
    console.log(`Teams app package written and validated: ${zipPath}`);
  })().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}

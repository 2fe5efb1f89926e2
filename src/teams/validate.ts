/**
 * Validation against the official Teams JSON schemas as shipped in Microsoft's
 * @microsoft/app-manifest package (its local copies: no network needed).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AppManifestUtils, type TeamsManifestV1D30 } from '@microsoft/app-manifest';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { MANIFEST_VERSION } from './manifest';

type Schema = Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];

function officialSchema(file: string): Schema {
  const packageMain = require.resolve('@microsoft/app-manifest');
  const schemaPath = path.join(path.dirname(packageMain), 'json-schemas', 'teams', `v${MANIFEST_VERSION}`, file);
  return JSON.parse(readFileSync(schemaPath, 'utf8')) as Schema;
}

/**
 * The localization schema's patterns are not valid as Unicode regular expressions, which is how
 * AppManifestUtils compiles them, so it is checked with the same validator (Ajv, draft-04) without the u flag.
 */
function localizationFailures(localization: Record<string, string>): string[] {
  const ajv = new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri']);
  const check = ajv.compile(officialSchema('MicrosoftTeams.Localization.schema.json') as object);
  return check(localization) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** Schema failures of the manifest and of the localization file; empty when both are valid. */
export async function validate(manifest: TeamsManifestV1D30.TeamsManifestV1D30, localization: Record<string, string>): Promise<string[]> {
  const manifestFailures = await AppManifestUtils.validateAgainstSchema(manifest, officialSchema('MicrosoftTeams.schema.json'));
  return [...manifestFailures.map((f) => `manifest.json: ${f}`), ...localizationFailures(localization).map((f) => `ja-jp.json: ${f}`)];
}

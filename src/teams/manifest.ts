/**
 * The Teams app manifest and its Japanese localization, built from settings in the environment
 * (bot id, app name, public URL, valid domains, webApplicationInfo for SSO) and the catalogs.
 */
import type { TeamsManifestV1D30 } from '@microsoft/app-manifest';
import { z } from 'zod';
import { TEAMS_APP_TEXT } from '../locale/teams';
import { commandWord } from '../triage';
import { version as packageVersion } from '../../package.json';
import { BRAND_COLOUR } from './icons';

export const MANIFEST_VERSION = '1.30';
const SCHEMA_URL = `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
const LOCALIZATION_SCHEMA_URL = `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`;

const guid = z.string().trim().uuid();
const httpsUrl = z
  .string()
  .trim()
  .url()
  .refine((u) => u.startsWith('https://'), 'must be an https:// URL');
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const settingsSchema = z.object({
  /** The bot's Microsoft app id: the manifest's bot id. */
  MicrosoftAppId: guid,
  /** The Teams app's own id; by default the bot's app id. */
  TEAMS_APP_ID: optional(guid),
  /** Where the bot (and its help portal) is served, e.g. https://smtp25-triage.azurewebsites.net */
  TEAMS_PUBLIC_URL: httpsUrl,
  /** Overrides the short name in every language; Teams' own limit (30) is checked by the schema. */
  TEAMS_APP_NAME: optional(z.string().trim().min(1)),
  TEAMS_APP_VERSION: optional(
    z
      .string()
      .trim()
      .regex(/^\d+\.\d+\.\d+$/, 'must look like 1.2.3'),
  ),
  TEAMS_DEVELOPER_NAME: optional(z.string().trim().min(1)),
  TEAMS_PRIVACY_URL: optional(httpsUrl),
  TEAMS_TERMS_URL: optional(httpsUrl),
  /** Comma-separated extra domains the app may open; the public URL's host is always included. */
  TEAMS_VALID_DOMAINS: optional(z.string()),
  /** Entra app for single sign-on (webApplicationInfo); by default the bot's app and api://botid-{appId}. */
  TEAMS_SSO_APP_ID: optional(guid),
  TEAMS_SSO_RESOURCE: optional(z.string().trim().min(1)),
  TEAMS_PACKAGE_DIR: z.string().trim().default('dist/teams'),
});

export type TeamsPackageSettings = z.infer<typeof settingsSchema>;

export class TeamsPackageError extends Error {}

export function loadTeamsPackageSettings(env: NodeJS.ProcessEnv): TeamsPackageSettings {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new TeamsPackageError(`Invalid Teams package settings:\n${problems}`);
  }
  return parsed.data;
}

export function buildManifest(s: TeamsPackageSettings): TeamsManifestV1D30.TeamsManifestV1D30 {
  const text = TEAMS_APP_TEXT.en;
  const publicUrl = new URL(s.TEAMS_PUBLIC_URL);
  const extraDomains = (s.TEAMS_VALID_DOMAINS ?? '')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  const scopes: TeamsManifestV1D30.CommandListScope[] = ['personal', 'team', 'groupChat'];
  return {
    $schema: SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    version: s.TEAMS_APP_VERSION ?? packageVersion,
    id: s.TEAMS_APP_ID ?? s.MicrosoftAppId,
    developer: {
      name: s.TEAMS_DEVELOPER_NAME ?? text.nameShort,
      websiteUrl: publicUrl.href,
      // The portal's own pages say what is kept and on what terms (src/locale/legal.ts).
      privacyUrl: s.TEAMS_PRIVACY_URL ?? new URL('/privacy', publicUrl).href,
      termsOfUseUrl: s.TEAMS_TERMS_URL ?? new URL('/terms', publicUrl).href,
    },
    name: { short: s.TEAMS_APP_NAME ?? text.nameShort, full: text.nameFull },
    description: { short: text.descriptionShort, full: text.descriptionFull },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: BRAND_COLOUR,
    bots: [
      {
        botId: s.MicrosoftAppId,
        scopes,
        isNotificationOnly: false,
        supportsFiles: false,
        commandLists: [
          {
            scopes,
            commands: [
              { title: commandWord('startOver', 'en'), description: text.startOverDescription },
              { title: commandWord('help', 'en'), description: text.helpDescription },
            ],
          },
        ],
      },
    ],
    // The bot works in any channel it is @mentioned in: private and shared ones too, with all their features
    // (members outside the team, the channel's own membership), so the app is offered there.
    supportedChannelTypes: ['sharedChannels', 'privateChannels'],
    supportsChannelFeatures: 'tier1',
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: [...new Set([publicUrl.host, ...extraDomains])],
    webApplicationInfo: {
      id: s.TEAMS_SSO_APP_ID ?? s.MicrosoftAppId,
      resource: s.TEAMS_SSO_RESOURCE ?? `api://botid-${s.MicrosoftAppId}`,
    },
    localizationInfo: { defaultLanguageTag: 'en-us', additionalLanguages: [{ languageTag: 'ja-jp', file: 'ja-jp.json' }] },
  };
}

/** The Japanese strings of the manifest, keyed as the Teams localization schema wants. */
export function buildJapaneseLocalization(s: TeamsPackageSettings): Record<string, string> {
  const text = TEAMS_APP_TEXT.ja;
  return {
    $schema: LOCALIZATION_SCHEMA_URL,
    'name.short': s.TEAMS_APP_NAME ?? text.nameShort,
    'name.full': text.nameFull,
    'description.short': text.descriptionShort,
    'description.full': text.descriptionFull,
    'bots[0].commandLists[0].commands[0].title': commandWord('startOver', 'ja'),
    'bots[0].commandLists[0].commands[0].description': text.startOverDescription,
    'bots[0].commandLists[0].commands[1].title': commandWord('help', 'ja'),
    'bots[0].commandLists[0].commands[1].description': text.helpDescription,
  };
}

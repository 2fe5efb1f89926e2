/**
 * Typed settings from the environment, validated once at start so a bad value fails the
 * start-up with a clear message instead of the first conversation.
 */
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

const schema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    /** Where to listen; local mode defaults to loopback so an unauthenticated bot is not exposed. */
    HOST: optionalText,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    MicrosoftAppTenantId: optionalText,
    /** Where conversation state lives: this process's memory (one instance) or Azure Blob Storage. */
    STATE_STORE: z.enum(['memory', 'blobs']).default('memory'),
    BLOB_CONNECTION_STRING: optionalText,
    /** The storage account's blob endpoint; the bot signs in with its managed identity (DefaultAzureCredential). */
    BLOB_ACCOUNT_URL: optionalText.pipe(z.string().url().optional()),
    BLOB_CONTAINER: z
      .string()
      .trim()
      .regex(/^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/, 'must be 3-63 lower-case letters, digits and single hyphens')
      .default('bot-state'),
    /** Memory store: an idle conversation is forgotten after this many minutes. */
    MEMORY_STATE_TTL_MINUTES: z.coerce.number().positive().default(60),
    /** Memory store: at most this many conversations are kept (least recently active go first). */
    MEMORY_STATE_MAX_CONVERSATIONS: z.coerce.number().int().positive().default(10000),
    /** How many times a turn runs again when another instance saved the same conversation first. */
    STATE_CONFLICT_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  })
  .superRefine((c, ctx) => {
    if (c.MicrosoftAppId && c.MicrosoftAppType !== 'MultiTenant' && !c.MicrosoftAppTenantId) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['MicrosoftAppTenantId'],
        message: `is required when MicrosoftAppType is ${c.MicrosoftAppType}`,
      });
    }
    if (c.MicrosoftAppId && c.MicrosoftAppType !== 'UserAssignedMSI' && !c.MicrosoftAppPassword) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['MicrosoftAppPassword'],
        message: `is required when MicrosoftAppId is set and MicrosoftAppType is ${c.MicrosoftAppType}`,
      });
    }
    if (c.STATE_STORE === 'blobs' && !c.BLOB_CONNECTION_STRING === !c.BLOB_ACCOUNT_URL) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['STATE_STORE'],
        message: 'blobs needs exactly one of BLOB_CONNECTION_STRING or BLOB_ACCOUNT_URL (with a managed identity)',
      });
    }
  });

export type Settings = z.infer<typeof schema>;

export interface Config extends Settings {
  host: string;
  /** No app id: requests are not authenticated (development only). */
  localMode: boolean;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new ConfigError(`Invalid configuration:\n${problems}`);
  }
  const settings = parsed.data;
  const localMode = !settings.MicrosoftAppId;
  return { ...settings, localMode, host: settings.HOST ?? (localMode ? '127.0.0.1' : '0.0.0.0') };
}

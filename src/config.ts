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
    /** Direct Line channel secret; exchanged server-side for per-user tokens, never sent to a browser. */
    DIRECT_LINE_SECRET: optionalText,
    /** Direct Line service base URL (regional endpoints differ, e.g. https://europe.directline.botframework.com). */
    DIRECT_LINE_ENDPOINT: z.string().trim().url().default('https://directline.botframework.com').transform((u) => u.replace(/\/+$/, '')),
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

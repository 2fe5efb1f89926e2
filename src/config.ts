/**
 * Typed settings from the environment, validated once at start so a bad value fails the
 * start-up with a clear message instead of the first conversation.
 */
import { z } from 'zod';
import { isTimeZone, parseDays, parseHours } from './cases/supportHours';

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

/** Every setting the bot reads; the deployment templates are held to this list (test/deploymentTemplates). */
/** A comma-separated setting as its non-empty items; unset is none. */
const commaList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );

/** `USA;UTC;en-US`: a 3-letter country code, a Windows time zone name and a language tag. */
const ticketContact = z
  .string()
  .trim()
  .transform((v) => v.split(';').map((p) => p.trim()))
  .refine(
    (p) => p.length === 3 && /^[A-Z]{3}$/.test(p[0]) && p[1].length > 0 && /^[a-z]{2}(-[A-Z]{2})?$/.test(p[2]),
    'must look like USA;UTC;en-US',
  )
  .transform(([country, timeZone, language]) => ({ country: country, timeZone: timeZone, language: language }));

export const settingsShape = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  /** Where to listen; local mode defaults to loopback so an unauthenticated bot is not exposed. */
  HOST: optionalText,
  /** A connection that sends nothing for this long is closed (slow-loris clients). */
  HTTP_IDLE_TIMEOUT_MS: z.coerce.number().int().min(100).default(15000),
  /** How long SIGTERM waits for turns in flight; the channels give a turn 15 s. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(15000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  /**
   * SingleTenant by default: Azure Bot has not let anyone create a multi-tenant bot since 2025-07-31, so a
   * new bot is SingleTenant or UserAssignedMSI. MultiTenant stays accepted for bots registered before.
   */
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
  MicrosoftAppTenantId: optionalText,
  /** Where channel tokens' signing keys are published; only to point the bot at another cloud or a test issuer. */
  ToBotFromChannelOpenIdMetadataUrl: z.string().url().optional(),
  /** Azure Bot OAuth connection for signing in; unset = no Azure lookup, the person tells the type. */
  OAUTH_CONNECTION_NAME: optionalText,
  /** arm: the connection's token is an ARM token; onBehalfOf: it is exchanged for one (AZURE_OBO_*). */
  AZURE_TOKEN_MODE: z.enum(['arm', 'onBehalfOf']).default('arm'),
  AZURE_OBO_TENANT_ID: optionalText,
  AZURE_OBO_CLIENT_ID: optionalText,
  AZURE_OBO_CLIENT_SECRET: optionalText,
  AZURE_AUTHORITY_HOST: z.string().url().default('https://login.microsoftonline.com'),
  AZURE_ARM_ENDPOINT: z.string().url().default('https://management.azure.com'),
  /** Time for the whole Azure part of a turn; Teams and Direct Line drop a turn after 15 s. */
  AZURE_LOOKUP_BUDGET_MS: z.coerce.number().int().min(500).max(12000).default(5000),
  AZURE_LOOKUP_CACHE_TTL_MS: z.coerce.number().int().min(0).default(120000),
  AZURE_LOOKUP_CACHE_MAX: z.coerce.number().int().min(1).default(1000),
  /** Application Insights (src/telemetry): on when set; the distro reads it at start, this checks its shape. */
  APPLICATIONINSIGHTS_CONNECTION_STRING: optionalText.pipe(
    z
      .string()
      .regex(/(^|;)\s*InstrumentationKey=/i, 'must be an Application Insights connection string (InstrumentationKey=…;IngestionEndpoint=…)')
      .optional(),
  ),
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
  /**
   * Blob store: the container of the cases and their indexes (support channel, card → case, live chats,
   * requester → cases). Its own container, so the state container's lifecycle rule never deletes them.
   * Unset: the state container's name with "-cases".
   */
  BLOB_CASE_CONTAINER: optionalText.pipe(
    z
      .string()
      .regex(/^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/, 'must be 3-63 lower-case letters, digits and single hyphens')
      .optional(),
  ),
  /** Blob store: a call with no answer in this time fails, and the person hears the store is unavailable. */
  STATE_STORE_TIMEOUT_MS: z.coerce.number().int().min(100).max(12000).default(5000),
  /** Memory store: an idle conversation is forgotten after this many minutes. */
  MEMORY_STATE_TTL_MINUTES: z.coerce.number().positive().default(60),
  /** Memory store: at most this many conversations are kept (least recently active go first). */
  MEMORY_STATE_MAX_CONVERSATIONS: z.coerce.number().int().positive().default(10000),
  /** Memory store: at most this many megabytes of state (least recently active conversations go first). */
  MEMORY_STATE_MAX_MB: z.coerce.number().int().positive().default(256),
  /** Memory store: megabytes of cases and their indexes; when full, new cases are refused (none is evicted). */
  CASE_STORE_MAX_MB: z.coerce.number().positive().default(64),
  /** How many times a turn runs again when another instance saved the same conversation first. */
  STATE_CONFLICT_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  /**
   * With authentication on, GET /metrics answers only requests with `Authorization: Bearer <METRICS_TOKEN>`,
   * and is not served at all without it; in local mode it is open, as on the developer's own machine.
   */
  METRICS_TOKEN: optionalText,
  /**
   * Front ends in front of the bot that append the client's address to X-Forwarded-For (App Service: 1);
   * the token endpoints' rate limits key on the address the last of them saw. Unset: 1 on App Service, else 0.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).optional(),
  /** Direct Line channel secret; exchanged server-side for per-user tokens, never sent to a browser. */
  DIRECT_LINE_SECRET: optionalText,
  /** Other sites embedding the chat (comma-separated origins) whose pages may fetch Direct Line tokens. */
  PORTAL_ORIGINS: commaList.pipe(
    z.array(
      z
        .string()
        .url()
        .transform((u) => new URL(u).origin),
    ),
  ),
  /** Direct Line service base URL (regional endpoints differ, e.g. https://europe.directline.botframework.com). */
  DIRECT_LINE_ENDPOINT: z
    .string()
    .trim()
    .url()
    .default('https://directline.botframework.com')
    .transform((u) => u.replace(/\/+$/, '')),
  /** Hand-off (issue 5): the support team's working hours, days and IANA time zone, told to the person with their case. */
  SUPPORT_HOURS: z
    .string()
    .trim()
    .default('09:00-18:00')
    .refine((v) => typeof parseHours(v) !== 'string', 'must look like 09:00-18:00 (closing after opening)'),
  SUPPORT_DAYS: z
    .string()
    .trim()
    .default('Mon-Fri')
    .refine((v) => typeof parseDays(v) !== 'string', 'must be days like Mon-Fri or Mon,Wed,Fri'),
  /** The support team's language: cards, thread lines and the notes relayed to it. */
  SUPPORT_LOCALE: z.enum(['en', 'ja'], { message: 'must be en or ja' }).default('en'),
  SUPPORT_TIME_ZONE: z.string().trim().default('UTC').refine(isTimeZone, 'must be an IANA time zone such as Asia/Tokyo'),
  /**
   * Where cases go, any combination: teams (the support team's channel), handoffProtocol (an agent hub on
   * Direct Line; never on Teams), azureTicket (an Azure support ticket as the signed-in person, offered
   * after the case is saved). Empty: cases are kept, and the person is sent to the portal.
   */
  HANDOFF_DESTINATIONS: commaList.pipe(z.array(z.enum(['teams', 'handoffProtocol', 'azureTicket']))),
  /** Entra object ids (comma-separated) of the people who may register the support channel in Teams. */
  SUPPORT_ADMINS: commaList,
  /** The support channel by configuration instead of the admin command: its conversation id, service URL and tenant. */
  SUPPORT_CHANNEL_ID: optionalText,
  SUPPORT_CHANNEL_SERVICE_URL: optionalText.pipe(z.string().url().optional()),
  SUPPORT_CHANNEL_TENANT_ID: optionalText,
  /**
   * What an Azure support ticket says of a person, by the language they speak, until they type otherwise:
   * `COUNTRY;Windows time zone;language` (the Support API's own fields), shown to them before it is sent.
   */
  TICKET_CONTACT_EN: ticketContact.default('USA;UTC;en-US'),
  TICKET_CONTACT_JA: ticketContact.default('JPN;Tokyo Standard Time;ja-JP'),
  /** Failed deliveries are retried after this, doubling up to the maximum; pending ones resume at start. */
  HANDOFF_RETRY_BASE_MS: z.coerce.number().int().min(1).default(2000),
  HANDOFF_RETRY_MAX_MS: z.coerce.number().int().min(1).default(300000),
  /**
   * New cases one client may open in the window: a web visitor's client is their address (an IPv6 /64 as
   * one), whatever number of Direct Line users it takes; elsewhere the channel's user.
   */
  HANDOFF_CASES_PER_CLIENT: z.coerce.number().int().min(1).default(3),
  HANDOFF_CASES_WINDOW_MINUTES: z.coerce.number().int().min(1).default(60),
  /** New case cards a minute in the support channel over all requesters; the rest are queued. */
  SUPPORT_CARDS_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** How long the hand-off waits for the first delivery before telling the person it is pending. */
  HANDOFF_FIRST_ATTEMPT_MS: z.coerce.number().int().min(0).max(10000).default(4000),
});

const schema = settingsShape.superRefine((c, ctx) => {
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
  if (c.OAUTH_CONNECTION_NAME && !c.MicrosoftAppId) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['OAUTH_CONNECTION_NAME'],
      message: 'needs MicrosoftAppId: the Bot Framework token service serves only registered bots',
    });
  }
  if (c.OAUTH_CONNECTION_NAME && c.AZURE_TOKEN_MODE === 'onBehalfOf') {
    for (const name of ['AZURE_OBO_TENANT_ID', 'AZURE_OBO_CLIENT_ID', 'AZURE_OBO_CLIENT_SECRET'] as const) {
      if (!c[name]) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [name], message: 'is required when AZURE_TOKEN_MODE is onBehalfOf' });
    }
  }
  if (c.HANDOFF_DESTINATIONS.includes('azureTicket') && !c.OAUTH_CONNECTION_NAME) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['HANDOFF_DESTINATIONS'],
      message: 'azureTicket needs OAUTH_CONNECTION_NAME: the ticket is opened as the signed-in person',
    });
  }
  if (c.SUPPORT_CHANNEL_ID && !c.SUPPORT_CHANNEL_SERVICE_URL) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['SUPPORT_CHANNEL_SERVICE_URL'], message: 'is required with SUPPORT_CHANNEL_ID' });
  }
  if (c.SUPPORT_CHANNEL_ID && !c.SUPPORT_CHANNEL_TENANT_ID) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['SUPPORT_CHANNEL_TENANT_ID'],
      message: "is required with SUPPORT_CHANNEL_ID: card actions and thread messages count only from the channel's tenant",
    });
  }
  if (c.STATE_STORE === 'blobs' && !c.BLOB_CONNECTION_STRING === !c.BLOB_ACCOUNT_URL) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['STATE_STORE'],
      message: 'blobs needs exactly one of BLOB_CONNECTION_STRING or BLOB_ACCOUNT_URL (with a managed identity)',
    });
  }
  if (c.STATE_STORE === 'blobs' && caseContainerOf(c) === c.BLOB_CONTAINER) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['BLOB_CASE_CONTAINER'],
      message: "must differ from BLOB_CONTAINER: the state container's retention rule would delete the cases",
    });
  }
  if (c.STATE_STORE === 'blobs' && !/^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/.test(caseContainerOf(c))) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['BLOB_CASE_CONTAINER'],
      message: 'is required when BLOB_CONTAINER is longer than 57 characters (the default adds "-cases")',
    });
  }
});

/** The cases' container: BLOB_CASE_CONTAINER, or the state container's name with "-cases". */
function caseContainerOf(c: { BLOB_CONTAINER: string; BLOB_CASE_CONTAINER?: string | undefined }): string {
  return c.BLOB_CASE_CONTAINER ?? `${c.BLOB_CONTAINER}-cases`;
}

export type Settings = z.infer<typeof schema>;

export interface Config extends Settings {
  host: string;
  /** No app id: requests are not authenticated (development only). */
  localMode: boolean;
  /** TRUSTED_PROXY_HOPS, or what the platform implies. */
  trustedProxyHops: number;
  /** Blob store: the cases' container (BLOB_CASE_CONTAINER or its default). */
  caseContainer: string;
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
  // App Service sets WEBSITE_SITE_NAME, and its front end always appends the client's address.
  const trustedProxyHops = settings.TRUSTED_PROXY_HOPS ?? (env.WEBSITE_SITE_NAME ? 1 : 0);
  return {
    ...settings,
    localMode,
    trustedProxyHops,
    caseContainer: caseContainerOf(settings),
    host: settings.HOST ?? (localMode ? '127.0.0.1' : '0.0.0.0'),
  };
}

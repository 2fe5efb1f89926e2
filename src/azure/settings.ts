/** What the Azure part needs from the configuration; plain data so tests build it directly. */
import type { TlsSettings } from '@azure/core-rest-pipeline';
import type { Config } from '../config';

export type TokenMode = 'arm' | 'onBehalfOf';

export interface OnBehalfOfSettings {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** Entra ID host, e.g. https://login.microsoftonline.com. */
  authorityHost: string;
}

export interface AzureSettings {
  /** ARM endpoint, e.g. https://management.azure.com. */
  armEndpoint: string;
  /** How the person's token becomes an ARM token: already one, or exchanged on behalf of them. */
  tokenMode: TokenMode;
  onBehalfOf?: OnBehalfOfSettings | undefined;
  /** Time for the whole Azure part of one turn; retries and Retry-After waits fit inside it. */
  budgetMs: number;
  /** Retries inside the budget (SDK retry policy) and the first back-off. */
  maxRetries: number;
  retryDelayMs: number;
  cacheTtlMs: number;
  cacheMax: number;
  /** Extra trust (tests: a local server's self-signed certificate). */
  tlsOptions?: TlsSettings | undefined;
}

/** The ARM scope of an endpoint: its origin plus /.default. */
export function armScope(settings: Pick<AzureSettings, 'armEndpoint'>): string {
  return `${new URL(settings.armEndpoint).origin}/.default`;
}

/** The Azure settings of the configuration; undefined when no OAuth connection is configured. */
export function azureSettings(config: Config): AzureSettings | undefined {
  if (!config.OAUTH_CONNECTION_NAME) return undefined;
  return {
    armEndpoint: config.AZURE_ARM_ENDPOINT,
    tokenMode: config.AZURE_TOKEN_MODE,
    onBehalfOf:
      config.AZURE_TOKEN_MODE === 'onBehalfOf'
        ? {
            tenantId: config.AZURE_OBO_TENANT_ID!,
            clientId: config.AZURE_OBO_CLIENT_ID!,
            clientSecret: config.AZURE_OBO_CLIENT_SECRET!,
            authorityHost: config.AZURE_AUTHORITY_HOST,
          }
        : undefined,
    budgetMs: config.AZURE_LOOKUP_BUDGET_MS,
    maxRetries: 2,
    retryDelayMs: 300,
    cacheTtlMs: config.AZURE_LOOKUP_CACHE_TTL_MS,
    cacheMax: config.AZURE_LOOKUP_CACHE_MAX,
  };
}

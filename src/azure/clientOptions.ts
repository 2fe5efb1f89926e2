/** Options shared by every ARM client of one turn: where ARM is, retries bounded by the budget. */
import type { ServiceClientOptions } from '@azure/core-client';
import { budgetPolicy, type Budget } from './budget';
import { armScope, type AzureSettings } from './settings';

export function armClientOptions(settings: AzureSettings, budget: Budget): ServiceClientOptions & { $host: string } {
  return {
    endpoint: settings.armEndpoint,
    $host: settings.armEndpoint,
    credentialScopes: [armScope(settings)],
    retryOptions: { maxRetries: settings.maxRetries, retryDelayInMs: settings.retryDelayMs, maxRetryDelayInMs: settings.budgetMs },
    additionalPolicies: [{ policy: budgetPolicy(budget), position: 'perRetry' }],
    tlsOptions: settings.tlsOptions,
  };
}

/**
 * One Resource Graph query over one subscription, every page of it ($skipToken), through
 * @azure/arm-resourcegraph with the turn's pipeline options (retries and budget).
 */
import type { TokenCredential } from '@azure/core-auth';
import { ResourceGraphClient } from '@azure/arm-resourcegraph';
import type { z } from 'zod';
import type { Budget } from './budget';
import { armClientOptions } from './clientOptions';
import type { AzureSettings } from './settings';
import { MalformedAnswerError } from './subscriptions';

/** Rows per page (the service's largest), and pages per query: the facts read here never need more. */
const PAGE_ROWS = 1000;
const MAX_PAGES = 5;

export function resourceGraphClient(credential: TokenCredential, settings: AzureSettings, budget: Budget): ResourceGraphClient {
  const { endpoint, credentialScopes, retryOptions, additionalPolicies, tlsOptions } = armClientOptions(settings, budget);
  return new ResourceGraphClient(credential, {
    endpoint,
    credentials: { scopes: credentialScopes as string[] },
    retryOptions,
    additionalPolicies,
    tlsOptions,
  });
}

/** Every row the query yields, each checked against the row shape; anything else is a malformed answer. */
export async function queryRows<T extends z.ZodTypeAny>(
  client: ResourceGraphClient,
  budget: Budget,
  subscriptionId: string,
  query: string,
  row: T,
): Promise<z.infer<T>[]> {
  const rows: z.infer<T>[] = [];
  let skipToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await client.resources(
      {
        subscriptions: [subscriptionId],
        query,
        options: { top: PAGE_ROWS, resultFormat: 'objectArray', ...(skipToken ? { skipToken } : {}) },
      },
      { abortSignal: budget.signal },
    );
    if (!Array.isArray(answer.data)) throw new MalformedAnswerError('Resource Graph answer');
    for (const item of answer.data as unknown[]) {
      const parsed = row.safeParse(item);
      if (!parsed.success) throw new MalformedAnswerError('Resource Graph row');
      rows.push(parsed.data as z.infer<T>);
    }
    skipToken = answer.skipToken;
    if (!skipToken) break;
  }
  return rows;
}

/**
 * The subscription's billing property (agreement type, account type, workload type), read
 * through the Azure SDK pipeline: @azure/arm-billing has no client for api-version 2024-04-01.
 */
import type { TokenCredential } from '@azure/core-auth';
import { ServiceClient } from '@azure/core-client';
import { createPipelineRequest } from '@azure/core-rest-pipeline';
import { z } from 'zod';
import type { BillingFacts } from '../policy/quotaIds';
import type { Budget } from './budget';
import { armClientOptions } from './clientOptions';
import type { AzureSettings } from './settings';
import { MalformedAnswerError } from './subscriptions';

const API_VERSION = '2024-04-01';

const billingShape = z.object({
  properties: z.object({
    billingAccountAgreementType: z.string().optional(),
    billingAccountType: z.string().optional(),
    subscriptionWorkloadType: z.string().optional(),
  }),
});

/** The billing facts, or refused: no billing rights is common and not an error. */
export type BillingAnswer = { kind: 'read'; billing: BillingFacts } | { kind: 'refused' };

export async function getBillingProperty(
  credential: TokenCredential,
  settings: AzureSettings,
  budget: Budget,
  subscriptionId: string,
): Promise<BillingAnswer> {
  const options = armClientOptions(settings, budget);
  const client = new ServiceClient({ ...options, credential });
  const url = new URL(
    `/subscriptions/${encodeURIComponent(subscriptionId)}/providers/Microsoft.Billing/billingProperty/default`,
    settings.armEndpoint,
  );
  url.searchParams.set('api-version', API_VERSION);
  const response = await client.sendRequest(createPipelineRequest({ url: url.toString(), method: 'GET', abortSignal: budget.signal }));
  if (response.status === 401 || response.status === 403 || response.status === 404) return { kind: 'refused' };
  if (response.status !== 200) throw new MalformedAnswerError(`billing status ${response.status}`);
  let body: unknown;
  try {
    body = JSON.parse(response.bodyAsText ?? '');
  } catch {
    throw new MalformedAnswerError('billing body');
  }
  const parsed = billingShape.safeParse(body);
  if (!parsed.success) throw new MalformedAnswerError('billing body');
  return { kind: 'read', billing: parsed.data.properties };
}

/**
 * The network facts of one subscription, read with Azure Resource Graph as the signed-in person,
 * inside one turn's time budget. Each fact family is its own query and fails on its own; nothing is
 * remembered, so one person never sees what another's identity could read.
 */
import type { ResourceGraphClient } from '@azure/arm-resourcegraph';
import type { Logger } from '../logger';
import type { NetworkFacts, NetworkFailure, NetworkFamily, NetworkRequest } from '../triage';
import { startBudget, type Budget } from './budget';
import { classify } from './classify';
import { armCredential } from './credential';
import { shortId } from './lookup';
import {
  DELEGATED_SUBNETS,
  ENVIRONMENT,
  delegatedRow,
  delegatedVnets,
  egress,
  egressRow,
  environment,
  environmentRow,
  findQuery,
  firewallAddresses,
  found,
  foundRow,
  isResourceName,
  scaleSetEgressQuery,
  siteNetwork,
  siteQuery,
  siteRow,
  vmEgressQuery,
} from './networkQueries';
import { queryRows, resourceGraphClient } from './resourceGraph';
import type { AzureSettings } from './settings';
import type { UserToken } from './subscriptionLookup';

export type { NetworkRequest };

export interface NetworkLookup {
  read(user: UserToken, request: NetworkRequest): Promise<NetworkFacts>;
}

function failureOf(error: unknown, budget: Budget): NetworkFailure {
  const failure = classify(error, budget);
  if (failure.kind === 'notFoundOrForbidden') return 'forbidden';
  if (failure.reason === 'timeout' || failure.reason === 'throttled' || failure.reason === 'malformed') return failure.reason;
  return failure.reason === 'unauthorized' ? 'forbidden' : 'unavailable';
}

export class AzureNetworkLookup implements NetworkLookup {
  constructor(
    private readonly settings: AzureSettings,
    private readonly logger: Logger,
  ) {}

  async read(user: UserToken, request: NetworkRequest): Promise<NetworkFacts> {
    const { subscriptionId } = request;
    const budget = startBudget(this.settings.budgetMs);
    const started = Date.now();
    const facts: NetworkFacts = { subscriptionId, failed: [] };
    const families = new Set(request.families);
    const target = request.target;
    // A name that is not a resource name is never sent: the person is asked instead.
    if (target && !target.resourceId && !(target.name && isResourceName(target.name))) families.delete('target');
    let client: ResourceGraphClient;
    try {
      client = resourceGraphClient(await armCredential(user, this.settings, budget), this.settings, budget);
    } catch (error) {
      const reason = failureOf(error, budget);
      facts.failed = [...families].map((family) => ({ family, reason }));
      this.log(request, facts, started);
      return facts;
    }
    const run = async (family: NetworkFamily, read: () => Promise<void>): Promise<void> => {
      if (!families.has(family)) return;
      try {
        await read();
      } catch (error) {
        facts.failed.push({ family, reason: failureOf(error, budget) });
        this.logFailure(error);
      }
    };
    // The firewalls' addresses name the firewall a route goes to, so the route waits for the environment.
    let firewalls = new Map<string, string>();
    const environmentRead = run('environment', async () => {
      const rows = await queryRows(client, budget, subscriptionId, ENVIRONMENT, environmentRow);
      facts.environment = environment(rows);
      firewalls = firewallAddresses(rows);
    });
    await Promise.all([
      run('delegatedSubnets', async () => {
        facts.delegated = delegatedVnets(await queryRows(client, budget, subscriptionId, DELEGATED_SUBNETS, delegatedRow));
      }),
      environmentRead,
      run('target', async () => {
        const matches = await queryRows(client, budget, subscriptionId, findQuery(target!), foundRow);
        // Two resources of that name (in two resource groups): which one is meant is asked, not guessed.
        const resource = matches.length === 1 ? found(matches[0]) : undefined;
        facts.found = resource ?? null;
        if (!resource) return;
        if (resource.resource === 'virtualMachine' || resource.resource === 'vmScaleSet') {
          const query = resource.resource === 'virtualMachine' ? vmEgressQuery(resource.id) : scaleSetEgressQuery(resource.id);
          const rows = await queryRows(client, budget, subscriptionId, query, egressRow);
          await environmentRead;
          facts.egress = rows.map((row) => egress(row, firewalls));
        } else if (resource.resource === 'appService' || resource.resource === 'functions') {
          const [row] = await queryRows(client, budget, subscriptionId, siteQuery(resource.id), siteRow);
          await environmentRead;
          if (row) facts.site = siteNetwork(row, facts.environment?.aseV3);
        }
      }),
    ]);
    this.log(request, facts, started);
    return facts;
  }

  private log(request: NetworkRequest, facts: NetworkFacts, started: number): void {
    this.logger.info(
      {
        azure: 'network',
        subscription: shortId(request.subscriptionId),
        families: request.families,
        failed: facts.failed,
        ms: Date.now() - started,
      },
      'read network facts',
    );
  }

  /** Names and status codes only: SDK error messages can quote requests. */
  private logFailure(error: unknown): void {
    const { name, code, statusCode } = (error ?? {}) as { name?: string; code?: string; statusCode?: number };
    this.logger.debug({ azureError: { name, code, statusCode } }, 'Resource Graph query failed');
  }
}

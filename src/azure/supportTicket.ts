/**
 * An Azure support ticket through the Microsoft.Support API (2024-04-01), as the signed-in person.
 * Written on the Azure SDK pipeline (@azure/core-client) rather than @azure/arm-support: the registry
 * holds only its 2.1.0, and this needs four calls. The service and problem classification are looked
 * up by display name every time (Microsoft publishes no fixed ids), the ticket name is derived from
 * the case number and checked first, so a retry never opens a second ticket.
 */
import type { TokenCredential } from '@azure/core-auth';
import { ServiceClient } from '@azure/core-client';
import { createHttpHeaders, createPipelineRequest, RestError, type PipelineResponse } from '@azure/core-rest-pipeline';
import type { UserToken } from './subscriptionLookup';
import { startBudget, type Budget } from './budget';
import { armCredential } from './credential';
import { armClientOptions } from './clientOptions';
import type { AzureSettings } from './settings';

const API_VERSION = '2024-04-01';
export const TICKET_SERVICE = 'Virtual Network';
export const TICKET_PROBLEM = 'Cannot send email (SMTP/Port 25)';

export type Severity = 'minimal' | 'moderate' | 'critical';

export interface TicketRequest {
  subscriptionId: string;
  /** The case number: the ticket's name is made from it. */
  caseNumber: string;
  title: string;
  description: string;
  severity: Severity;
  contact: { firstName: string; lastName: string; email: string; country: string; timeZone: string; language: string };
  diagnosticsConsent: boolean;
}

export type TicketOutcome =
  | { kind: 'created'; ticketName: string; supportTicketId?: string }
  /** The name was taken: this case's ticket exists already (an earlier try). */
  | { kind: 'exists'; ticketName: string }
  /** 401/403, or Azure's refusal for a subscription without a support plan. */
  | { kind: 'refused'; code: string }
  | { kind: 'classificationNotFound' }
  | { kind: 'unavailable' };

interface Named {
  id: string;
  properties?: { displayName?: string };
}

/** Display names compared without case, spacing, and "/" versus "-" (the portal writes "SMTP-Port 25"). */
const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s/\-–]+/g, ' ')
    .trim();

function find(items: Named[], displayName: string): Named | undefined {
  const wanted = comparable(displayName);
  // A problem classification may be shown under its group ("Connectivity / Cannot send email …").
  return items.find((i) => comparable(i.properties?.displayName ?? '').endsWith(wanted));
}

export function ticketName(caseNumber: string): string {
  return `port25-${caseNumber.toLowerCase()}`;
}

export async function createSupportTicket(
  credential: TokenCredential,
  settings: AzureSettings,
  budget: Budget,
  request: TicketRequest,
): Promise<TicketOutcome> {
  const client = new ServiceClient({ ...armClientOptions(settings, budget), credential });
  const base = settings.armEndpoint.replace(/\/+$/, '');
  const call = async (method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<PipelineResponse> =>
    client.sendRequest(
      createPipelineRequest({
        url: `${base}${path}${path.includes('?') ? '&' : '?'}api-version=${API_VERSION}`,
        method,
        abortSignal: budget.signal,
        ...(body === undefined ? {} : { body: JSON.stringify(body), headers: createHttpHeaders({ 'content-type': 'application/json' }) }),
      }),
    );
  try {
    const services = json(await call('GET', '/providers/Microsoft.Support/services')) as { value?: Named[] };
    const service = find(services.value ?? [], TICKET_SERVICE);
    if (!service) return { kind: 'classificationNotFound' };
    const problems = json(await call('GET', `${service.id}/problemClassifications`)) as { value?: Named[] };
    const problem = find(problems.value ?? [], TICKET_PROBLEM);
    if (!problem) return { kind: 'classificationNotFound' };

    const name = ticketName(request.caseNumber);
    const scope = `/subscriptions/${encodeURIComponent(request.subscriptionId)}/providers/Microsoft.Support`;
    const availability = json(await call('POST', `${scope}/checkNameAvailability`, { name, type: 'Microsoft.Support/supportTickets' })) as {
      nameAvailable?: boolean;
    };
    if (availability.nameAvailable === false) return { kind: 'exists', ticketName: name };

    const { contact } = request;
    const created = json(
      await call('PUT', `${scope}/supportTickets/${name}`, {
        properties: {
          title: request.title,
          description: request.description,
          serviceId: service.id,
          problemClassificationId: problem.id,
          severity: request.severity,
          advancedDiagnosticConsent: request.diagnosticsConsent ? 'Yes' : 'No',
          contactDetails: {
            firstName: contact.firstName,
            lastName: contact.lastName,
            primaryEmailAddress: contact.email,
            preferredContactMethod: 'email',
            preferredTimeZone: contact.timeZone,
            country: contact.country,
            preferredSupportLanguage: contact.language,
          },
        },
      }),
    ) as { properties?: { supportTicketId?: string } };
    const supportTicketId = created.properties?.supportTicketId;
    return { kind: 'created', ticketName: name, ...(supportTicketId ? { supportTicketId } : {}) };
  } catch (err) {
    if (err instanceof RestError && (err.statusCode === 401 || err.statusCode === 403)) return { kind: 'refused', code: errorCode(err) };
    // Azure answers 400 for a subscription whose support plan cannot open technical tickets.
    if (err instanceof RestError && err.statusCode === 400 && /plan|eligib|notallowed/i.test(errorCode(err)))
      return { kind: 'refused', code: errorCode(err) };
    return { kind: 'unavailable' };
  }
}

function errorCode(err: RestError): string {
  const body = err.response?.bodyAsText;
  try {
    return (JSON.parse(body ?? '{}') as { error?: { code?: string } }).error?.code ?? String(err.statusCode);
  } catch {
    return String(err.statusCode);
  }
}

/** The body of a 2xx answer; any other status is a RestError, as the generated clients throw. */
function json(response: PipelineResponse): unknown {
  if (response.status < 200 || response.status >= 300) {
    throw new RestError(`Microsoft.Support answered ${String(response.status)}`, { statusCode: response.status, response });
  }
  return JSON.parse(response.bodyAsText ?? '{}');
}

/** The ticket as the person: their ARM credential (exchanged if configured) and one time budget. */
export async function openTicketAs(user: UserToken, settings: AzureSettings, request: TicketRequest): Promise<TicketOutcome> {
  const budget = startBudget(settings.budgetMs);
  try {
    return await createSupportTicket(await armCredential(user, settings, budget), settings, budget, request);
  } catch {
    // The token exchange failed or the budget ran out: the person files in the portal instead.
    return { kind: 'unavailable' };
  }
}

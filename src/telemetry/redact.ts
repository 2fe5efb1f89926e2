/**
 * Requests and dependencies go to Application Insights with their URLs, which carry ids: Bot Connector
 * conversation and activity ids, ARM subscription ids, blob names made from conversation ids, SAS
 * signatures in query strings. This span processor rewrites them as spans start, before any exporter sees them.
 */
import type { Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';

/** Path segments after these name one item of the collection. */
const COLLECTIONS = new Set([
  'conversations',
  'activities',
  'members',
  'users',
  'subscriptions',
  'resourcegroups',
  'tenants',
  'attachments',
  'tokens',
  'supporttickets',
  'billingaccounts',
]);
const ID_LIKE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|[:@%]|^(?=.*\d)[\w-]{12,}$|^.{33,}$/i;
const BLOB_HOST = /\.blob\.core\.windows\.net$/i;

/** The path with every id-like segment as :id, blob names as :blob; no query string, no fragment. */
export function redactPath(path: string, host = ''): string {
  const [pathOnly] = path.split(/[?#]/, 1);
  const segments = pathOnly.split('/');
  // Blob paths are /container/blob (or /account/container/blob on the emulator): only the container says anything.
  const blobFrom = BLOB_HOST.test(host) ? 2 : /^devstoreaccount1$/.test(segments[1] ?? '') ? 3 : Infinity;
  return segments
    .map((segment, i) => {
      if (i >= blobFrom) return i === blobFrom ? ':blob' : undefined;
      if (blobFrom === 3 && i === 1) return segment;
      if (i > 0 && COLLECTIONS.has(segments[i - 1].toLowerCase()) && segment) return ':id';
      return ID_LIKE.test(segment) ? ':id' : segment;
    })
    .filter((s) => s !== undefined)
    .join('/');
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${redactPath(parsed.pathname, parsed.hostname)}`;
  } catch {
    return redactPath(url);
  }
}

const URL_ATTRIBUTES = ['http.url', 'url.full'];
const PATH_ATTRIBUTES = ['http.target', 'url.path'];
/** Who called: not needed to see how the bot does, and personal. */
const DROPPED = [
  'url.query',
  'client.address',
  'http.client_ip',
  'network.peer.address',
  'net.sock.peer.addr',
  'user_agent.original',
  'http.user_agent',
];

export class RedactingSpanProcessor implements SpanProcessor {
  onStart(span: Span): void {
    const attributes = span.attributes;
    const host = String(attributes['server.address'] ?? attributes['net.peer.name'] ?? attributes['http.host'] ?? '');
    for (const key of URL_ATTRIBUTES) if (typeof attributes[key] === 'string') span.setAttribute(key, redactUrl(attributes[key]));
    for (const key of PATH_ATTRIBUTES) if (typeof attributes[key] === 'string') span.setAttribute(key, redactPath(attributes[key], host));
    for (const key of DROPPED) if (key in attributes) span.setAttribute(key, '');
    span.updateName(redactPath(span.name, host));
  }
  onEnd(): void {
    // Attributes set after start (a route, a status) carry no ids: URLs are only set at start.
  }
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

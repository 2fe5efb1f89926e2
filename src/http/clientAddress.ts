/**
 * The address of the client a request came from. Behind a front end (App Service's, a gateway) the socket
 * is the front end's, shared by every visitor; the front end appends the address it saw to
 * X-Forwarded-For. Only entries appended by trusted hops are believed: the last `trustedHops` entries,
 * counted from the right, since anything to their left the client may have written itself.
 */
import type { IncomingMessage } from 'node:http';
import ipaddr from 'ipaddr.js';

/** "203.0.113.5:51234" → "203.0.113.5"; "[2001:db8::1]:51234" → "2001:db8::1"; a bare address unchanged. */
function withoutPort(entry: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed) return bracketed[1];
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(entry);
  return v4 ? v4[1] : entry;
}

export function clientAddress(req: IncomingMessage, trustedHops: number): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  if (trustedHops <= 0) return socket;
  const header = req.headers['x-forwarded-for'];
  const entries = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  // Fewer entries than trusted hops: the request did not come through them all, and its header is the client's own.
  if (entries.length < trustedHops) return socket;
  return withoutPort(entries[entries.length - trustedHops]);
}

/**
 * What a per-client limit counts: an IPv4 address as it is (an IPv4-mapped IPv6 one too), an IPv6
 * address by its /64, since a subscriber is usually given a whole /64: rotating through it must not make
 * one client many. Anything that is not an address (a socket with none) counts as itself.
 */
export function clientKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const ip = ipaddr.process(address);
  if (ip.kind() === 'ipv4') return ip.toString();
  const prefix = (ip as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...prefix, 0, 0, 0, 0]).toString()}/64`;
}

const keys = new WeakMap<IncomingMessage, string>();

/** A request's client key, worked out once per request: a throttle and the route behind it ask for the same one. */
export function clientKeyOf(req: IncomingMessage, trustedHops: number): string {
  let key = keys.get(req);
  if (key === undefined) {
    key = clientKey(clientAddress(req, trustedHops));
    keys.set(req, key);
  }
  return key;
}

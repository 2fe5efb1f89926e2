/**
 * Refused requests (bad token, wrong body, too many tokens) logged as one JSON line per kind and time
 * window, with how many were refused since the last line: a flood of bad requests cannot flood the log.
 */
import type { Logger } from '../logger';

export type RefusalLog = (kind: string, fields?: Record<string, unknown>) => void;

export function sampledRefusals(logger: Logger, windowMs = 10_000, clock: () => number = Date.now): RefusalLog {
  // Kinds are a fixed set named in the code, so this map stays small.
  const windows = new Map<string, { since: number; refused: number }>();
  return (kind, fields = {}) => {
    const now = clock();
    const window = windows.get(kind);
    if (window && now - window.since < windowMs) {
      window.refused += 1;
      return;
    }
    windows.set(kind, { since: now, refused: 0 });
    logger.warn({ refused: kind, ...fields, ...(window?.refused ? { alsoRefusedSinceLastLine: window.refused } : {}) }, 'request refused');
  };
}

/**
 * The Bot Framework SDK prints to the console when it refuses a token (the error with its stack, and for
 * some the signing key): several raw lines per bad request, outside the JSON log. In the running bot the
 * console's error and warning output goes to the log instead, sampled, first line only.
 */
export function consoleToLog(refused: RefusalLog): void {
  const firstLine = (args: unknown[]) => {
    const first: unknown = args[0];
    const text = first instanceof Error ? `${first.name}: ${first.message}` : String(first);
    return text.split('\n')[0].slice(0, 200);
  };
  console.error = (...args: unknown[]) => {
    refused('library error output', { first: firstLine(args) });
  };
  console.warn = (...args: unknown[]) => {
    refused('library warning output', { first: firstLine(args) });
  };
}

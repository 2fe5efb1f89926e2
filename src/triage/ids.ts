/** Subscription ids as people paste them: bare, in braces, or inside a resource id; linear scans only. */
import { ALL_TABLES } from './tables';
import { fold } from './text';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Runs of letters, digits, dashes and braces: where ids stand. */
function idRuns(folded: string): string[] {
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const ch = folded[i];
    const inRun = ch !== undefined && /[0-9a-z{}-]/.test(ch);
    if (inRun && start < 0) start = i;
    if (!inRun && start >= 0) {
      runs.push(folded.slice(start, i));
      start = -1;
    }
  }
  return runs;
}

/** A token meant as an id: has a digit, three dashes, and nearly all its letters hexadecimal ("pay-as-you-go" is not). */
function looksLikeId(run: string): boolean {
  let dashes = 0;
  let alnum = 0;
  let hex = 0;
  let digit = false;
  for (const ch of run) {
    if (ch === '-') dashes++;
    else if (/[0-9a-z]/.test(ch)) {
      alnum++;
      if (/[0-9a-f]/.test(ch)) hex++;
      if (/[0-9]/.test(ch)) digit = true;
    }
  }
  const hexLetter = /[a-f]/.test(run);
  const shaped = dashes >= 3 || (dashes === 2 && hexLetter && run.length >= 12) || (dashes === 0 && run.length >= 30);
  return shaped && digit && hex >= alnum * 0.75;
}

const OTHER_IDS = ALL_TABLES.flatMap((t) => t.otherIds).map(fold);

/** "tenant id 72f9…", 「相関 ID: 5c1a…」: a GUID named as another kind of id, just before it. */
function namedAsOtherId(folded: string, at: number): boolean {
  const before = folded.slice(Math.max(0, at - 24), at);
  return OTHER_IDS.some((w) => before.includes(w));
}

export type SubscriptionIdInput = { valid: true; id: string } | { valid: false; text: string };

/** A subscription id in a message: bare, in braces, or inside a resource id; undefined when none was meant. */
export function findSubscriptionId(text: string): SubscriptionIdInput | undefined {
  const folded = fold(text);
  const marker = '/subscriptions/';
  const at = folded.indexOf(marker);
  const runs = idRuns(folded);
  const inPath = at >= 0 ? idRuns(folded.slice(at + marker.length))[0] : undefined;
  const candidate = inPath ?? runs.find(looksLikeId);
  if (!candidate) return undefined;
  if (!inPath && namedAsOtherId(folded, folded.indexOf(candidate))) return undefined;
  const bare = candidate.replace(/^[{]/, '').replace(/[}]$/, '');
  return GUID.test(bare) ? { valid: true, id: bare } : { valid: false, text: candidate.slice(0, 64) };
}

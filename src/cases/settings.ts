/** The hand-off's settings, read from the validated config, and the case store on the configured storage. */
import type { Config } from '../config';
import type { Logger } from '../logger';
import { blobName, moveBlobs } from '../storage/blobStateStorage';
import { BoundedMemoryStorage } from '../storage/boundedMemoryStorage';
import { containerClient, openBlobStorage } from '../storage/createStateStorage';
import { CASE_KEY_PREFIXES, CaseStore } from './caseStore';
import { parseDays, parseHours, type SupportHours } from './supportHours';

export function supportHoursFrom(config: Config): SupportHours {
  // Both were validated by the config schema.
  const [opensAt, closesAt] = parseHours(config.SUPPORT_HOURS) as [number, number];
  return { opensAt, closesAt, days: parseDays(config.SUPPORT_DAYS) as SupportHours['days'], timeZone: config.SUPPORT_TIME_ZONE };
}

/**
 * Blobs: cases and their indexes live in a container of their own (BLOB_CASE_CONTAINER), outside the
 * state container's lifecycle rule, which deletes blobs some days after their last change: a case, the
 * card and live-chat indexes and the support channel's registration must last as long as the case does.
 * What an earlier version kept in the state container is moved over first.
 * Memory: a store of their own, because conversations there are forgotten after an idle hour and a case
 * must outlive its conversation (three weeks idle at most: Node timers, which expire the items, cannot
 * wait longer than 24.8 days).
 */
export async function openCaseStore(config: Config, logger?: Logger): Promise<CaseStore> {
  if (config.STATE_STORE !== 'blobs') {
    // Full: new cases are refused (the person is told, /metrics counts it); no stored case is evicted.
    const storage = new BoundedMemoryStorage({
      maxItems: 100_000,
      maxBytes: config.CASE_STORE_MAX_MB * 1024 * 1024,
      ttlMs: 21 * 24 * 3_600_000,
      whenFull: 'refuse',
    });
    return new CaseStore(storage);
  }
  const cases = containerClient(config, config.caseContainer);
  const storage = await openBlobStorage(config, cases);
  const moved = await moveBlobs(
    containerClient(config, config.BLOB_CONTAINER),
    cases,
    CASE_KEY_PREFIXES.map((p) => blobName(p)),
  );
  if (moved > 0) logger?.info({ moved, to: config.caseContainer }, 'case items moved out of the state container');
  return new CaseStore(storage);
}

/** The hand-off's settings, read from the validated config, and the case store on the configured storage. */
import type { Config } from '../config';
import { BoundedMemoryStorage } from '../storage/boundedMemoryStorage';
import type { VersionedStorage } from '../storage/versionedStorage';
import { CaseStore } from './caseStore';
import { parseDays, parseHours, type SupportHours } from './supportHours';

export function supportHoursFrom(config: Config): SupportHours {
  // Both were validated by the config schema.
  const [opensAt, closesAt] = parseHours(config.SUPPORT_HOURS) as [number, number];
  return { opensAt, closesAt, days: parseDays(config.SUPPORT_DAYS) as SupportHours['days'], timeZone: config.SUPPORT_TIME_ZONE };
}

/**
 * Blobs: cases live in the state container, under keys of their own. Memory: a store of their own,
 * because conversations there are forgotten after an idle hour and a case must outlive its conversation
 * (three weeks idle at most: Node timers, which expire the items, cannot wait longer than 24.8 days).
 */
export function createCaseStore(config: Config, stateStorage: VersionedStorage): CaseStore {
  if (config.STATE_STORE === 'blobs') return new CaseStore(stateStorage);
  return new CaseStore(new BoundedMemoryStorage({ maxItems: 100_000, ttlMs: 21 * 24 * 3_600_000 }));
}

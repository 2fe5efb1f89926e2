import { apply, CaseTransitionError, isOpen, newCaseNumber, type SupportCase } from '../../src/cases/case';
import { CaseStore } from '../../src/cases/caseStore';
import { formatWhen, isWithin, nextOpening, parseDays, parseHours, type SupportHours } from '../../src/cases/supportHours';
import { BoundedMemoryStorage } from '../../src/storage/boundedMemoryStorage';

const NOW = new Date('2026-11-30T01:00:00Z');

function draft(number: string, userKey = 'test:user'): SupportCase {
  return {
    number,
    status: 'open',
    locale: 'en',
    createdAt: NOW.toISOString(),
    answers: { clarified: {} },
    supportCanLift: true,
    category: ['Technical', 'Virtual Network', 'Cannot send email (SMTP/Port 25)'],
    requester: { userKey, channelId: 'test', reference: {} },
    history: [{ at: NOW.toISOString(), status: 'open' }],
    revision: 0,
    outbox: [],
  };
}

describe('case numbers', () => {
  it('are SMTP- and five characters nobody misreads (no I, L, O, U), drawn at random', () => {
    for (let i = 0; i < 200; i++) expect(newCaseNumber()).toMatch(/^SMTP-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(newCaseNumber(() => 0)).toBe('SMTP-00000');
  });
});

describe('the case lifecycle', () => {
  it('goes open → assigned → resolved → reopened → assigned, recording who and when, and is rated only when resolved', () => {
    let c = apply(draft('SMTP-7K3QX'), { kind: 'assign', by: 'Aiko' }, NOW);
    expect(c).toMatchObject({ status: 'assigned', assignee: { name: 'Aiko' } });
    expect(() => apply(c, { kind: 'rate', rating: 5 }, NOW)).toThrow(CaseTransitionError);
    c = apply(c, { kind: 'resolve', by: 'Aiko' }, NOW);
    expect(isOpen(c)).toBe(false);
    expect(() => apply(c, { kind: 'resolve', by: 'Aiko' }, NOW)).toThrow('A case that is resolved cannot be resolved.');
    expect(() => apply(c, { kind: 'rate', rating: 6 }, NOW)).toThrow(RangeError);
    c = apply(c, { kind: 'rate', rating: 4 }, NOW);
    expect(c.rating).toBe(4);
    c = apply(c, { kind: 'reopen', by: 'Ben' }, NOW);
    expect(c).toMatchObject({ status: 'reopened', rating: undefined });
    c = apply(c, { kind: 'assign', by: 'Ben' }, NOW);
    expect(c.history.map((h) => `${h.status}${h.by ? ` by ${h.by}` : ''}`)).toEqual([
      'open',
      'assigned by Aiko',
      'resolved by Aiko',
      'reopened by Ben',
      'assigned by Ben',
    ]);
  });
});

describe('support hours', () => {
  const tokyo: SupportHours = { opensAt: 540, closesAt: 1080, days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], timeZone: 'Asia/Tokyo' };
  const newYork: SupportHours = { ...tokyo, timeZone: 'America/New_York' };

  it('reads settings and refuses bad ones with the reason', () => {
    expect(parseHours('09:00-18:00')).toEqual([540, 1080]);
    expect(parseHours('18:00-09:00')).toBe('must close after it opens, on the same day');
    expect(parseHours('9am-6pm')).toBe('must look like 09:00-18:00');
    expect(parseDays('Mon-Fri')).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']);
    expect(parseDays('sat,sun')).toEqual(['Sun', 'Sat']);
    expect(parseDays('Fri-Mon')).toEqual(['Sun', 'Mon', 'Fri', 'Sat']);
    expect(parseDays('Mon-Frj')).toBe('must be days like Mon-Fri or Mon,Wed,Fri');
  });

  it('knows when the team works in its own time zone, and when it opens next', () => {
    expect(isWithin(tokyo, new Date('2026-11-30T00:00:00Z'))).toBe(true); // Monday 09:00 in Tokyo
    expect(isWithin(tokyo, new Date('2026-11-29T23:59:00Z'))).toBe(false); // Monday 08:59
    expect(nextOpening(tokyo, new Date('2026-11-27T09:00:00Z'))).toEqual(new Date('2026-11-30T00:00:00Z')); // Friday 18:00 → Monday
    expect(nextOpening(tokyo, new Date('2026-11-30T03:00:00Z'))).toEqual(new Date('2026-11-30T03:00:00Z')); // open now
    expect(nextOpening({ ...tokyo, opensAt: 547 }, new Date('2026-11-29T12:00:00Z'))).toEqual(new Date('2026-11-30T00:07:00Z'));
    expect(nextOpening({ ...tokyo, days: [] }, NOW)).toBeUndefined();
  });

  it('follows daylight saving time (New York on 9 March 2026 opens at 13:00 UTC, a week earlier at 14:00)', () => {
    expect(nextOpening(newYork, new Date('2026-03-07T12:00:00Z'))).toEqual(new Date('2026-03-09T13:00:00Z'));
    expect(nextOpening(newYork, new Date('2026-02-28T12:00:00Z'))).toEqual(new Date('2026-03-02T14:00:00Z'));
    expect(formatWhen(newYork, new Date('2026-03-09T13:00:00Z'), 'en')).toBe('Monday, March 9, 2026 at 09:00');
    expect(formatWhen(tokyo, new Date('2026-11-30T00:00:00Z'), 'ja')).toBe('2026年11月30日(月) 9:00');
  });
});

describe('the case store', () => {
  it("saves a case once however often the same turn saves it, and lists only the requester's open cases", async () => {
    const store = new CaseStore(new BoundedMemoryStorage({ maxItems: 100, ttlMs: 60_000 }));
    await store.create(draft('SMTP-AAAAA'));
    await store.create(draft('SMTP-AAAAA'));
    await store.create(draft('SMTP-BBBBB'));
    await store.create(draft('SMTP-CCCCC', 'test:someone-else'));
    await expect(store.create(draft('SMTP-CCCCC'))).rejects.toThrow('taken by another requester');
    await store.apply('SMTP-BBBBB', { kind: 'resolve', by: 'Aiko' }, NOW);
    expect((await store.openCasesOf('test:user')).map((c) => c.number)).toEqual(['SMTP-AAAAA']);
  });

  it('keeps both of two changes made at once through two stores (instances) on the same storage', async () => {
    const storage = new BoundedMemoryStorage({ maxItems: 100, ttlMs: 60_000 });
    const [a, b] = [new CaseStore(storage), new CaseStore(storage)];
    await Promise.all([a.create(draft('SMTP-AAAAA')), b.create(draft('SMTP-BBBBB'))]);
    expect((await a.openCasesOf('test:user')).map((c) => c.number).sort()).toEqual(['SMTP-AAAAA', 'SMTP-BBBBB']);
    await Promise.all([
      a.update('SMTP-AAAAA', (c) => ({ ...c, description: 'first' })),
      b.update('SMTP-AAAAA', (c) => ({ ...c, rating: 3, status: 'resolved' })),
    ]);
    expect(await a.get('SMTP-AAAAA')).toMatchObject({ description: 'first', rating: 3 });
  });
});

/**
 * The hooks that the process test cannot reach without a Teams support channel: a rating given on a
 * resolved case, and hand-offs by destination, through a real OpenTelemetry logger provider.
 */
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { TestAdapter, TurnContext } from 'botbuilder';
import type { SupportCase } from '../../src/cases/case';
import { CaseStore } from '../../src/cases/caseStore';
import { BoundedMemoryStorage } from '../../src/storage/boundedMemoryStorage';
import { telemetryOn } from '../../src/telemetry';
import type { Delivery } from '../../src/handoff/handoffOptions';

const NOW = new Date('2026-11-30T01:00:00Z');
const exporter = new InMemoryLogRecordExporter();
const provider = new LoggerProvider({ processors: [new SimpleLogRecordProcessor({ exporter })] });
const telemetry = telemetryOn(provider.getLogger('test'), () => provider.shutdown());

afterEach(() => {
  exporter.reset();
});
afterAll(() => telemetry.stop());

const events = () => exporter.getFinishedLogRecords().map((r) => r.attributes);

function draft(number: string): SupportCase {
  return {
    number,
    status: 'open',
    locale: 'en',
    createdAt: NOW.toISOString(),
    answers: { clarified: {} },
    supportCanLift: true,
    category: ['Technical', 'Virtual Network', 'Cannot send email (SMTP/Port 25)'],
    requester: { userKey: 'test:user-4d2e8b91', channelId: 'test', reference: {} },
    history: [{ at: NOW.toISOString(), status: 'open' }],
    revision: 0,
    outbox: [],
  };
}

it('a rating becomes case_ratings_total with the rating only; other case changes send nothing', async () => {
  const store = telemetry.observeCases(new CaseStore(new BoundedMemoryStorage({ maxItems: 10, ttlMs: 60_000 })));
  await store.create(draft('SMTP-AAAAA'));
  await store.apply('SMTP-AAAAA', { kind: 'resolve', by: 'Aiko' }, NOW);
  expect(events()).toEqual([]);
  await store.apply('SMTP-AAAAA', { kind: 'rate', rating: 4 }, NOW);
  expect(events()).toEqual([{ 'microsoft.custom_event.name': 'case_ratings_total', rating: '4' }]);
  // A refused rating (out of range) is not counted.
  await expect(store.apply('SMTP-AAAAA', { kind: 'rate', rating: 9 }, NOW)).rejects.toThrow(RangeError);
  expect(events()).toHaveLength(1);
});

it.each<Delivery>([
  { destination: 'teams', outcome: 'delivered' },
  { destination: 'teams', outcome: 'pending' },
  { destination: 'handoffProtocol', outcome: 'handedOff' },
  { destination: 'none', outcome: 'none' },
])('a hand-off to $destination that ends $outcome is counted under that destination and outcome', async (delivery) => {
  const options = telemetry.observeHandoff({
    store: undefined as never,
    hours: undefined as never,
    deliver: () => Promise.resolve(delivery),
  });
  await expect(options.deliver!(draft('SMTP-BBBBB'), new TurnContext(new TestAdapter(), { type: 'message' }))).resolves.toBe(delivery);
  const { destination, outcome: result } = delivery;
  expect(events()).toEqual([{ 'microsoft.custom_event.name': 'handoff_deliveries_total', destination, result }]);
});

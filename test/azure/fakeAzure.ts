/** The local fake ARM (./fakeArm) for jest: one server per test file, its routes reset before each test. */
import { startFakeAzure, type FakeAzure } from './fakeArm';

export * from './fakeArm';

/** One fake for a test file, started before its tests and closed after; routes and history reset before each test. */
export function useFakeAzure(): FakeAzure {
  const fake = {} as FakeAzure;
  beforeAll(async () => {
    Object.assign(fake, await startFakeAzure());
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.reset();
  });
  return fake;
}

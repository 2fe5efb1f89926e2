import { BoundedDedupeStorage } from '../../src/storage/boundedDedupeStorage';

/** As TeamsSSOTokenExchangeMiddleware writes it: one key per exchange, the exchange id as the eTag. */
const exchange = (storage: BoundedDedupeStorage, id: string) => storage.write({ [`msteams/conversation/${id}`]: { eTag: id } });

describe('the Teams SSO de-duplication store', () => {
  it('stays at its cap however many exchanges come', async () => {
    const storage = new BoundedDedupeStorage(100);
    for (let i = 0; i < 1000; i++) await exchange(storage, `exchange-${String(i)}`);
    expect(storage.size).toBe(100);
  });

  it('still lets a recent exchange through only once', async () => {
    const storage = new BoundedDedupeStorage(100);
    for (let i = 0; i < 150; i++) await exchange(storage, `exchange-${String(i)}`);
    await expect(exchange(storage, 'exchange-149')).rejects.toThrow(/eTag conflict/);
  });
});

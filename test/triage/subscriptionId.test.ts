/** Subscription ids as people paste them: bare, in braces, inside a resource id; malformed ones told apart. */
import { findSubscriptionId } from '../../src/triage/ids';

describe('findSubscriptionId', () => {
  it.each([
    ['0b1f6471-1bf0-4dda-aec3-cb9272f09590', '0b1f6471-1bf0-4dda-aec3-cb9272f09590'],
    ['{0B1F6471-1BF0-4DDA-AEC3-CB9272F09590}', '0b1f6471-1bf0-4dda-aec3-cb9272f09590'],
    ['it is ０b1f6471-1bf0-4dda-aec3-cb9272f09590 I think', '0b1f6471-1bf0-4dda-aec3-cb9272f09590'],
    ['/subscriptions/0b1f6471-1bf0-4dda-aec3-cb9272f09590/resourceGroups/x', '0b1f6471-1bf0-4dda-aec3-cb9272f09590'],
  ])('%j is the id %s', (input, id) => {
    expect(findSubscriptionId(input)).toEqual({ valid: true, id });
  });

  it.each([
    '0b1f6471-1bf0-4dda-aec3-cb9272f0959',
    '0b1f6471-1bf0-4dda-aec3-cb9272f0959g',
    '1234-5678-abcd-efgh',
    '/subscriptions/not-a-guid',
  ])('%j is a malformed id', (input) => {
    expect(findSubscriptionId(input)).toMatchObject({ valid: false });
  });

  it.each(['Pay-As-You-Go', 'MS-AZR-0017P', 'enterprise agreement'])('%j is not an id at all', (input) => {
    expect(findSubscriptionId(input)).toBeUndefined();
  });
});

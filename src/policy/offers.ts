/**
 * Offer ids a person can read in the portal (Subscriptions → the subscription → Offer ID).
 * Exact per offer, unlike quota ids (domain.md, "Subscription type from Azure itself").
 */
import type { SubscriptionKind } from './types';

const OFFER_IDS: Record<string, SubscriptionKind> = {
  '0017P': 'enterpriseAgreement',
  '0148P': 'enterpriseDevTest',
  '0003P': 'payAsYouGo',
  '0023P': 'payAsYouGo', // Pay-As-You-Go Dev/Test: not Enterprise Dev/Test, so O1
  '0044P': 'freeTrial',
  '0059P': 'visualStudio',
  '0063P': 'visualStudio',
  '0062P': 'visualStudio', // MSDN Platforms
  '0145P': 'csp',
  '0036P': 'sponsorship',
  '0170P': 'student',
  '0025P': 'otherOffer', // partner network
  '0029P': 'otherOffer', // partner network
  '0111P': 'otherOffer', // Azure in Open
  ...Object.fromEntries(
    Array.from({ length: 11 }, (_, i) => [`0${120 + i}P`, 'otherOffer']), // Azure Pass 0120P–0130P
  ),
};

const OFFER_PATTERN = /(?:^|[^0-9a-z])(?:ms-?azr-?)?(\d{4}[pg])(?![0-9a-z])/i;

export type OfferLookup = { offerId: string; kind: SubscriptionKind | undefined };

/** Finds an offer id such as "MS-AZR-0017P" or "0148P" in free text; kind is undefined when the offer is not exact. */
export function findOfferId(text: string): OfferLookup | undefined {
  const match = OFFER_PATTERN.exec(text);
  if (!match?.[1]) return undefined;
  const code = match[1].toUpperCase();
  return { offerId: `MS-AZR-${code}`, kind: OFFER_IDS[code] };
}

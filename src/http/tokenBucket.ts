/** A token bucket: `burst` at once, then `rate` a second, refilled continuously (the throttles, the relay limit and the support card budget). */
export interface Bucket {
  tokens: number;
  at: number;
}

/** The bucket refilled up to now; false, and untouched, when it has no whole token to give. */
export function take(bucket: Bucket, burst: number, rate: number, now: number): boolean {
  bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * rate);
  bucket.at = now;
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

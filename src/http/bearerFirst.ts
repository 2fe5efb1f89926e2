/**
 * Authenticated mode: a request to a channel route is refused (401) before a byte of its body is read
 * unless it carries a Bot Framework token whose signature, issuer, lifetime and audience (this app id)
 * check out. Without this, every anonymous request's body was read and parsed first, and a few clients
 * sending large bodies slowed every other request. The adapter checks the token again once the body is
 * read, against the activity (its serviceUrl and channel endorsement), which this check cannot see.
 */
import type { RequestHandler } from 'restify';
import type { RefusalLog } from './refusals';

/** Resolves when the Authorization header holds a valid token for this bot, whatever the activity says. */
export type VerifyHeader = (authorization: string) => Promise<void>;

export function bearerFirst(verify: VerifyHeader, onRefused?: RefusalLog): RequestHandler {
  return (req, res, next) => {
    const refuse = (reason: string) => {
      onRefused?.('unauthorized', { status: 401, reason });
      // The body is not wanted: the connection closes once the answer is sent, unread.
      res.header('connection', 'close');
      res.send(401, { error: 'Unauthorized.' });
      next(false);
    };
    const header = req.header('authorization');
    if (!header?.startsWith('Bearer ')) {
      refuse('no bearer token');
      return;
    }
    verify(header).then(
      () => {
        next();
      },
      (err: unknown) => {
        refuse(String((err as Error | undefined)?.message ?? err).split('\n')[0]);
      },
    );
  };
}

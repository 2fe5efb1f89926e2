/**
 * Request bodies: JSON only, never compressed, read into memory up to a byte limit and never written to
 * disk. Replaces restify's bodyParser, which accepted multipart uploads (saved as temp files before any
 * check) and gzip bodies (whose limit counted the compressed bytes, not what they inflate to).
 *
 * Hand-written rather than on raw-body: that package is in the tree only under a test tool (azurite),
 * and what is needed here is a loop counting bytes and two header checks.
 */
import type { IncomingMessage } from 'node:http';
import type { Request, RequestHandler } from 'restify';

export interface JsonBodyOptions {
  /** Bytes read from the wire (no encoding is accepted, so these are the bytes parsed). */
  maxBytes: number;
  /** Called once per refused request, for the log. */
  onRefused?: (status: number, reason: string) => void;
  /**
   * Whether the request's route takes a body. One that takes none is answered without reading it, and
   * its connection closes after the answer, so the unread bytes are never drained either.
   */
  takesBody?: (req: Request) => boolean;
}

/** A request that announces a body: a length above zero, or a chunked transfer. */
function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** application/json (or a +json type), in UTF-8 when a charset is given. */
function isJson(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [type = '', ...params] = contentType
    .toLowerCase()
    .split(';')
    .map((p) => p.trim());
  if (type !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(type)) return false;
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  return charset === undefined || charset === 'utf-8' || charset === 'utf8';
}

export function jsonBody({ maxBytes, onRefused, takesBody = () => true }: JsonBodyOptions): RequestHandler {
  return (req, res, next) => {
    if (!hasBody(req)) {
      next();
      return;
    }
    if (!takesBody(req)) {
      res.header('connection', 'close');
      next();
      return;
    }
    const refuse = (status: number, error: string) => {
      onRefused?.(status, error);
      // The rest of the body is not wanted: the connection closes once the answer is sent.
      res.header('connection', 'close');
      res.send(status, { error });
      next(false);
    };
    const encoding = req.headers['content-encoding'];
    if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') {
      refuse(415, 'Compressed bodies are not accepted; send plain JSON.');
      return;
    }
    if (!isJson(req.headers['content-type'])) {
      refuse(415, 'Only application/json bodies are accepted.');
      return;
    }
    if (Number(req.headers['content-length'] ?? 0) > maxBytes) {
      refuse(413, `The body is larger than ${String(maxBytes)} bytes.`);
      return;
    }
    const chunks: Buffer[] = [];
    let read = 0;
    let done = false;
    const finish = (outcome: () => void) => {
      if (done) return;
      done = true;
      req.removeListener('data', onData);
      outcome();
    };
    const onData = (chunk: Buffer) => {
      read += chunk.length;
      if (read > maxBytes) {
        chunks.length = 0;
        finish(() => {
          refuse(413, `The body is larger than ${String(maxBytes)} bytes.`);
        });
        return;
      }
      chunks.push(chunk);
    };
    const parse = () => {
      try {
        (req as { body?: unknown }).body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        refuse(400, 'The body is not valid JSON.');
        return;
      }
      next();
    };
    req.on('data', onData);
    req.once('error', () => {
      finish(() => {
        next(false);
      });
    });
    req.once('end', () => {
      finish(parse);
    });
  };
}

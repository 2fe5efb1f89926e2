/** JSON logs (pino); credentials are redacted wherever they appear by name. */
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: {
        paths: ['MicrosoftAppPassword', '*.MicrosoftAppPassword', 'DIRECT_LINE_SECRET', '*.DIRECT_LINE_SECRET', 'headers.authorization', '*.headers.authorization'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

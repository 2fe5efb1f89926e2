/** JSON logs (pino); credentials are redacted wherever they appear by name. */
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: {
        paths: [
          'MicrosoftAppPassword',
          '*.MicrosoftAppPassword',
          'AZURE_OBO_CLIENT_SECRET',
          '*.AZURE_OBO_CLIENT_SECRET',
          'DIRECT_LINE_SECRET',
          '*.DIRECT_LINE_SECRET',
          'BLOB_CONNECTION_STRING',
          '*.BLOB_CONNECTION_STRING',
          'headers.authorization',
          '*.headers.authorization',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

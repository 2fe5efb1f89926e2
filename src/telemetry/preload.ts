/**
 * Imported by the composition root before anything else that loads node:http, so the distro's
 * instrumentation sees every request and call (.env is read first, so a connection string there counts).
 */
import { startTelemetry } from '.';

startTelemetry(process.env.APPLICATIONINSIGHTS_CONNECTION_STRING);

/**
 * Graceful stop on SIGTERM (App Service and every orchestrator send it before a restart): stop accepting
 * connections, let the turns in flight finish within a bound, then exit 0.
 */
import type { Server } from 'node:http';
import type { Logger } from './logger';

export function stopGracefully(server: Server, logger: Logger, boundMs: number): void {
  let inFlight = 0;
  server.on('request', (_req, res: NodeJS.EventEmitter) => {
    inFlight += 1;
    res.once('close', () => (inFlight -= 1));
  });

  process.once('SIGTERM', () => {
    logger.info({ inFlight }, 'SIGTERM: no longer accepting connections; finishing the turns in flight');
    server.close();
    server.closeIdleConnections();
    const deadline = Date.now() + boundMs;
    const timer = setInterval(() => {
      if (inFlight > 0 && Date.now() < deadline) return;
      clearInterval(timer);
      if (inFlight > 0) logger.warn({ inFlight }, 'stopping with turns still in flight');
      logger.info('stopped');
      logger.flush();
      process.exit(0);
    }, 50);
  });
}

/**
 * `npm run mock`: serves a Prism mock of the latest bundle, or of one release's bundle with
 * `--release`, until Ctrl-C or SIGTERM.
 */
import { logger } from "./lib/logger.js";
import { mockDocumentPath, readMockOptions } from "./lib/mock-options.js";
import { stopOnSignals } from "./lib/mock-shutdown.js";
import { startPrism } from "./lib/prism.js";

try {
  const options = readMockOptions(process.argv.slice(2), process.env);
  const prism = await startPrism({
    document: mockDocumentPath(options.release),
    host: options.host,
    port: options.port,
    log: options.log,
  });

  const isStopping = stopOnSignals([prism.stop]);

  logger.info(`Mock of ${options.release ?? "the latest release"} ready: ${prism.baseUrl}`);
  logger.info("Press Ctrl-C to stop it.");

  void prism.exited.then((code) => {
    if (!isStopping()) {
      logger.error(`Prism stopped on its own (exit code ${code})`);
      process.exit(1);
    }
  });
} catch (error) {
  logger.error((error as Error).message);
  process.exit(1);
}

/**
 * The README's main command, after the build: serves the docs site and the mock on loopback
 * until Ctrl-C or SIGTERM.
 */
import { existsSync } from "node:fs";

import { logger } from "./lib/logger.js";
import { mockDocumentPath, readStartOptions } from "./lib/mock-options.js";
import { stopOnSignals, type Stopper } from "./lib/mock-shutdown.js";
import { startPrism } from "./lib/prism.js";
import { startStaticServer } from "./lib/static-server.js";

const stoppers: Stopper[] = [];
const isStopping = stopOnSignals(stoppers);

try {
  const options = readStartOptions(process.argv.slice(2), process.env);

  if (existsSync(options.docsDir)) {
    const docs = await startStaticServer({
      root: options.docsDir,
      host: options.host,
      port: options.docsPort,
    });

    stoppers.push(docs.stop);
    logger.info(`Docs site: ${docs.url}/`);
  } else {
    logger.info(
      `Docs site: not built (${options.docsDir} is missing; \`npm run build\` builds it)`,
    );
  }

  const prism = await startPrism({
    document: mockDocumentPath(options.release),
    host: options.host,
    port: options.port,
    log: options.log,
  });

  stoppers.push(prism.stop);
  logger.info(`Mock server (${options.release ?? "latest release"}): ${prism.baseUrl}`);
  logger.info("Press Ctrl-C to stop both.");

  void prism.exited.then(async (code) => {
    if (!isStopping()) {
      logger.error(`Prism stopped on its own (exit code ${code})`);
      await Promise.allSettled(stoppers.map((stop) => stop()));
      process.exit(1);
    }
  });
} catch (error) {
  logger.error((error as Error).message);
  await Promise.allSettled(stoppers.map((stop) => stop()));
  process.exit(1);
}

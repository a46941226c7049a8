import { logger } from "./logger.js";

/** Something a script started and must stop before it exits. */
export type Stopper = () => Promise<void>;

/**
 * Stops everything on Ctrl-C (SIGINT) or SIGTERM, once, then exits; a second signal while
 * stopping exits at once. Returns whether a stop is under way.
 */
export function stopOnSignals(stoppers: Stopper[]): () => boolean {
  let stopping = false;

  const shutdown = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) {
      process.exit(1);
    }

    stopping = true;
    logger.info(`${signal} received: stopping`);

    await Promise.allSettled(stoppers.map((stop) => stop()));
    process.exit(0);
  };

  process.on("SIGINT", (signal) => void shutdown(signal));
  process.on("SIGTERM", (signal) => void shutdown(signal));

  return () => stopping;
}

/**
 * The one logger of the build scripts: messages go to stderr, so that stdout carries only data.
 */
export const logger = {
  info(message: string): void {
    process.stderr.write(`${message}\n`);
  },

  error(message: string): void {
    process.stderr.write(`error: ${message}\n`);
  },
};

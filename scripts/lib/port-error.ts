/**
 * The error for a port that cannot be listened on, naming the port and what to do. `code` is
 * the listen error's code; a missing code means the port was found taken.
 */
export function portError(host: string, port: number, code = "EADDRINUSE"): Error {
  const reason = code === "EADDRINUSE" ? "is already in use" : `cannot be used (${code})`;

  return new Error(`Port ${port} on ${host} ${reason}: stop what holds it or pass another port`);
}

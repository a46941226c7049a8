// Preloaded into the Prism process (plain Node.js, hence JavaScript): the parent holds the other
// end of stdin, so end-of-file means the parent is gone, however it ended, and the mock must go.
process.stdin.on("end", () => process.exit(0));
process.stdin.on("error", () => process.exit(0));
process.stdin.resume();

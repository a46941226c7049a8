/**
 * Benchmarks the client: per-call overhead against openapi-fetch and raw fetch, the wall time of a
 * 100,000-device registration, and the browser bundle size. Run with `npm run bench`.
 */
import { measureBundleSizes } from "./bundle-size.js";
import {
  measureCallOverhead,
  measureInProcessOverhead,
  type OverheadFigures,
} from "./call-overhead.js";
import { measureRegistration } from "./device-registration.js";

const write = (line: string) => process.stdout.write(`${line}\n`);
const format = (value: number, digits = 1) => value.toFixed(digits);

function writeOverhead(title: string, overhead: OverheadFigures): void {
  write(`${title}: ${overhead.calls} GET calls each, 5 alternating rounds, median round`);
  write(`  fetch          ${format(overhead.fetchMicroseconds)} µs   1.00x`);
  write(
    `  openapi-fetch  ${format(overhead.openapiFetchMicroseconds)} µs   ` +
      `${format(overhead.openapiFetchMicroseconds / overhead.fetchMicroseconds, 2)}x fetch`,
  );
  write(
    `  client         ${format(overhead.clientMicroseconds)} µs   ` +
      `${format(overhead.clientMicroseconds / overhead.fetchMicroseconds, 2)}x fetch, ` +
      `${format(overhead.clientMicroseconds / overhead.openapiFetchMicroseconds, 2)}x ` +
      "openapi-fetch",
  );
}

writeOverhead("Per call over loopback (one node:http server)", await measureCallOverhead(3000));
write("");
writeOverhead(
  "Per call with an in-process fetch (library work only)",
  await measureInProcessOverhead(20000),
);
write("");
write("registerDevices, 100,000 ESNs in calls of 1000, loopback server");

for (const deviceLatency of [0, 20]) {
  for (const concurrency of [1, 4]) {
    const figures = await measureRegistration(100_000, concurrency, deviceLatency);

    write(
      `  server latency ${String(deviceLatency).padStart(2)} ms, concurrency ${concurrency}: ` +
        `${format(figures.milliseconds, 0)} ms for ${figures.calls} calls`,
    );
  }
}

write("");
write("Browser bundle (esbuild, minified, ESM)");

for (const bundle of await measureBundleSizes()) {
  write(
    `  ${bundle.name.padEnd(26)} ${format(bundle.rawBytes / 1024)} KiB raw, ` +
      `${format(bundle.gzipBytes / 1024)} KiB gzip`,
  );
}

import { createNetflixClient } from "../src/index.js";
import { startLoopbackServer } from "./loopback-server.js";

/** Wall time of one `registerDevices` run. */
export interface RegistrationFigures {
  devices: number;
  concurrency: number;
  deviceLatency: number;
  calls: number;
  milliseconds: number;
}

/** Registers `devices` ESNs against a loopback server whose calls take `deviceLatency` ms. */
export async function measureRegistration(
  devices: number,
  concurrency: number,
  deviceLatency: number,
): Promise<RegistrationFigures> {
  const server = await startLoopbackServer(deviceLatency);
  const client = createNetflixClient({ baseUrl: server.baseUrl, auth: { token: "T" } });
  const esns = Array.from(
    { length: devices },
    (_, index) => `ESN${String(index).padStart(9, "0")}`,
  );

  try {
    const start = performance.now();
    const result = await client.operators.registerDevices({ name: "Bench" }, esns, { concurrency });
    const milliseconds = performance.now() - start;

    if (result.done.length !== devices) {
      throw new Error(`Expected ${devices} registered devices, got ${result.done.length}`);
    }

    return { devices, concurrency, deviceLatency, calls: server.deviceCalls(), milliseconds };
  } finally {
    await server.close();
  }
}

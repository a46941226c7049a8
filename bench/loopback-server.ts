import { createServer, type Server } from "node:http";

/** A local stand-in for upstream, answering every call with a small OK envelope. */
export interface LoopbackServer {
  baseUrl: string;
  /** How many device calls it answered. */
  deviceCalls: () => number;
  close: () => Promise<void>;
}

const promotions = JSON.stringify({
  data: [{ code: "14", name: "Test", description: null, effective_from: "2017-01-01T00:00:00" }],
  status: { code: "OK", message: "", description: "" },
});

const noFailedDevices = JSON.stringify({
  data: { failed_devices_set: [] },
  status: { code: "OK", message: "", description: "" },
});

/** Starts the server on a free loopback port; device calls take `deviceLatency` milliseconds. */
export function startLoopbackServer(deviceLatency = 0): Promise<LoopbackServer> {
  let deviceCalls = 0;

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];

    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const isDevices = request.url?.includes("register_devices") ?? false;
      const answer = () => {
        response.writeHead(200, { "Content-Type": "application/json" });
        response.end(isDevices ? noFailedDevices : promotions);
      };

      if (!isDevices) {
        answer();
        return;
      }

      deviceCalls += 1;
      setTimeout(answer, deviceLatency);
    });
  });

  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;

      resolve({
        baseUrl: `http://127.0.0.1:${port}/crmapi/rest/v2`,
        deviceCalls: () => deviceCalls,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

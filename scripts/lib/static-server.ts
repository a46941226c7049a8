import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname, join, normalize, resolve as resolvePath, sep } from "node:path";

import { portError } from "./port-error.js";

export interface StaticServerOptions {
  /** The folder to serve. */
  root: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface RunningStaticServer {
  url: string;
  stop(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".yaml": "application/yaml",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/** Serves a folder over HTTP on loopback, `index.html` for folders; nothing outside the root. */
export function startStaticServer(options: StaticServerOptions): Promise<RunningStaticServer> {
  // Absolute and without a trailing separator, so that the containment check below holds.
  const root = resolvePath(options.root);
  const host = options.host ?? "127.0.0.1";

  const server = createServer((request, response) => {
    // A bad request must not end the server: a rejected handler would be an unhandled rejection.
    serveFile(root, request, response).catch(() => {
      if (!response.headersSent) {
        response.writeHead(400, { "content-type": "text/plain" });
      }

      response.end();
    });
  });

  return listen(server, host, options.port ?? 0);
}

async function serveFile(
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
  let file = normalize(join(root, pathname));

  if (file !== root && !file.startsWith(root + sep)) {
    response.writeHead(403).end();
    return;
  }

  const info = await stat(file).catch(() => undefined);

  if (info?.isDirectory()) {
    file = join(file, "index.html");
  }

  if (!(await stat(file).catch(() => undefined))?.isFile()) {
    response.writeHead(404, { "content-type": "text/plain" }).end(`Not found: ${pathname}`);
    return;
  }

  const type = contentTypes[extname(file)] ?? "application/octet-stream";

  response.writeHead(200, { "content-type": type });
  createReadStream(file)
    .on("error", () => response.destroy())
    .pipe(response);
}

function listen(server: Server, host: string, port: number): Promise<RunningStaticServer> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(portError(host, port, error.code));
    });

    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === "object" && address ? address.port : port;

      resolve({
        url: `http://${host}:${actualPort}`,
        stop: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

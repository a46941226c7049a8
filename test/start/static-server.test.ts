import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { startStaticServer, type RunningStaticServer } from "../../scripts/lib/static-server.js";

let scratch: string;
let server: RunningStaticServer | undefined;

beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), "static-server-"));
  await mkdir(join(scratch, "site", "guides"), { recursive: true });
  await writeFile(join(scratch, "site", "index.html"), "<h1>home</h1>");
  await writeFile(join(scratch, "site", "guides", "index.html"), "<h1>guides</h1>");
  await writeFile(join(scratch, "secret.txt"), "outside the root");
});

afterEach(async () => {
  await server?.stop();
  await rm(scratch, { recursive: true, force: true });
  server = undefined;
});

/** Sends a raw path, which `fetch` would normalise before sending. */
function getRawPath(url: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);

    httpRequest({ hostname, port, path }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on("error", reject)
      .end();
  });
}

describe("startStaticServer", () => {
  it("serves index.html for folders, with a trailing separator on the root", async () => {
    server = await startStaticServer({ root: `${join(scratch, "site")}/` });

    const home = await fetch(`${server.url}/`);
    const guides = await fetch(`${server.url}/guides/`);

    expect(home.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await home.text()).toBe("<h1>home</h1>");
    expect(await guides.text()).toBe("<h1>guides</h1>");
    expect((await fetch(`${server.url}/missing.html`)).status).toBe(404);
  });

  it("serves nothing outside the root", async () => {
    server = await startStaticServer({ root: join(scratch, "site") });

    expect(await getRawPath(server.url, "/..%2Fsecret.txt")).toBe(403);
  });

  it("answers a malformed path with 400 and keeps serving", async () => {
    server = await startStaticServer({ root: join(scratch, "site") });

    expect(await getRawPath(server.url, "/%E0%A4%A")).toBe(400);
    expect((await fetch(`${server.url}/`)).status).toBe(200);
  });

  it("names the port when it is in use", async () => {
    server = await startStaticServer({ root: join(scratch, "site") });
    const port = Number(new URL(server.url).port);

    await expect(startStaticServer({ root: scratch, port })).rejects.toThrow(
      `Port ${port} on 127.0.0.1 is already in use: stop what holds it or pass another port`,
    );
  });
});

import createClient from "openapi-fetch";

import type { paths } from "../generated/schema.js";
import { createNetflixClient } from "../src/index.js";
import { startLoopbackServer } from "./loopback-server.js";

/** Microseconds per call (mean of the median round) for each way of calling one loopback server. */
export interface OverheadFigures {
  calls: number;
  fetchMicroseconds: number;
  openapiFetchMicroseconds: number;
  clientMicroseconds: number;
}

const rounds = 5;

async function timeCalls(calls: number, call: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();

  for (let index = 0; index < calls; index += 1) {
    await call();
  }

  return Number(process.hrtime.bigint() - start) / 1000 / calls;
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);

  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

// The three ways take turns in each round, so that warm-up, JIT and GC weigh on all of them alike;
// the median round is reported.
async function measureInTurn(calls: number, ways: (() => Promise<unknown>)[]): Promise<number[]> {
  const samples: number[][] = ways.map(() => []);

  for (const way of ways) {
    await timeCalls(200, way);
  }

  for (let round = 0; round < rounds; round += 1) {
    for (const [index, way] of ways.entries()) {
      samples[index]?.push(await timeCalls(Math.ceil(calls / rounds), way));
    }
  }

  return samples.map(median);
}

/** Lists promotions `calls` times with raw fetch, openapi-fetch and the client, in turn. */
export async function measureCallOverhead(calls: number): Promise<OverheadFigures> {
  const server = await startLoopbackServer();
  const url = `${server.baseUrl}/netflix/promotions/list?token=T`;
  const bare = createClient<paths>({ baseUrl: server.baseUrl });
  const client = createNetflixClient({ baseUrl: server.baseUrl, auth: { token: "T" } });

  try {
    const [fetchMicroseconds = 0, openapiFetchMicroseconds = 0, clientMicroseconds = 0] =
      await measureInTurn(calls, [
        async () => (await fetch(url)).json(),
        () => bare.GET("/netflix/promotions/list", { params: { query: { token: "T" } } }),
        () => client.promotions.list(),
      ]);

    return { calls, fetchMicroseconds, openapiFetchMicroseconds, clientMicroseconds };
  } finally {
    await server.close();
  }
}

/** The same comparison with an in-process fetch, so that only the libraries' own work is timed. */
export async function measureInProcessOverhead(calls: number): Promise<OverheadFigures> {
  const body = JSON.stringify({ data: [], status: { code: "OK", message: "", description: "" } });
  const answer = async () =>
    new Response(body, { status: 200, headers: { "Content-Type": "application/json" } });
  const baseUrl = "http://in-process/crmapi/rest/v2";
  const bare = createClient<paths>({ baseUrl, fetch: answer });
  const client = createNetflixClient({ baseUrl, auth: { token: "T" }, fetch: answer });

  const [fetchMicroseconds = 0, openapiFetchMicroseconds = 0, clientMicroseconds = 0] =
    await measureInTurn(calls, [
      async () => (await answer()).json(),
      () => bare.GET("/netflix/promotions/list", { params: { query: { token: "T" } } }),
      () => client.promotions.list(),
    ]);

  return { calls, fetchMicroseconds, openapiFetchMicroseconds, clientMicroseconds };
}

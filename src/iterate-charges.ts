import type { CallOptions } from "./client-options.js";
import type { NetflixCharge, RequestFields, ResponseData } from "./operation-types.js";

/** The filter of a charge walk; the client sets `offset` and `number_of_results` itself. */
export type ChargeWalkQuery = Omit<RequestFields<"listCharges">, "offset" | "number_of_results"> & {
  /** Charges per call, sent as `number_of_results`; defaults to the spec's maximum. */
  pageSize?: number;
  signal?: AbortSignal;
};

/** Lists one page of charges. */
export type ListCharges = (
  query: RequestFields<"listCharges">,
  options?: CallOptions,
) => Promise<ResponseData<"listCharges">>;

/**
 * Walks `charges/list` by offset and yields each non-empty page, stopping after a short or empty
 * page. It reads a snapshot: acknowledging while iterating makes later offsets skip charges, so
 * use `drain` for an acknowledge-as-you-go loop.
 */
export async function* iterateCharges(
  listCharges: ListCharges,
  query: ChargeWalkQuery,
  defaultPageSize: number,
): AsyncGenerator<NetflixCharge[], void, undefined> {
  const { pageSize = defaultPageSize, signal, ...filter } = query;
  let offset = 0;

  for (;;) {
    const page = await listCharges({ ...filter, offset, number_of_results: pageSize }, { signal });
    const charges = page.charges_set ?? [];

    if (charges.length > 0) {
      yield charges;
    }

    if (charges.length < pageSize) {
      return;
    }

    offset += charges.length;
  }
}

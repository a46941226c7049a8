import type { NetflixCharge } from "../../../src/index.js";
import { respondWith, type RecordedCall } from "./fake-upstream.js";

/**
 * A stateful fake of the charge endpoints: `charges/list` pages through the charges not yet
 * acknowledged, oldest first, and `charges/acknowledge` removes them, as upstream does.
 */
export function createChargeStore(count: number, options: { refuse?: Set<string> } = {}) {
  const pending: NetflixCharge[] = Array.from({ length: count }, (_, index) => ({
    number: `NFC${String(index).padStart(7, "0")}`,
    billing_system_customer_identifier: `pci${index}`,
    amount: 7.99,
    currency: "EUR",
    charge_status: "APPROVED",
  }));
  const acknowledged: string[] = [];

  const handle = (call: RecordedCall) => {
    if (call.path === "/netflix/charges/list") {
      const offset = Number(call.query.offset);
      const size = Number(call.query.number_of_results);

      return respondWith({ charges_set: pending.slice(offset, offset + size) });
    }

    const items = (call.body?.acknowledged_charges_set ?? []) as { number: string }[];
    const failed = items.filter((item) => options.refuse?.has(item.number));

    for (const item of items) {
      const position = pending.findIndex((charge) => charge.number === item.number);

      if (position >= 0 && !options.refuse?.has(item.number)) {
        pending.splice(position, 1);
        acknowledged.push(item.number);
      }
    }

    return respondWith({
      failed_charges_set: failed.map((item) => ({
        number: item.number,
        error_code: "CHARGE_LOCKED",
        error_description: "The charge is locked.",
      })),
    });
  };

  return { handle, pending, acknowledged };
}

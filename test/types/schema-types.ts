/**
 * Compile-time checks of generated/schema.d.ts. Each `@ts-expect-error` marks a value the types
 * must reject; schema-types.test.ts proves that each one really is an error.
 */
import type { components, operations } from "../../generated/schema.js";

type ListChargesQuery = operations["listCharges"]["parameters"]["query"];
type AcknowledgeBody = components["schemas"]["AcknowledgeChargesRequest"];

export const validQuery: ListChargesQuery = {
  token: "token",
  number_of_results: 50,
  charge_status: "NOT_PROCESSED",
  offset: 0,
};

export const wrongEnum: ListChargesQuery = {
  token: "token",
  number_of_results: 50,
  // @ts-expect-error `DONE` is not a charge-status filter
  charge_status: "DONE",
  offset: 0,
};

// @ts-expect-error `number_of_results` is a mandatory query parameter
export const missingParameter: ListChargesQuery = {
  token: "token",
  charge_status: "PROCESSED",
  offset: 0,
};

export const missingBodyField: AcknowledgeBody = {
  token: "token",
  // @ts-expect-error `billing_system_customer_identifier` is mandatory on each charge
  acknowledged_charges_set: [{ number: "NFC0000451" }],
};

export const wrongChargeStatus: components["schemas"]["NetflixCharge"] = {
  // @ts-expect-error `NOT_PROCESSED` filters charges; a charge's status is `PENDING`
  charge_status: "NOT_PROCESSED",
};

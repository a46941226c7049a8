import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { releases } from "../../generated/operations.js";
import { isProcessRunning, listPrismProcesses } from "../../scripts/lib/mock-processes.js";
import { readBundle } from "./bundle.js";
import { formatCaseCounts } from "./case-counts.js";
import { generateCases, generateUnknownRouteCases } from "./cases.js";
import { expectOutcome } from "./expectations.js";
import { createResponseValidator } from "./response-validator.js";
import { sendRequest } from "./send-case.js";
import { openTarget, targetsServer, type ContractTarget } from "./target.js";

// A real server runs one release; contract.test.ts covers it through `CONTRACT_RELEASE`.
describe.skipIf(targetsServer).each(releases.slice(0, -1))("mock of %s", (release) => {
  const document = readBundle(release);
  const cases = [
    ...generateCases(document).cases,
    ...generateUnknownRouteCases(readBundle(), document),
  ];
  const validate = createResponseValidator(document);

  let target: ContractTarget | undefined;

  beforeAll(async () => {
    console.error(formatCaseCounts(`Mock of ${release}`, cases));
    target = await openTarget(release);
  });

  afterAll(async () => {
    await target?.stop();
  });

  it("has no operation of a later release", () => {
    const later = cases.filter((contractCase) => contractCase.kind === "unknown-route");

    expect(later.length).toBeGreaterThan(0);
  });

  for (const contractCase of cases) {
    it(`${contractCase.operationId}: ${contractCase.name}`, async () => {
      const response = await sendRequest(target!.baseUrl, contractCase.request);

      expectOutcome(contractCase, response, target!, validate);
    });
  }

  it("stops its mock and leaves no Prism process behind", async () => {
    const pid = target!.pid!;

    await target!.stop();

    expect(isProcessRunning(pid)).toBe(false);
    expect(listPrismProcesses().filter((each) => each.parentPid === process.pid)).toEqual([]);
  });
});

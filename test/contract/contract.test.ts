import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { isProcessRunning, listPrismProcesses } from "../../scripts/lib/mock-processes.js";
import { readBundle } from "./bundle.js";
import { formatCaseCounts } from "./case-counts.js";
import { generateCases, generateUnknownRouteCases } from "./cases.js";
import { expectOutcome } from "./expectations.js";
import { createResponseValidator } from "./response-validator.js";
import { sendRequest } from "./send-case.js";
import { openTarget, skipReason, targetsServer, type ContractTarget } from "./target.js";

// Against a real server, `CONTRACT_RELEASE` says which release it runs; a mock runs the latest.
const release = targetsServer ? process.env.CONTRACT_RELEASE : undefined;
const document = readBundle(release);
const generated = generateCases(document);
const { uncovered } = generated;
const cases =
  release === undefined
    ? generated.cases
    : [...generated.cases, ...generateUnknownRouteCases(readBundle(), document)];
const validate = createResponseValidator(document);
const operationIds = [...new Set(cases.map((contractCase) => contractCase.operationId))];

let target: ContractTarget | undefined;

describe(`contract of ${document.info.version}`, () => {
  beforeAll(async () => {
    console.error(formatCaseCounts(`Contract of ${document.info.version}`, cases));
    target = await openTarget(release);
  });

  afterAll(async () => {
    await target?.stop();
  });

  it("reaches every mandatory and enum body field through a documented example", () => {
    expect(uncovered).toEqual([]);
  });

  for (const operationId of operationIds) {
    describe(operationId, () => {
      for (const contractCase of cases.filter((each) => each.operationId === operationId)) {
        const reason = skipReason(contractCase);
        const name = reason ? `${contractCase.name} (skipped: ${reason})` : contractCase.name;

        it.skipIf(reason !== undefined)(name, async () => {
          const request = target!.adapt(contractCase.request);
          const response = await sendRequest(target!.baseUrl, request);

          expectOutcome(contractCase, response, target!, validate);
        });
      }
    });
  }

  it.skipIf(targetsServer)("stops its mock and leaves no Prism process behind", async () => {
    const pid = target!.pid!;

    await target!.stop();

    expect(isProcessRunning(pid)).toBe(false);
    expect(listPrismProcesses().filter((each) => each.parentPid === process.pid)).toEqual([]);
  });
});

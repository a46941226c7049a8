import type { CaseKind, ContractCase } from "./contract-case.js";

const kinds: CaseKind[] = ["example", "limit", "required", "enum", "credentials", "unknown-route"];

/** A plain-text table of the generated cases per operation and kind, with the total. */
export function formatCaseCounts(title: string, cases: ContractCase[]): string {
  const operationIds = [...new Set(cases.map((contractCase) => contractCase.operationId))];
  const width = Math.max(...operationIds.map((operationId) => operationId.length), 9);
  const header = ["operation".padEnd(width), ...kinds.map((kind) => kind.padStart(8)), "total"];
  const rows = operationIds.map((operationId) => {
    const own = cases.filter((contractCase) => contractCase.operationId === operationId);
    const counts = kinds.map((kind) =>
      String(own.filter((contractCase) => contractCase.kind === kind).length).padStart(
        Math.max(kind.length, 8),
      ),
    );

    return [operationId.padEnd(width), ...counts, String(own.length).padStart(5)].join(" ");
  });

  return [
    `${title}: ${cases.length} generated cases`,
    header
      .map((cell, index) => (index === 0 ? cell : cell.padStart(Math.max(cell.length, 8))))
      .join(" "),
    ...rows,
  ].join("\n");
}

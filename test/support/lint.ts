import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { localBin, redoclyEnv, repoRoot } from "../../scripts/lib/paths.js";
import { run } from "../../scripts/lib/run.js";

/** One finding of a linter, reduced to what the tests compare. */
export interface LintFinding {
  rule: string;
  severity: string;
  message: string;
}

/** Lints a file with Redocly and the repository's `redocly.yaml` (house plugin included). */
export async function lintWithRedocly(file: string): Promise<LintFinding[]> {
  const result = await run(localBin("redocly"), ["lint", file, "--format", "json"], {
    cwd: repoRoot,
    env: redoclyEnv,
  });
  const report = JSON.parse(result.stdout) as {
    problems: { ruleId: string; severity: string; message: string }[];
  };

  return report.problems.map(({ ruleId, severity, message }) => ({
    rule: ruleId,
    severity,
    message,
  }));
}

/** Lints a file with Spectral and the repository's `.spectral.yaml` (house rules included). */
export async function lintWithSpectral(file: string): Promise<LintFinding[]> {
  const scratch = await mkdtemp(join(tmpdir(), "netflix-spectral-"));
  const output = join(scratch, "report.json");

  try {
    const args = ["lint", file, "--ruleset", join(repoRoot, ".spectral.yaml"), "--format", "json"];
    const result = await run(localBin("spectral"), [...args, "--output", output], {
      cwd: repoRoot,
      env: { ...process.env, SCARF_ANALYTICS: "false" },
    });
    const text = await readFile(output, "utf8").catch(() => "");

    if (text === "") {
      throw new Error(`Spectral wrote no report for ${file}:\n${result.stderr}`);
    }

    const severities = ["error", "warn", "info", "hint"];
    const report = JSON.parse(text) as { code: string; severity: number; message: string }[];

    return report.map(({ code, severity, message }) => ({
      rule: code,
      severity: severities[severity] ?? String(severity),
      message,
    }));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

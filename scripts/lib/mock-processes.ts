import { readdirSync, readFileSync } from "node:fs";

/** A running Prism process, as /proc shows it. */
export interface PrismProcess {
  pid: number;
  parentPid: number;
  commandLine: string;
}

/** Lists every running Prism CLI process on this (Linux) machine, whoever started it. */
export function listPrismProcesses(): PrismProcess[] {
  const found: PrismProcess[] = [];

  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }

    const commandLine = readProcFile(`/proc/${entry}/cmdline`).replaceAll("\0", " ").trim();

    if (commandLine.includes("@stoplight/prism-cli")) {
      found.push({ pid: Number(entry), parentPid: readParentPid(entry), commandLine });
    }
  }

  return found;
}

/** Whether a process with this id still exists; `process.kill(pid, 0)` probes without killing. */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

function readParentPid(pid: string): number {
  // The command name in field 2 may hold spaces; the fields after its closing parenthesis do not.
  const stat = readProcFile(`/proc/${pid}/stat`);
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");

  return Number(fields[1]);
}

function readProcFile(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    // The process ended between listing and reading.
    return "";
  }
}

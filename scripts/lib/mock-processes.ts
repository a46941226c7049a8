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

/** Lists the Prism processes that descend from `ancestorPid`, at any depth. */
export function listPrismProcessesUnder(ancestorPid: number): PrismProcess[] {
  return listPrismProcesses().filter((prism) => {
    for (let pid = prism.parentPid; pid > 1; pid = readParentPid(String(pid))) {
      if (pid === ancestorPid) {
        return true;
      }
    }

    return false;
  });
}

/**
 * Whether a process with this id still runs: `process.kill(pid, 0)` probes without killing, and
 * an ended process that its parent has not reaped yet (a zombie) does not count.
 */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }

  return readProcessState(String(pid)) !== "Z";
}

/** Waits up to `timeout` ms for the processes to end; returns those still running. */
export async function waitUntilEnded(pids: number[], timeout = 5_000): Promise<number[]> {
  const deadline = Date.now() + timeout;

  while (pids.some(isProcessRunning) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return pids.filter(isProcessRunning);
}

function readParentPid(pid: string): number {
  return Number(readStatFields(pid)[1]);
}

function readProcessState(pid: string): string | undefined {
  return readStatFields(pid)[0];
}

function readStatFields(pid: string): string[] {
  // The command name in field 2 may hold spaces; the fields after its closing parenthesis do not.
  const stat = readProcFile(`/proc/${pid}/stat`);

  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

function readProcFile(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    // The process ended between listing and reading.
    return "";
  }
}

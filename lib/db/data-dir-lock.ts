import "server-only";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

// Two processes opening one PGlite folder corrupt it, so the folder is claimed by a pid file. `npm start` claims
// it in its supervisor and passes its pid down to the server process it runs (see lib/cli/start.ts).
export const HOLDER_ENV = "PC_DATA_DIR_HOLDER";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export class DataDirInUseError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The embedded database in ${dir} is already in use by process ${pid}. ` +
        `Stop that process first, or point PGLITE_DIR at another folder.`,
    );
    this.name = "DataDirInUseError";
  }
}

export function claimDataDir(dir: string): () => void {
  const lockFile = `${dir}.lock`;
  mkdirSync(dirname(lockFile), { recursive: true });
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, "utf8").trim());
    // Claimed earlier by this process or by the supervisor that runs it: that claim, not this one, ends it.
    if (pid === process.pid || pid === Number(process.env[HOLDER_ENV])) return () => {};
    if (pid && isAlive(pid)) throw new DataDirInUseError(dir, pid);
  }
  writeFileSync(lockFile, String(process.pid));
  const release = () => {
    try {
      if (readFileSync(lockFile, "utf8").trim() === String(process.pid)) rmSync(lockFile);
    } catch {
      // already gone
    }
  };
  process.once("exit", release);
  return release;
}

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { claimDataDir, DataDirInUseError, HOLDER_ENV } from "@/lib/db/data-dir-lock";

describe("the embedded data folder claim", () => {
  it("refuses a second process with a clear message", () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "pc-lock-")), "pglite");
    // The parent of this test process is alive and is not us: it stands for the first server.
    writeFileSync(`${dir}.lock`, String(process.ppid));
    expect(() => claimDataDir(dir)).toThrow(DataDirInUseError);
    expect(() => claimDataDir(dir)).toThrow(/already in use by process \d+/);
  });

  it("takes over a claim left behind by a process that is gone, and releases it", () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "pc-lock-")), "pglite");
    writeFileSync(`${dir}.lock`, "999999");
    const release = claimDataDir(dir);
    expect(readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  it("lets the process that holds the claim open the folder again without giving the claim up", () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "pc-lock-")), "pglite");
    const release = claimDataDir(dir);
    // `npm start` claims the folder, then migrates through a client that claims it too and closes it.
    claimDataDir(dir)();
    expect(readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  it("lets the server process that `npm start` runs open the folder its supervisor holds", () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "pc-lock-")), "pglite");
    writeFileSync(`${dir}.lock`, String(process.ppid));
    process.env[HOLDER_ENV] = String(process.ppid);
    try {
      claimDataDir(dir)();
      expect(readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.ppid));
    } finally {
      delete process.env[HOLDER_ENV];
    }
  });
});

import { describe, expect, it } from "vitest";
import { serverV8Flags } from "@/lib/server/v8-flags";

describe("serverV8Flags", () => {
  it("leaves one core to each process's main thread and gives V8 the rest, between one and four", () => {
    expect(serverV8Flags({ cores: 2, processes: 1 })).toContain("--v8-pool-size=1");
    expect(serverV8Flags({ cores: 4, processes: 1 })).toContain("--v8-pool-size=3");
    expect(serverV8Flags({ cores: 16, processes: 1 })).toContain("--v8-pool-size=4");
    expect(serverV8Flags({ cores: 8, processes: 4 })).toContain("--v8-pool-size=1");
    // More processes than cores: still one helper (0 would let Node choose its own number).
    expect(serverV8Flags({ cores: 2, processes: 4 })).toContain("--v8-pool-size=1");
  });

  it("sets the young generation's size", () => {
    expect(serverV8Flags({ cores: 2, processes: 1 })).toContain("--max-semi-space-size=64");
  });

  it("leaves to NODE_OPTIONS each flag it sets itself", () => {
    expect(serverV8Flags({ cores: 2, processes: 1, nodeOptions: "--v8-pool-size=8" })).toEqual([
      "--max-semi-space-size=64",
    ]);
    expect(serverV8Flags({ cores: 2, processes: 1, nodeOptions: "--max-semi-space-size=16" })).toEqual([
      "--v8-pool-size=1",
    ]);
  });
});

import { AsyncLocalStorage } from "node:async_hooks";
import { describe, expect, it } from "vitest";
import "@/lib/server/process-context.mjs";
import { outsideRequests } from "@/lib/server/outside-requests";

// Next keeps each request's stores in AsyncLocalStorage; this stands in for them.
const request = new AsyncLocalStorage<{ visitor: string }>();

describe("outsideRequests", () => {
  it("starts a timer that does not carry the starting request's stores", async () => {
    const seen = await request.run({ visitor: "alice" }, () => {
      const inside = request.getStore()?.visitor;
      return new Promise<[string | undefined, string | undefined]>((resolve) =>
        outsideRequests(() => setTimeout(() => resolve([inside, request.getStore()?.visitor]), 1)),
      );
    });
    expect(seen).toEqual(["alice", undefined]);
  });

  it("hands back what the work returns", () => {
    expect(request.run({ visitor: "bo" }, () => outsideRequests(() => 42))).toBe(42);
  });
});

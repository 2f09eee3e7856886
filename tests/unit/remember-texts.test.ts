import { describe, expect, it, vi } from "vitest";
import { createTranslator } from "use-intl/core";
import { rememberPlainTexts } from "@/lib/i18n/remember-texts";

const messages = {
  account: { on: "On", greeting: "Hello, {name}", count: "{count, plural, one {# notice} other {# notices}}" },
};

function translator() {
  const onError = vi.fn();
  const t = createTranslator({ locale: "en", messages, namespace: "account", onError });
  return { t: rememberPlainTexts(t), onError };
}

describe("rememberPlainTexts", () => {
  it("gives the same text for a message without values on every call", () => {
    const { t } = translator();
    expect(t("on")).toBe("On");
    expect(t("on")).toBe("On");
  });

  it("formats messages with values on every call instead of keeping the first result", () => {
    const { t } = translator();
    expect(t("greeting", { name: "Alice" })).toBe("Hello, Alice");
    expect(t("greeting", { name: "Bo" })).toBe("Hello, Bo");
    expect(t("count", { count: 1 })).toBe("1 notice");
    expect(t("count", { count: 3 })).toBe("3 notices");
  });

  it("keeps the translator's other methods", () => {
    const { t } = translator();
    expect(t.has("on")).toBe(true);
    expect(t.has("missing" as never)).toBe(false);
    expect(t.raw("greeting")).toBe("Hello, {name}");
  });

  it("reports a missing message each time it is asked for, as the translator alone does", () => {
    const { t, onError } = translator();
    t("missing" as never);
    t("missing" as never);
    expect(onError).toHaveBeenCalledTimes(2);
  });
});

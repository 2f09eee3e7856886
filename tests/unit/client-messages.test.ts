import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { pageMessages, pageParts, shared, sharedMessages, type ClientNamespace } from "@/lib/i18n/client-messages";

// A page's namespaces are laid over the shared ones in the browser, a whole namespace at a time.
describe("client messages", () => {
  const namespaces = Object.keys(pageParts) as ClientNamespace[];

  it("never lose a shared message when a page sends its own part of the same namespace", () => {
    for (const locale of locales) {
      const common = shared(messages[locale]) as Record<string, Record<string, unknown>>;
      for (const n of namespaces) {
        if (!(n in common)) continue;
        const page = pageParts[n](messages[locale]) as Record<string, unknown>;
        expect(page, `${locale} ${n}`).toMatchObject(common[n]!);
      }
    }
  });

  it("send a page only its own namespaces, and every page the shared ones", () => {
    const page = pageMessages("zh-CN", ["security", "logins"]);
    expect(Object.keys(page)).toEqual(["security", "logins"]);
    expect(page.security).toMatchObject({ thisDevice: messages["zh-CN"].security.thisDevice });
    // The sign-in history is a server-rendered table: its texts stay on the server.
    expect(page.security).not.toHaveProperty("historyTitle");
    expect(Object.keys(sharedMessages("en"))).not.toContain("security");
  });

  it("send the sign-in and sign-up forms' texts with those pages only", () => {
    expect(sharedMessages("en").auth).not.toHaveProperty("identifierHint");
    expect(sharedMessages("en").auth).toHaveProperty("stepUp");
    expect(pageMessages("en", ["auth"]).auth).toMatchObject({ identifierHint: messages.en.auth.identifierHint });
  });
});

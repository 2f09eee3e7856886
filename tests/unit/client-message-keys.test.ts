import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { pageParts, shared, type ClientNamespace } from "@/lib/i18n/client-messages";

// The browser gets only part of each namespace (lib/i18n/client-messages.ts). This reads every client component
// and checks that each key it translates by name is in the part that is sent, so pruning a namespace can never
// leave a component showing a raw key.
function clientComponents(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return clientComponents(file);
    return /\.tsx?$/.test(entry.name) && readFileSync(file, "utf8").startsWith('"use client"') ? [file] : [];
  });
}

type Use = { file: string; key: string; prefixOnly: boolean };

function translatedKeys(file: string): Use[] {
  const source = readFileSync(file, "utf8");
  const uses: Use[] = [];
  for (const [, name, namespace = ""] of source.matchAll(/const (\w+) = useTranslations\((?:"([^"]*)")?\)/g)) {
    const base = namespace ? `${namespace}.` : "";
    for (const [, literal, template] of source.matchAll(
      new RegExp(`\\b${name}\\((?:"([^"]+)"|\`([^\`$]*)\\$\\{)`, "g"),
    )) {
      if (literal !== undefined) uses.push({ file, key: base + literal, prefixOnly: false });
      else if (template) uses.push({ file, key: base + template.replace(/\.$/, ""), prefixOnly: true });
    }
  }
  return uses;
}

function resolve(tree: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

describe("client components' messages", () => {
  const files = ["components", "app"].flatMap((dir) => clientComponents(path.resolve(dir)));
  const uses = files.flatMap(translatedKeys);

  it("finds the components that translate", () => {
    expect(uses.length).toBeGreaterThan(100);
    expect(uses.some((u) => u.key === "account.nav.label")).toBe(true);
  });

  it("sends every key a client component translates by name", () => {
    for (const locale of locales) {
      const m = messages[locale];
      const common = shared(m) as Record<string, unknown>;
      const missing = uses.filter(({ key }) => {
        const namespace = key.split(".")[0]!;
        const rest = key.slice(namespace.length + 1);
        const parts = [common[namespace]];
        if (namespace in pageParts) parts.push(pageParts[namespace as ClientNamespace](m));
        return !parts.some((part) => part !== undefined && (rest === "" || resolve(part, rest) !== undefined));
      });
      expect(missing.map((u) => `${locale} ${path.relative(process.cwd(), u.file)}: ${u.key}`)).toEqual([]);
    }
  });
});

// Known card networks and login providers have a name in each language; anything else shows as stored.
export function knownName(t: { has: (key: string) => boolean; (key: string): string }, group: string, raw: string) {
  const key = `${group}.${raw.toLowerCase().replace(/[^a-z0-9]/g, "")}`;
  return t.has(key) ? t(key) : raw;
}

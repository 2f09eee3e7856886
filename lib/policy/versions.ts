// Policy versions are numbered like 1.0, 1.1, 2.0.1; each published one must be newer than the one in force.
export const VERSION_PATTERN = /^[0-9]{1,3}(\.[0-9]{1,3}){1,2}$/;

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

// The next minor version, offered as the default in the publish form.
export function nextVersion(current: string | null): string {
  if (!current) return "1.0";
  const [major = 1, minor = 0] = current.split(".").map(Number);
  return `${major}.${minor + 1}`;
}

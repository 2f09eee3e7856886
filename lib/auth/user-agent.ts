// Enough to let a person recognise their own devices in the sessions list; not fingerprinting.
const browsers: [RegExp, string][] = [
  [/Edg\/(\d+)/, "Edge"],
  [/OPR\/(\d+)/, "Opera"],
  [/MicroMessenger\/(\d+)/, "WeChat"],
  [/Firefox\/(\d+)/, "Firefox"],
  [/(?:Chrome|Chromium|HeadlessChrome)\/(\d+)/, "Chrome"],
  [/Version\/(\d+).*Safari/, "Safari"],
];
const systems: [RegExp, string][] = [
  [/iPhone|iPad/, "iOS"],
  [/Android/, "Android"],
  [/Windows/, "Windows"],
  [/Mac OS X/, "macOS"],
  [/HarmonyOS/, "HarmonyOS"],
  [/Linux/, "Linux"],
];

export function describeUserAgent(ua: string | null): { browser: string; device: string } {
  if (!ua) return { browser: "Unknown browser", device: "Unknown device" };
  const b = browsers.find(([re]) => re.test(ua));
  const version = b ? ua.match(b[0])?.[1] : undefined;
  const os = systems.find(([re]) => re.test(ua))?.[1] ?? "Unknown system";
  const kind = /Mobile|iPhone|Android/.test(ua) ? "phone" : "computer";
  return { browser: b ? `${b[1]} ${version}` : "Other browser", device: `${os} ${kind}` };
}

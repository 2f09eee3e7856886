import { getLocale } from "next-intl/server";
import { readRequestInfo } from "@/lib/access/request";
import { policyBannerFor } from "@/lib/policy/queries";
import { PolicyBannerView } from "./policy-banner-view";

// Shown on every Personal Center page until the signed-in person acknowledges a material change.
export async function PolicyBanner() {
  const request = await readRequestInfo();
  if (!request.sessionId) return null;
  const [banner, locale] = await Promise.all([policyBannerFor(request.sessionId), getLocale()]);
  if (!banner) return null;
  return (
    <PolicyBannerView version={banner.version} summary={locale === "zh-CN" ? banner.summaryZh : banner.summaryEn} />
  );
}

import { getLocale } from "next-intl/server";
import { readRequestInfo } from "@/lib/access/request";
import { noMaterialVersionYet, policyBannerFor } from "@/lib/policy/queries";
import { PolicyBannerView } from "./policy-banner-view";

/**
 * Shown on every Personal Center page until the signed-in person acknowledges a material change. Until a material
 * version exists this decides without awaiting: an async component is a deferred part of the server render (its
 * own task and row in the page's payload) even when it renders nothing.
 */
export function PolicyBanner() {
  return noMaterialVersionYet() ? null : <PendingPolicyBanner />;
}

async function PendingPolicyBanner() {
  const request = await readRequestInfo();
  if (!request.sessionId) return null;
  const [banner, locale] = await Promise.all([policyBannerFor(request.sessionId), getLocale()]);
  if (!banner) return null;
  return (
    <PolicyBannerView version={banner.version} summary={locale === "zh-CN" ? banner.summaryZh : banner.summaryEn} />
  );
}

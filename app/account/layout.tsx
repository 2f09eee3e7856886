import type { ReactNode } from "react";
import { AccountNav } from "@/components/account/account-nav";
import { SignOutButton } from "@/components/account/sign-out-button";
import { PolicyBanner } from "@/components/policy/policy-banner";

export default function AccountLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex flex-col gap-6 md:flex-row">
      <aside className="flex flex-col gap-3 md:w-56 md:shrink-0">
        <AccountNav />
        <SignOutButton />
      </aside>
      <div className="min-w-0 flex-1">
        <PolicyBanner />
        {children}
      </div>
    </div>
  );
}

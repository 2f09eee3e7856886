"use client";
import type { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { useCallback, useDeferredValue, useMemo, useState } from "react";
import { assessPassword, personalInputs, strengthOptions, type Strength } from "@/lib/password/strength";

// The dictionaries are a few megabytes: fetched once, the first time someone starts typing a new password.
let loading: Promise<ZxcvbnFactory> | null = null;
function loadEstimator(): Promise<ZxcvbnFactory> {
  loading ??= Promise.all([
    import("@zxcvbn-ts/core"),
    import("@zxcvbn-ts/language-common"),
    import("@zxcvbn-ts/language-en"),
  ]).then(([core, common, en]) => new core.ZxcvbnFactory(strengthOptions(common, en)));
  loading.catch(() => (loading = null));
  return loading;
}

export function usePasswordStrength(password: string, personal: string[]) {
  const [estimator, setEstimator] = useState<ZxcvbnFactory | null>(null);
  const prepare = useCallback(() => {
    if (!estimator) loadEstimator().then(setEstimator, () => {});
  }, [estimator]);
  const typed = useDeferredValue(password);
  const inputs = useMemo(() => personalInputs(personal), [personal]);
  const strength: Strength | null = useMemo(
    () => (estimator && typed ? assessPassword(estimator, typed.slice(0, 128), inputs) : null),
    [estimator, typed, inputs],
  );
  return { strength, prepare, loading: Boolean(password) && !estimator };
}

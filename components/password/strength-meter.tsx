"use client";
import { useTranslations } from "@/lib/i18n/use-translations";
import { MIN_SCORE, type Strength } from "@/lib/password/strength";

const colors = ["bg-red-700", "bg-red-600", "bg-amber-500", "bg-green-600", "bg-green-800"];

type Props = { id: string; strength: Strength | null; advice: string[]; loading: boolean };

// A bar for the eye and a sentence for everyone; the estimator's advice is listed under it.
export function StrengthMeter({ id, strength, advice, loading }: Props) {
  const t = useTranslations("password");
  const score = strength?.score ?? 0;
  return (
    <div id={id} className="flex flex-col gap-1" aria-live="polite">
      <div aria-hidden className="h-2 w-full overflow-hidden rounded bg-slate-200">
        <div
          className={`h-full transition-all ${strength ? colors[score] : ""}`}
          style={{ width: strength ? `${(score + 1) * 20}%` : "0%" }}
        />
      </div>
      {loading ? <p className="text-sm text-slate-700">{t("strengthChecking")}</p> : null}
      {strength ? (
        <p className={`text-sm font-medium ${score >= MIN_SCORE ? "text-green-800" : "text-red-800"}`}>
          {t("strength", { level: t(`levels.${score}`) })}
        </p>
      ) : null}
      {advice.length > 0 ? (
        <ul className="list-disc pl-5 text-sm text-slate-700">
          {advice.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

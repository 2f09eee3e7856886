import { useId, type ReactNode } from "react";

type Props = {
  label: string;
  description?: string;
  checked: boolean;
  disabled?: boolean;
  onText: string;
  offText: string;
  onChange: (next: boolean) => void;
  // What happened to the last change, shown under the switch.
  feedback?: ReactNode;
  badge?: ReactNode;
};

// A real switch for assistive technology (role="switch", aria-checked), named by its visible label.
export function Switch({ label, description, checked, disabled, onText, offText, onChange, feedback, badge }: Props) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1 border-b border-slate-100 py-3 last:border-b-0">
      <div className="flex items-start justify-between gap-4">
        <div className="min-w-0">
          <span id={`${id}-label`} className="font-medium">
            {label}
          </span>{" "}
          {badge}
          {description ? (
            <p id={`${id}-desc`} className="text-sm text-slate-700">
              {description}
            </p>
          ) : null}
        </div>
        <button
          type="button"
          role="switch"
          aria-checked={checked}
          aria-labelledby={`${id}-label`}
          aria-describedby={description ? `${id}-desc` : undefined}
          disabled={disabled}
          onClick={() => onChange(!checked)}
          className={`inline-flex min-h-11 min-w-20 shrink-0 items-center gap-2 rounded-full border px-2 py-1 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-60 ${
            checked ? "border-green-700 bg-green-700 text-white" : "border-slate-400 bg-white text-slate-800"
          }`}
        >
          <span
            aria-hidden
            className={`inline-block h-5 w-5 rounded-full ${checked ? "order-last bg-white" : "bg-slate-500"}`}
          />
          <span aria-hidden>{checked ? onText : offText}</span>
        </button>
      </div>
      {feedback ? <p className="text-sm">{feedback}</p> : null}
    </div>
  );
}

import { useId, type ReactNode } from "react";

export type ControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string; invalid: boolean };
type Props = {
  label: string;
  errors?: string[];
  hint?: string;
  id?: string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
};

// The frame every form control shares: its label, a hint, and errors next to it, tied to the control
// with aria-describedby so a screen reader announces them with it.
export function Field({ label, errors, hint, id, className = "", children }: Props) {
  const generated = useId();
  const controlId = id ?? generated;
  const errorId = `${controlId}-error`;
  const hintId = `${controlId}-hint`;
  const invalid = Boolean(errors?.length);
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={controlId} className="font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children({
        id: controlId,
        "aria-invalid": invalid || undefined,
        "aria-describedby": describedBy,
        invalid,
      })}
      {invalid ? (
        <p id={errorId} className="text-sm text-red-700">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

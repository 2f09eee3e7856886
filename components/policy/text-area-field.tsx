import { useId, type TextareaHTMLAttributes } from "react";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; errors?: string[]; hint?: string };

// Like TextField, for long text: errors and hints are tied to the field with aria-describedby.
export function TextAreaField({ label, errors, hint, id, ...rest }: Props) {
  const generated = useId();
  const fieldId = id ?? generated;
  const invalid = Boolean(errors?.length);
  const describedBy = [hint ? `${fieldId}-hint` : null, invalid ? `${fieldId}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId} className="font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${fieldId}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <textarea
        id={fieldId}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy || undefined}
        className={`rounded-md border bg-white px-3 py-2 ${invalid ? "border-red-700" : "border-slate-400"}`}
        {...rest}
      />
      {invalid ? (
        <p id={`${fieldId}-error`} className="text-sm text-red-700">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

import type { InputHTMLAttributes } from "react";
import { Field } from "./field";

type Props = InputHTMLAttributes<HTMLInputElement> & { label: string; errors?: string[]; hint?: string };

export function TextField({ label, errors, hint, id, className, ...rest }: Props) {
  return (
    <Field label={label} errors={errors} hint={hint} id={id} className={className}>
      {({ invalid, ...control }) => (
        <input
          {...control}
          className={`min-h-11 rounded-md border bg-white px-3 py-2 ${invalid ? "border-red-700" : "border-slate-400"}`}
          {...rest}
        />
      )}
    </Field>
  );
}

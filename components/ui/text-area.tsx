import type { TextareaHTMLAttributes } from "react";
import { Field } from "./field";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; errors?: string[]; hint?: string };

// The multi-line sibling of TextField.
export function TextArea({ label, errors, hint, id, className, ...rest }: Props) {
  return (
    <Field label={label} errors={errors} hint={hint} id={id} className={className}>
      {({ invalid, ...control }) => (
        <textarea
          {...control}
          className={`min-h-28 rounded-md border bg-white px-3 py-2 ${invalid ? "border-red-700" : "border-slate-400"}`}
          {...rest}
        />
      )}
    </Field>
  );
}

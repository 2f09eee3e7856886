import type { ButtonHTMLAttributes } from "react";

const styles = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 disabled:bg-slate-400",
  secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-100 disabled:text-slate-400",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-slate-400",
  link: "text-brand-700 underline underline-offset-2 hover:text-brand-600",
} as const;

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof styles; pending?: boolean };

export function Button({ variant = "primary", pending, className = "", children, ...rest }: Props) {
  const base =
    variant === "link" ? "" : "inline-flex min-h-11 items-center justify-center rounded-md px-4 py-2 font-medium";
  return (
    <button
      {...rest}
      disabled={rest.disabled || pending}
      aria-busy={pending || undefined}
      className={`${base} ${styles[variant]} ${className}`}
    >
      {pending ? (
        <span
          aria-hidden
          className="mr-2 inline-block h-4 w-4 animate-spin rounded-full border-2 border-current border-t-transparent"
        />
      ) : null}
      {children}
    </button>
  );
}

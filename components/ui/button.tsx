import type { ButtonHTMLAttributes } from "react";

// The variants' styles are classes in app/globals.css: a button's class list is written into every page's HTML.
const styles = {
  primary: "btn btn-primary",
  secondary: "btn btn-secondary",
  danger: "btn btn-danger",
  link: "btn-link",
} as const;

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof styles; pending?: boolean };

export function Button({ variant = "primary", pending, className = "", children, ...rest }: Props) {
  return (
    <button
      {...rest}
      disabled={rest.disabled || pending}
      aria-busy={pending || undefined}
      className={className ? `${styles[variant]} ${className}` : styles[variant]}
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

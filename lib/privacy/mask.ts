// Masked is the default everywhere personal data is shown; the full value needs step-up.
export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  const p = phone.replace(/^\+86/, "");
  if (p.length < 7) return `${p.slice(0, 1)}****`;
  return `${p.slice(0, 3)}****${p.slice(-4)}`;
}

export function maskEmail(email: string | null): string | null {
  if (!email) return null;
  const at = email.lastIndexOf("@");
  if (at < 1) return "***";
  return `${email[0]}***${email.slice(at)}`;
}

export function maskIdNumber(id: string | null): string | null {
  if (!id) return null;
  if (id.length <= 8) return "*".repeat(id.length);
  return `${id.slice(0, 4)}${"*".repeat(id.length - 8)}${id.slice(-4)}`;
}

export function maskCard(last4: string): string {
  return `**** ${last4}`;
}

export function maskName(name: string | null): string | null {
  if (!name) return null;
  const chars = [...name];
  return chars.length <= 1 ? "*" : `${chars[0]}${"*".repeat(chars.length - 1)}`;
}

// A provider's account handle (open id, user name) where the provider gave no display name.
export function maskHandle(handle: string | null): string | null {
  if (!handle) return null;
  const chars = [...handle];
  if (chars.length <= 6) return "***";
  return `${chars.slice(0, 2).join("")}***${chars.slice(-2).join("")}`;
}

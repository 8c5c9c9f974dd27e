// Links for opt-out contacts, built by us from the contact's value. Only mailto:, tel:, https: and
// http: are ever produced; anything that doesn't validate gets no link and is shown as plain text.
import { dialDigits, isVanityNumber } from "@/lib/summarize/contacts";
import type { Contact } from "@/lib/types";

const EMAIL =
  /^[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.[a-z]{2,24}$/i;
const PHONE_SHAPE = /^\+?[\dA-Z\s().-]+(?:\s*(?:ext\.?|extension|x)\s*\d{1,6})?$/i;
const ANY_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const WEB_SCHEME = /^https?:\/\//i;

export function mailtoHref(value: string): string | null {
  const address = value.trim();
  return EMAIL.test(address) ? `mailto:${address}` : null;
}

/**
 * "+1 (800) 555-0100 ext. 12" → "tel:+18005550100;ext=12", and a vanity number "1-800-FLOWERS" →
 * "tel:18003569377" (letters dialled as on a keypad); null when it isn't a phone number.
 */
export function telHref(value: string): string | null {
  const phone = value.trim();
  if (!PHONE_SHAPE.test(phone)) return null;
  const extension = /(?:ext\.?|extension|x)\s*(\d{1,6})$/i.exec(phone)?.[1];
  const main = phone.replace(/\s*(?:ext\.?|extension|x)\s*\d{1,6}$/i, "");
  // Letters stand in for digits only in a North American vanity number ("CALL-NOW" is not one).
  if (/[a-z]/i.test(main) && !isVanityNumber(main)) return null;
  const digits = dialDigits(main);
  if (digits.length < 7 || digits.length > 15) return null;
  const plus = main.startsWith("+") ? "+" : "";
  return `tel:${plus}${digits}${extension ? `;ext=${extension}` : ""}`;
}

/** An absolute http(s) URL for a web contact ("www.example.com/optout" gets https://); else null. */
export function webHref(value: string): string | null {
  const raw = value.trim();
  if (!raw || /[\s<>"'`\\]/.test(raw)) return null;
  // A value with any other scheme (javascript:, data:, vbscript:, file:…) is never a link.
  if (ANY_SCHEME.test(raw) && !WEB_SCHEME.test(raw)) return null;
  const candidate = WEB_SCHEME.test(raw) ? raw : `https://${raw}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username || url.password) return null;
  if (!/^[a-z0-9.-]+\.[a-z]{2,24}$/i.test(url.hostname)) return null;
  return url.href;
}

/** The link for a contact, or null when it must be shown as plain text (postal addresses, forms, junk). */
export function contactHref(contact: Pick<Contact, "kind" | "value">): string | null {
  switch (contact.kind) {
    case "email":
      return mailtoHref(contact.value);
    case "phone":
      return telHref(contact.value);
    case "url":
      return webHref(contact.value);
    default:
      return null;
  }
}

// The words a contact is shown with. A web link is shown by its own words ("Do Not Sell or Share My
// Personal Information"); words that say nothing alone ("here", "this link") give way to the site and
// page the link goes to, so the card never lists a bare "here".
import type { Contact } from "@/lib/types";

const BARE =
  /^(?:(?:click |tap )?here|this (?:link|page|form|tool)|(?:the )?link|visit|learn more|more|page|online)$/i;

/** "https://www.example.com/privacy/choices?x=1" → "example.com/privacy/choices". */
function shortAddress(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol !== "https:" && url.protocol !== "http:") return value;
    const page = url.pathname.replace(/\/+$/, "");
    return `${url.hostname.replace(/^www\./, "")}${page}`;
  } catch {
    return value;
  }
}

export function contactLabel(contact: Pick<Contact, "kind" | "value" | "text">): string {
  if (contact.kind !== "url") return contact.value;
  const words = contact.text?.trim().replace(/[.!:]+$/, "") ?? "";
  return words && !BARE.test(words) ? words : shortAddress(contact.value);
}

// The one-line verdict of each finding, in the user's language. Which verdict a finding gets is
// declared with the finding (lib/findings/<name>.ts); this words it.
import { factMessage, purposeMessage } from "@/lib/findings/fact-messages";
import { type FindingKey, verdictMessage } from "@/lib/findings/index";
import { type MessageKey, t } from "@/lib/i18n";
import type { ContactKind, Summary } from "@/lib/types";

export function verdictOf(summary: Summary, name: FindingKey): string {
  const { key, substitutions } = verdictMessage(summary, name);
  return t(key, ...substitutions);
}

/** What a contact is for, in the user's language (the purpose as the summary words it if unknown). */
export function purposeText(purpose: string): string {
  const key = purposeMessage(purpose);
  return key ? t(key) : purpose;
}

/**
 * A fact of a finding in the user's language: the message its wording stands for (fact-messages.ts),
 * with a contact count's purpose translated too. A wording without a message is shown as it is.
 */
export function factText(fact: string): string {
  const m = factMessage(fact);
  if (!m) return fact;
  const counts = m.key === "factOptOutContactsOne" || m.key === "factOptOutContactsMany";
  const [first = "", ...rest] = m.substitutions;
  const text = counts ? t(m.key, purposeText(first), ...rest) : t(m.key, ...m.substitutions);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

export const CONTACT_KIND_LABEL: Record<ContactKind, MessageKey> = {
  email: "contactKindEmail",
  url: "contactKindUrl",
  phone: "contactKindPhone",
  postal: "contactKindPostal",
  form: "contactKindForm",
};

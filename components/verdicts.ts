// The one-line verdict of each finding, in the user's language. Which verdict a finding gets is
// declared with the finding (lib/findings/<name>.ts); this words it.
import { type FindingKey, verdictMessage } from "@/lib/findings/index";
import { type MessageKey, t } from "@/lib/i18n";
import type { ContactKind, Summary } from "@/lib/types";

export function verdictOf(summary: Summary, name: FindingKey): string {
  const { key, substitutions } = verdictMessage(summary, name);
  return t(key, ...substitutions);
}

export const CONTACT_KIND_LABEL: Record<ContactKind, MessageKey> = {
  email: "contactKindEmail",
  url: "contactKindUrl",
  phone: "contactKindPhone",
  postal: "contactKindPostal",
  form: "contactKindForm",
};

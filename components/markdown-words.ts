// The popup's words for lib/markdown.ts, from the locale files.
import { t } from "@/lib/i18n";
import type { MarkdownWords } from "@/lib/markdown";
import { CONTACT_KIND_LABEL, FINDING_TITLE, LEVEL_WORD, verdictOf } from "./verdicts";

export function markdownWords(): MarkdownWords {
  return {
    heading: (title) => t("markdownTitle", title),
    findingTitle: (name) => t(FINDING_TITLE[name]),
    level: (level) => t(LEVEL_WORD[level]),
    verdict: verdictOf,
    contactKind: (kind) => t(CONTACT_KIND_LABEL[kind]),
    contactsLabel: t("markdownContacts"),
    evidenceLabel: t("markdownEvidence"),
    footer: t("markdownFooter"),
  };
}

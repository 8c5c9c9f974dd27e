// The popup's words for lib/markdown.ts, from the locale files.
import { findingOf, LEVEL_WORD } from "@/lib/findings/index";
import { t } from "@/lib/i18n";
import type { MarkdownWords } from "@/lib/markdown";
import { CONTACT_KIND_LABEL, factText, verdictOf } from "./verdicts";

export function markdownWords(): MarkdownWords {
  return {
    heading: (title) => t("markdownTitle", title),
    findingTitle: (name) => t(findingOf(name).messages.title),
    level: (level) => t(LEVEL_WORD[level]),
    verdict: verdictOf,
    fact: factText,
    contactKind: (kind) => t(CONTACT_KIND_LABEL[kind]),
    contactsLabel: t("markdownContacts"),
    evidenceLabel: t("markdownEvidence"),
    footer: t("markdownFooter"),
  };
}

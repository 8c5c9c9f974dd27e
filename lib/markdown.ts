// A tab's summary as Markdown, for "Copy as Markdown". Pure: the words (titles, level words,
// verdicts, labels) are given by the caller, so this works in any language and in tests.
import { contactsOf, FINDINGS, type FindingKey } from "./findings/index";
import type { Contact, Level, Summary } from "./types";

export interface MarkdownWords {
  heading(title: string): string;
  findingTitle(name: FindingKey): string;
  level(level: Level): string;
  verdict(summary: Summary, name: FindingKey): string;
  /** A fact as the summary words it, in the reader's language. */
  fact(fact: string): string;
  contactKind(kind: Contact["kind"]): string;
  contactsLabel: string;
  evidenceLabel: string;
  footer: string;
}

export interface MarkdownSource {
  title: string;
  url: string;
  summary: Summary;
}

/**
 * Escapes page-derived text so it stays text in any Markdown renderer: no links, images, HTML,
 * emphasis or headings can be smuggled in by a policy's wording.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, " ")
    .replace(/\s{2,}/g, " ")
    .trim()
    .replace(/[\\`*_{}[\]<>#|~&]/g, (ch) => `\\${ch}`)
    .replace(/^([-+])(?=\s)/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

/** Only http(s) page addresses are written as autolinks; anything else is escaped text. */
function addressLine(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "https:" || parsed.protocol === "http:")
      return `<${parsed.href.replace(/[<> ]/g, encodeURIComponent)}>`;
  } catch {
    // not a URL: fall through
  }
  return escapeMarkdown(url);
}

export function summaryToMarkdown(source: MarkdownSource, words: MarkdownWords): string {
  const { summary } = source;
  const lines: string[] = [`# ${words.heading(escapeMarkdown(source.title || source.url))}`, ""];
  if (source.url) lines.push(addressLine(source.url), "");
  for (const { key: name } of FINDINGS) {
    const finding = summary[name];
    lines.push(`## ${words.findingTitle(name)}: ${words.level(finding.level)}`, "");
    lines.push(words.verdict(summary, name), "");
    if (finding.facts.length) {
      for (const fact of finding.facts) lines.push(`- ${escapeMarkdown(words.fact(fact))}`);
      lines.push("");
    }
    const contacts = contactsOf(summary, name);
    if (contacts.length) {
      lines.push(words.contactsLabel, "");
      for (const contact of contacts) {
        // A link is written with its words and its address (the words alone could not be followed).
        const shown =
          contact.kind === "url" && contact.text && contact.text !== contact.value
            ? `${escapeMarkdown(contact.text)} (${escapeMarkdown(contact.value)})`
            : escapeMarkdown(contact.value);
        lines.push(`- ${words.contactKind(contact.kind)}: ${shown}`);
      }
      lines.push("");
    }
    if (finding.evidence.length) {
      lines.push(words.evidenceLabel, "");
      for (const quote of finding.evidence) lines.push(`> ${escapeMarkdown(quote.text)}`, ">");
      lines.pop();
      lines.push("");
    }
  }
  lines.push(`_${words.footer}_`, "");
  return lines.join("\n");
}

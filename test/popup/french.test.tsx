// @vitest-environment happy-dom
// The popup and the Markdown copy in French: card titles, verdicts, facts and contact purposes all come
// from _locales/fr, for a summary read from a French policy (our own fixture page's text).
import { readFileSync } from "node:fs";
import path from "node:path";
import { h } from "preact";
import { afterEach, describe, expect, it } from "vitest";
import { markdownWords } from "@/components/markdown-words";
import { SummaryView } from "@/components/SummaryView";
import { factText, purposeText } from "@/components/verdicts";
import { lookupFromMessages, setMessageLookup } from "@/lib/i18n";
import { frReading } from "@/lib/lang/fr/read";
import { summaryToMarkdown } from "@/lib/markdown";
import { summarizeWith } from "@/lib/summarize/cue-reader";
import { tabStateFixture } from "./fixtures";
import { renderInto } from "./render";

const ROOT = path.resolve(__dirname, "../..");
const FRENCH = JSON.parse(readFileSync(path.join(ROOT, "public/_locales/fr/messages.json"), "utf8"));
const useFrench = () => setMessageLookup(lookupFromMessages(FRENCH));

const paragraphs = [
  "Nous utilisons des cookies. Nos partenaires publicitaires déposent des cookies tiers pour vous montrer des publicités.",
  "Nous partageons vos données avec nos prestataires. Nous ne vendons pas vos données personnelles.",
  "Vous pouvez exercer vos droits en nous écrivant à vie-privee@exemple.fr.",
];
const summary = summarizeWith(
  frReading,
  paragraphs.map((text, index) => ({ index, text, heading: "", categories: [], labels: [] })),
);

afterEach(() => setMessageLookup());

describe("French UI", () => {
  it("words facts and purposes from the French messages", () => {
    useFrench();
    expect(factText("Uses third-party advertising cookies")).toBe("Utilise des cookies publicitaires tiers");
    expect(factText("Names third parties: Google, Meta")).toBe("Tiers nommés : Google, Meta");
    expect(factText("Privacy questions: 2 contacts")).toBe("Questions sur la vie privée : 2 contacts");
    expect(purposeText("opt out of marketing e-mails")).toBe("refuser les e-mails marketing");
    // A wording no rule writes is shown as it is rather than as a key.
    expect(factText("Something new")).toBe("Something new");
  });

  it("renders the summary of a French policy in French", async () => {
    useFrench();
    const view = await renderInto(h(SummaryView, { state: tabStateFixture({ summary }), summary }));
    const text = view.root.textContent ?? "";
    expect(text).toContain("Partage des données");
    expect(text).toContain("Utilise des cookies publicitaires tiers");
    expect(text).toContain("Dit ne pas vendre de données personnelles");
    expect(text).not.toContain("Uses cookies");
    view.unmount();
  });

  it("copies the summary as French Markdown", () => {
    useFrench();
    const md = summaryToMarkdown({ title: "Politique", url: "", summary }, markdownWords());
    expect(md).toContain("- Partage des données avec des tiers");
    expect(md).toContain("Résumé de confidentialité : Politique");
  });
});

// Fixes from the new-user trial: DNT stance vs its quote, contacts after a lead-in, regulators,
// purposes, duplicate addresses, vanity numbers, over-claimed tracking, and quotes cut short.
// Every sentence here is our own wording.
import { describe, expect, it } from "vitest";
import { telHref } from "../../components/contact-href";
import { contactKey, extractAll } from "../../lib/summarize/contacts";
import { sentencesOf } from "../../lib/summarize/evidence";
import { optOutFinding } from "../../lib/summarize/opt-out";
import { sentenceStance, trackingFinding } from "../../lib/summarize/tracking";
import { seg, segs } from "./helpers";

describe("Do Not Track stance", () => {
  it.each([
    ["At present we take no action when a browser sends a Do Not Track signal.", "not-honored"],
    ["The site takes no action in response to DNT headers.", "not-honored"],
    ["We do not respond to Do Not Track requests.", "not-honored"],
    ["Our pages do not currently respond to do-not-track settings.", "not-honored"],
    ["This service does not recognize the Do Not Track header.", "not-honored"],
    ["Our apps are not currently set up to honor DNT.", "not-honored"],
    ["A state statute obliges us to explain how we respond to Do Not Track signals.", "unclear"],
    ["Below we describe whether we honor DNT requests from your browser.", "unclear"],
    ["We honor Do Not Track signals sent by your browser.", "honored"],
  ])("%s → %s", (text, stance) => {
    expect(sentenceStance(text)).toBe(stance);
  });

  it.each([
    [
      "A state statute obliges us to explain how we respond to Do Not Track signals. At present we take no action when a browser sends a Do Not Track signal.",
      "not-honored",
    ],
    [
      "Some laws ask sites to say how they respond to DNT. Our pages do not currently respond to do-not-track settings.",
      "not-honored",
    ],
    [
      "The law asks us to disclose how we respond to Do Not Track signals. We honor those signals.",
      "honored",
    ],
  ])("policy %# reads %s and never quotes the opposite", (text, stance) => {
    const t = trackingFinding([seg(0, text)]);
    expect(t.doNotTrack).toBe(stance);
    for (const e of t.evidence) {
      const here = sentenceStance(e.text);
      expect(here === "unclear" || here === stance).toBe(true);
    }
  });
});

describe("contacts after a lead-in segment", () => {
  const lead = "For any question about this notice or your data, please get in touch with us at:";
  it.each([
    [
      "Attn: Data Desk, Example Widgets, Inc. 12 Harbor Blvd Springfield, IL 62701 Email: desk@example.org",
      // Postal addresses come last: a letter is the slowest way to ask.
      ["email:desk@example.org", "postal:12 harbor blvd springfield il 62701"],
    ],
    ["Phone: 1-800-555-0100", ["phone:18005550100"]],
  ])("%s", (block, keys) => {
    const f = optOutFinding([
      seg(0, lead, { categories: ["Other"] }),
      seg(1, block, { categories: ["Other"] }),
    ]);
    expect(f.contacts.map(contactKey)).toEqual(keys);
    for (const c of f.contacts) expect(c.purpose).toBe("privacy questions");
  });

  it("does not carry a lead-in past a prose segment", () => {
    const f = optOutFinding([
      seg(0, lead, { categories: ["Other"] }),
      seg(1, "We revise this notice now and then.", { categories: ["Other"] }),
      seg(2, "Sales office: 12 Harbor Blvd Springfield, IL 62701", { categories: ["Other"] }),
    ]);
    expect(f.contacts).toEqual([]);
  });
});

describe("regulators, purposes, duplicates", () => {
  it.each([
    [
      "If you have concerns, write to us or you may also reach the State Attorney General's consumer office at: Phone: (555) 201-3344 Email: help@ag.example.gov",
    ],
    ["You can file a complaint with the FTC by calling 1-877-555-0199."],
    ["You may lodge a complaint with your data protection authority at dpa@example.eu."],
  ])("leaves out a regulator's contacts: %s", (text) => {
    const f = optOutFinding([seg(0, text, { categories: ["User Choice/Control"] })]);
    expect(f.contacts).toEqual([]);
  });

  it("keeps the company's own contact named after the regulator", () => {
    const f = optOutFinding([
      seg(
        0,
        "You may complain to the Attorney General, but please contact us first at privacy@example.com.",
        { categories: ["User Choice/Control"] },
      ),
    ]);
    expect(f.contacts.map((c) => c.value)).toEqual(["privacy@example.com"]);
  });

  it.each([
    [
      "To ask that our sister companies not use your details for their own offers, call 1-800-555-0142 at any time.",
      "opt out of sharing",
    ],
    ["If you want us to limit sharing with partners, e-mail share@example.com.", "opt out of sharing"],
    ["To join our internal do-not-call list, phone 1-800-555-0177.", "opt out of telemarketing calls"],
  ])("purpose from the sentence: %s", (text, purpose) => {
    const f = optOutFinding([seg(0, text, { categories: ["User Choice/Control"] })]);
    expect(f.contacts[0]?.purpose).toBe(purpose);
  });

  it.each([
    ["P.O. Box 77 Springfield, IL 62701", "P.O. Box 77, Springfield, IL 62701"],
    ["P.O.Box 77, Springfield, IL 62701", "PO Box 77 Springfield IL 62701"],
  ])("%s and %s are one address", (a, b) => {
    expect(contactKey({ kind: "postal", value: a })).toBe(contactKey({ kind: "postal", value: b }));
    const f = optOutFinding([
      seg(0, `Send requests to: Privacy Desk, ${a}`, { categories: ["User Choice/Control"] }),
      seg(1, `Or send requests to: Privacy Desk, ${b}`, { categories: ["User Choice/Control"] }),
    ]);
    expect(f.contacts.filter((c) => c.kind === "postal")).toHaveLength(1);
  });
});

describe("vanity phone numbers", () => {
  it.each([
    ["Please call 1-800-FLOWERS for help.", "1-800-FLOWERS", "tel:18003569377"],
    ["Call us toll-free at 1-800-PRIVACYNOW.", "1-800-PRIVACYNOW", "tel:18007748229"],
    ["Phone (888) 555-HELP any day.", "(888) 555-HELP", "tel:8885554357"],
  ])("%s", (text, value, href) => {
    const phones = extractAll(text).filter((c) => c.kind === "phone");
    expect(phones.map((p) => p.value)).toEqual([value]);
    expect(telHref(value)).toBe(href);
  });

  it.each([["Our product code is 800-ABCDEFG."], ["See form 100-WIDGETS for details."]])(
    "needs a phone word before it: %s",
    (text) => {
      expect(extractAll(text).filter((c) => c.kind === "phone")).toEqual([]);
    },
  );
});

describe("tracking claims need matching evidence", () => {
  it.each([
    ["We record your IP address and the pages you open on our site.", false],
    ["We use the GPS of your phone to show nearby stores.", true],
    ["Your approximate location may be inferred and used for local offers.", true],
  ])("location from %s → %s", (text, expected) => {
    const t = trackingFinding([seg(0, text, { labels: ["location"] })]);
    expect(t.facts.includes("Collects your location")).toBe(expected);
  });

  it("does not file a marketing e-mail opt-out as an analytics opt-out", () => {
    const t = trackingFinding(
      segs(
        "Our site uses Google Analytics to count visits.",
        "To opt out of our newsletters, e-mail leave@example.com at any time.",
      ),
    );
    expect(t.notes.filter((n) => n.kind === "analytics-opt-out")).toEqual([]);
  });

  it.each([
    [
      "We may share your data with service providers that handle hosting, payments, marketing or remarketing and site analytics for us.",
    ],
    ["You may opt out of accepting cookies from our site in your browser."],
  ])("keeps off-topic sentences out of tracking evidence: %s", (text) => {
    const t = trackingFinding(segs("Our site uses Google Analytics to count visits.", text));
    expect(t.evidence.map((e) => e.text)).not.toContain(text);
  });
});

describe("evidence quotes are whole", () => {
  it("drops a sentence that stops mid-thought at the end of its segment", () => {
    const t = trackingFinding(
      segs("We read the GPS position of your phone. We use your position data to", "find stores near you"),
    );
    expect(t.evidence.map((e) => e.text)).not.toContain("We use your position data to");
    expect(t.notes.map((n) => n.text)).not.toContain("We use your position data to");
  });

  it.each([
    ["We use your location data to: • show stores near you • fill in your city", false],
    [`We use your location data to: ${"• show the shops around you ".repeat(20)}`, true],
  ])("includes the list after an introducing sentence (%#)", (text, cut) => {
    const [s] = sentencesOf([seg(0, text)]);
    expect(s?.quote).toBeDefined();
    expect(s?.quote?.startsWith("We use your location data to:")).toBe(true);
    expect((s?.quote ?? "").length).toBeLessThanOrEqual(301);
    expect(s?.quote?.endsWith("…")).toBe(cut);
    if (!cut) expect(text).toContain(s?.quote ?? "");
    const t = trackingFinding([seg(0, text)]);
    expect(
      t.evidence.some((e) => e.text.startsWith("We use your location data to:") && e.text.length > 30),
    ).toBe(true);
  });
});

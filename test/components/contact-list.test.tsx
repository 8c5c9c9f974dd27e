// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ContactList } from "@/components/ContactList";
import { contactHref } from "@/components/contact-href";
import { contactLabel } from "@/components/contact-label";
import { setMessageLookup } from "@/lib/i18n";
import type { Contact, ContactKind } from "@/lib/types";
import { useEnglishMessages } from "../popup/english";
import { type Rendered, renderInto } from "../popup/render";

const contact = (kind: ContactKind, value: string): Contact => ({ kind, value, purpose: "", segment: 0 });

describe("contactHref", () => {
  const cases: [ContactKind, string, string | null][] = [
    ["email", "privacy@example.com", "mailto:privacy@example.com"],
    ["email", "Privacy.Team+opt@mail.example.co.uk", "mailto:Privacy.Team+opt@mail.example.co.uk"],
    ["email", "privacy@example.com?subject=x&body=y", null],
    ["email", "javascript:alert(1)//@example.com", null],
    ["email", "not an address", null],
    ["phone", "+1 (800) 555-0100", "tel:+18005550100"],
    ["phone", "1-800-555-0100 ext. 12", "tel:18005550100;ext=12"],
    ["phone", "020 7946 0958", "tel:02079460958"],
    ["phone", "12", null],
    ["phone", "1-800-FLOWERS", "tel:18003569377"],
    ["phone", "(888) 555-HELP", "tel:8885554357"],
    ["phone", "CALL-NOW-PLEASE", null],
    ["phone", "ask for 555-HELP", null],
    ["phone", "javascript:alert(1)", null],
    ["url", "https://example.com/optout", "https://example.com/optout"],
    ["url", "http://example.com/choices?x=1", "http://example.com/choices?x=1"],
    ["url", "www.aboutads.info/choices", "https://www.aboutads.info/choices"],
    ["url", "javascript:alert(1)", null],
    ["url", "JavaScript:alert(document.cookie)", null],
    ["url", " javascript:alert(1)", null],
    ["url", "java\tscript:alert(1)", null],
    ["url", "data:text/html,<script>alert(1)</script>", null],
    ["url", "vbscript:msgbox(1)", null],
    ["url", "file:///etc/passwd", null],
    ["url", "https://user:pass@example.com/", null],
    ["url", "https://localhost/", null],
    ["url", "not a url", null],
    ["postal", "1 Main Street, Springfield", null],
    ["form", "https://example.com/form", null],
  ];
  it.each(cases)("%s %j → %j", (kind, value, expected) => {
    expect(contactHref(contact(kind, value))).toBe(expected);
  });

  it("only ever produces mailto:, tel:, https: or http: links", () => {
    for (const [kind, value] of cases) {
      const href = contactHref(contact(kind, value));
      if (href !== null) expect(href).toMatch(/^(?:mailto:|tel:|https:\/\/|http:\/\/)/);
    }
  });
});

describe("ContactList", () => {
  let view: Rendered | undefined;
  beforeEach(() => useEnglishMessages());
  afterEach(() => {
    view?.unmount();
    setMessageLookup();
  });

  it("links valid contacts and shows the rest as plain text", async () => {
    view = await renderInto(
      <ContactList
        contacts={[
          contact("email", "privacy@example.com"),
          contact("url", "javascript:alert(1)"),
          contact("url", "www.example.com/optout"),
          contact("postal", "1 Main Street"),
        ]}
      />,
    );
    const links = [...view.root.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual(["mailto:privacy@example.com", "https://www.example.com/optout"]);
    expect(view.root.innerHTML).not.toMatch(/href="javascript:/i);
    expect(view.root.textContent).toContain("javascript:alert(1)");
    expect(view.root.textContent).toContain("1 Main Street");
    const web = view.root.querySelector('a[href^="https:"]');
    expect(web?.getAttribute("rel")).toBe("noopener noreferrer");
  });

  it("shows a link by its words, its address in the link", async () => {
    view = await renderInto(
      <ContactList
        contacts={[
          { kind: "url", value: "https://shop.example/ads", text: "Ad preferences", purpose: "", segment: 0 },
        ]}
      />,
    );
    const a = view.root.querySelector("a");
    expect(a?.textContent).toBe("Ad preferences");
    expect(a?.getAttribute("href")).toBe("https://shop.example/ads");
  });
});

describe("contactLabel", () => {
  const web = (value: string, text?: string): Contact => ({
    kind: "url",
    value,
    text,
    purpose: "",
    segment: 0,
  });
  it.each([
    [
      web("https://shop.example/dns", "Do Not Sell or Share My Personal Information"),
      "Do Not Sell or Share My Personal Information",
    ],
    [web("https://www.shop.example/privacy/choices/?x=1", "here"), "shop.example/privacy/choices"],
    [web("https://shop.example/ads", "Click here."), "shop.example/ads"],
    [web("https://shop.example/"), "shop.example"],
    [web("javascript:alert(1)"), "javascript:alert(1)"],
    [contact("email", "privacy@shop.example"), "privacy@shop.example"],
  ])("%j → %s", (c, want) => {
    expect(contactLabel(c)).toBe(want);
  });
});

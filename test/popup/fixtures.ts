// Plain data for the popup's states: summaries and tab states as the background keeps them.
import type { PageInfo } from "@/lib/messages";
import type { TabState } from "@/lib/tab-state";
import type { Summary } from "@/lib/types";

export function summaryFixture(overrides: Partial<Summary> = {}): Summary {
  return {
    cookies: {
      level: "bad",
      uses: true,
      thirdParty: true,
      advertising: true,
      analytics: true,
      refuse: ["browser-settings"],
      facts: ["Uses cookies", "Uses third-party advertising cookies"],
      evidence: [{ text: "We allow advertising partners to place cookies on your device.", segment: 3 }],
    },
    sharing: {
      level: "caution",
      thirdParty: true,
      advertising: false,
      sells: false,
      purposes: ["service providers"],
      namedThirdParties: [],
      facts: ["Shares data with third parties", "Says it does not sell personal data"],
      evidence: [{ text: "We share information with service providers who host our site.", segment: 5 }],
    },
    optOut: {
      level: "good",
      choices: ["opt-out-link", "contact"],
      contacts: [
        { kind: "email", value: "privacy@example.com", purpose: "to opt out", segment: 7 },
        { kind: "url", value: "www.example.com/optout", purpose: "opt-out page", segment: 7 },
        { kind: "phone", value: "+1 (800) 555-0100", purpose: "questions", segment: 8 },
        { kind: "postal", value: "1 Main Street, Springfield", purpose: "write to us", segment: 8 },
      ],
      facts: ["You can opt out through a link"],
      evidence: [{ text: "To opt out, e-mail privacy@example.com.", segment: 7 }],
    },
    tracking: {
      level: "unknown",
      doNotTrack: "not-mentioned",
      globalPrivacyControl: "not-mentioned",
      notes: [],
      facts: [],
      evidence: [],
    },
    ...overrides,
  };
}

export const PAGE_URL = "https://shop.example.com/privacy";

export function tabStateFixture(overrides: Partial<TabState> = {}): TabState {
  return {
    status: "analysed",
    url: PAGE_URL,
    title: "Example Shop privacy policy",
    detection: { isPolicy: true, score: 0.97, reasons: ["url:privacy"] },
    trigger: "auto",
    segmentCount: 42,
    summary: summaryFixture(),
    updatedAt: 1_700_000_000_000,
    ...overrides,
  };
}

export function pageInfoFixture(overrides: Partial<PageInfo> = {}): PageInfo {
  return {
    url: PAGE_URL,
    detection: { isPolicy: true, score: 0.97, reasons: ["url:privacy"] },
    policyLink: null,
    ...overrides,
  };
}

/** A quote and a contact holding one long unbroken address, as archived policies have. */
export const LONG_URL =
  "https://web.archive.org/web/20160405120000/http://www.example-shop-with-a-long-name.com/legal/privacy-policy/cookies-and-similar-technologies?utm_source=footer&utm_medium=link";

export function longTextSummary(): Summary {
  const summary = summaryFixture();
  summary.cookies.evidence = [
    { text: `Our cookie policy, archived at ${LONG_URL}, lists every cookie we set.`, segment: 3 },
  ];
  summary.optOut.contacts = [
    { kind: "url", value: LONG_URL.replace("https://", ""), purpose: "opt-out page", segment: 7 },
    ...summary.optOut.contacts,
  ];
  return summary;
}

/** The home page of the shop, where "Analyse this site's privacy policy" was clicked. */
export const HOME_URL = "https://shop.example.com/";

/** The result of "Analyse this site's privacy policy": read from PAGE_URL while the tab shows HOME_URL. */
export function sitePolicyStateFixture(overrides: Partial<TabState> = {}): TabState {
  return tabStateFixture({
    trigger: "site-policy",
    detection: { isPolicy: false, score: 0, reasons: [] },
    ...overrides,
  });
}

export function homePageFixture(): PageInfo {
  return pageInfoFixture({
    url: HOME_URL,
    detection: { isPolicy: false, score: 0.1, reasons: [] },
    policyLink: PAGE_URL,
  });
}

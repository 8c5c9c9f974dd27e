// Cookies: are cookies (or similar trackers) used, by whom, for what, and how to refuse them.
import { z } from "zod/mini";
import { defineFinding, findingSchema } from "./define";

const nullableBool = z.nullable(z.boolean());

const schema = findingSchema({
  uses: nullableBool,
  thirdParty: nullableBool,
  advertising: nullableBool,
  analytics: nullableBool,
  /** How to refuse cookies: "browser-settings" | "consent-tool" | "opt-out-link". */
  refuse: z.array(z.string()),
});
export type CookiesFinding = z.output<typeof schema>;

export const cookies = defineFinding({
  key: "cookies",
  schema,
  reportName: "cookies",
  messages: {
    title: "findingCookies",
    verdicts: {
      unknown: "verdictCookiesUnknown",
      none: "verdictCookiesNone",
      thirdPartyAds: "verdictCookiesThirdPartyAds",
      ads: "verdictCookiesAds",
      thirdParty: "verdictCookiesThirdParty",
      analytics: "verdictCookiesAnalytics",
      uses: "verdictCookiesUses",
    },
  },
  rubric: {
    bad: "Third parties set cookies for advertising.",
    caution:
      "Cookies are used, and not only essential or settings ones: third-party, advertising or analytics cookies, or no word on what they are for.",
    good: "Says it uses no cookies, or only essential or settings cookies (or usually none), with no third-party, advertising or analytics cookies.",
    unknown: "Cookies are never mentioned.",
  },
  icon: [
    { path: "M10 2.2a7.8 7.8 0 1 0 7.8 8.3 2.6 2.6 0 0 1-3-2.6 2.6 2.6 0 0 1-2.6-2.7A2.6 2.6 0 0 1 10 2.2z" },
    { circle: [7, 8, 0.9], filled: true },
    { circle: [12.5, 12.5, 0.9], filled: true },
    { circle: [7.5, 13, 0.9], filled: true },
  ],
  verdict(f) {
    if (f.level === "unknown" || f.uses === null) return "unknown";
    if (f.uses === false) return "none";
    if (f.thirdParty && f.advertising) return "thirdPartyAds";
    if (f.advertising) return "ads";
    if (f.thirdParty) return "thirdParty";
    if (f.analytics) return "analytics";
    return "uses";
  },
});

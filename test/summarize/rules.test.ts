// Every row of the rule tables (lib/summarize/rule.ts), read on statements of our own: the practice
// stated, the same practice denied, and a sentence that shares the rule's words but not its practice.
// A row added without its cases fails the first test.
import { describe, expect, it } from "vitest";
import "../../lib/summarize";
import { cueText } from "../../lib/summarize/cue";
import { allRules, readRule } from "../../lib/summarize/rule";

interface Cases {
  /** Statements of the practice: each reads "stated". */
  stated: string[];
  /** The practice denied: "denied" for a rule a negation flips, nothing for one it cancels. */
  denied: string[];
  /** The rule's words without its practice (a right, a question, another subject): nothing. */
  outOfScope: string[];
}

const CASES: Record<string, Cases> = {
  "cookies.third-party-named": {
    stated: [
      "Our pages carry third-party cookies from the networks that fill our ad slots.",
      "Some cookies on this site are placed by our advertising partners.",
      "We rely on Mixpanel to count how visitors move through the checkout.",
      "Chartbeat cookies tell us which stories are read to the end.",
      "We may use third-party web analytics services to learn which pages work.",
      "The measurement cookies on our shop belong to our service providers.",
      "Two of the pixels in our newsletter are operated by our marketing partners.",
    ],
    denied: [
      "We do not use Google Analytics or any similar service.",
      "No third-party cookies are set when you read an article.",
      "None of the cookies on the site belong to our advertising partners.",
    ],
    outOfScope: [
      "You may ask us whether we use Hotjar on the page you visited.",
      "You can ask which of the cookies belong to our vendors.",
      "Our reporters wrote a story about Criteo last spring and how the company grew.",
    ],
  },
  "cookies.others-place": {
    stated: [
      "Our advertising partners may place cookies on your device when you read a story.",
      "These service providers use similar technologies to measure how the shop performs.",
      "Google uses cookies to work out which of our pages you came from.",
      "Third parties we work with might set pixels in the newsletters we send.",
      // The first match sits in a condition; the one after it states the practice.
      "To the extent that we work with advertisers, those companies may place cookies on your browser.",
      // A relative clause on the subject, ended by a comma, before the verb.
      "Partners that help us run the quiz pages, such as the studios that host the videos and the firms that count the plays, may also use these technologies to remember you.",
    ],
    denied: [
      "Our partners may not place cookies on your browser without asking us first.",
      "Vendors who print our catalogue, and the couriers who deliver it, do not use cookies of any kind.",
      "We never allow advertisers to set cookies on the pages of our members' area.",
    ],
    outOfScope: [
      "You can learn more about how Google uses cookies on its own help pages.",
      // Every match in a question: none states a practice.
      "You may ask us whether our partners place cookies and whether other vendors use pixels.",
      "Our partners use the donations to build schools; cookies are described in another section.",
      "Many companies use cookies.",
      "You can ask whether vendors that host our videos, or the studios that make them, use pixels.",
    ],
  },
  "cookies.tracker-mentioned": {
    stated: [
      "Google Analytics is a web analytics service that tells us which pages are read.",
      "Visits are counted with Hotjar.",
    ],
    denied: [
      "We do not use any outside analytics services (e.g. Google Analytics or Hotjar).",
      "We never load Criteo tags.",
    ],
    outOfScope: ["You can ask whether Quantcast holds anything about you."],
  },
  "cookies.outside-analytics": {
    stated: ["We may use several analytics services (third parties) to count visits."],
    denied: ["We do not use analytics services such as the big ad companies offer."],
    outOfScope: ["Learn more about how we use analytics services such as these on our help page."],
  },
  "cookies.social-plugin": {
    stated: [
      "Articles show social media buttons that let you post a link to your feed.",
      "We embed social plug-ins from the networks our readers use most.",
    ],
    denied: ["Our pages have no social plugins, so the networks learn nothing from a visit."],
    outOfScope: ["You can ask which social plug-ins were on the page when you visited."],
  },
  "cookies.industry-opt-out": {
    stated: [
      "Members of the Network Advertising Initiative let you refuse their ad cookies.",
      "To refuse analytics, install the Google Analytics opt-out add-on for your browser.",
    ],
    denied: ["We are not a member of the Digital Advertising Alliance."],
    outOfScope: ["See whether the Network Advertising Initiative lists the company you asked about."],
  },
  "sharing.ads-elsewhere": {
    stated: [
      "We show you targeted ads on other websites after you look at a product here.",
      "Our shop runs retargeting campaigns with the networks we work with.",
    ],
    denied: ["We never use remarketing of any kind."],
    outOfScope: ["You can ask us whether retargeting was used to show you an ad."],
  },
  "sharing.ads-practice": {
    stated: [
      "We display interest-based ads chosen from the pages you read.",
      "Our partners help us serve you relevant ads in the app.",
    ],
    denied: ["We do not show personalised ads to anyone under sixteen."],
    outOfScope: ["Learn more about how we choose relevant ads in our help pages."],
  },
  "sharing.third-party-ad-trackers": {
    stated: [
      "Our pages carry third-party advertising cookies from the networks we sell space to.",
      "Some partners' marketing pixels run in our newsletters.",
    ],
    denied: ["There are no third-party advertising cookies on the checkout pages."],
    outOfScope: ["You can ask which third-party advertising cookies were set during a visit."],
  },
  "sharing.cross-site-ads": {
    stated: [
      "Ad companies record what you read across different websites and pick ads from it.",
      "Our ad partners follow your browsing across non-affiliated sites to choose ads for you.",
    ],
    denied: ["We do not track you across other websites to choose ads."],
    outOfScope: [
      "You may ask whether your visits across other sites shaped an ad you saw.",
      "A browser setting can tell ad services that you do not want them to track you across other websites.",
    ],
  },
  "tracking.web-beacons": {
    stated: [
      "Our newsletters contain web beacons that tell us when a message is read.",
      "The checkout page loads a tracking pixel from our ad partner.",
    ],
    denied: ["We do not put web beacons in our e-mails."],
    outOfScope: ["You can ask us whether a tracking pixel was in the e-mail we sent you."],
  },
  "tracking.fingerprinting": {
    stated: ["We may recognise your device by fingerprinting its settings and fonts."],
    denied: ["We never use fingerprinting to recognise a device."],
    outOfScope: ["Learn more about how fingerprinting works on the regulator's site."],
  },
  "tracking.cross-site": {
    stated: [
      "Our partners show you interest-based ads from what you read here.",
      "We follow what you do across other websites to measure our campaigns.",
    ],
    denied: ["We do not take part in interest-based advertising."],
    outOfScope: ["You may ask whether you were shown interest-based ads last month."],
  },
  "tracking.location": {
    stated: [
      "The app collects your precise location when you ask for stores nearby.",
      "We use GPS to place your run on the map.",
    ],
    denied: ["We never collect your precise location."],
    outOfScope: ["You may ask whether we hold your precise location."],
  },
  "tracking.device-sensors": {
    stated: ["The app uses your camera to scan the code on your ticket."],
    denied: ["We never switch on your microphone."],
    outOfScope: ["You can ask whether the app has ever used your camera."],
  },
  // The opt-out rows hold their own mood ("ignored"): an offer written as "to opt out, visit …" is an
  // offer. Their denials ("you cannot opt out") are read by the finding (test/summarize/opt-out.test.ts).
  "opt-out.browser-limits-cookies": {
    stated: [
      "Visitors can control the use of cookies at the level of each browser.",
      "You may change your browser settings to prevent most cookies.",
    ],
    denied: [
      "Blocking cookies in your browser does not stop the app from working, and we do not limit cookies by device.",
    ],
    outOfScope: [
      "You can ask us how to limit cookies in your browser.",
      "Our cookies remember which browser you use.",
    ],
  },
  "opt-out.account-setting": {
    stated: [
      "You can stop our offers by de-selecting the newsletter box in your account.",
      "From your profile you can unsubscribe from every list.",
      "You can opt out of these features through the account settings panel.",
    ],
    denied: ["You cannot opt out of service notices in your account."],
    outOfScope: ["Changing your address in your account updates it for future orders."],
  },
  "opt-out.in-message": {
    stated: [
      "Every newsletter we send lets you opt out of further mailings.",
      "Our e-mails include a link to unsubscribe.",
    ],
    denied: ["Service e-mails do not let you opt out, because they concern your account."],
    outOfScope: ["You may ask whether our e-mails let you opt out of tracking pixels."],
  },
  "opt-out.opt-in": {
    stated: ["Members opt in to the weekly digest when they join.", "You must affirmatively consent first."],
    denied: [],
    outOfScope: ["Our option pages list every plan."],
  },
  "opt-out.by-contact": {
    stated: [
      "You can opt out of these mailings by e-mailing our privacy team.",
      "Write to us at the address below to unsubscribe from postal offers.",
    ],
    denied: [],
    outOfScope: ["You can opt out of these mailings in your account page."],
  },
  "opt-out.browser-settings": {
    stated: [
      "Your browser settings let you refuse cookies from any site.",
      "You can set your browser to reject cookies.",
    ],
    denied: [],
    outOfScope: ["Our site works in every current browser."],
  },
  "opt-out.link": {
    stated: [
      "To opt out of interest-based ads, visit www.example.org/choices.",
      "Click the unsubscribe link at https://example.com/stop to unsubscribe from our letters.",
    ],
    denied: [],
    outOfScope: ["You may opt out of marketing at any time by telling us."],
  },
  "opt-out.link-next-sentence": {
    stated: [
      "See www.example.org/choices for how.",
      "Please visit https://example.com/privacy-choices.",
      "https://example.org/opt-out",
      "For this there is a link at the bottom of every message.",
    ],
    denied: [],
    outOfScope: ["We were founded in 1999 at www.example.org's old office."],
  },
};

describe("rule tables", () => {
  const rules = allRules();

  it("gives every declared rule its stated, denied and out-of-scope cases", () => {
    const missing = rules
      .filter((r) => {
        const c = CASES[r.id];
        return (
          !c ||
          c.stated.length === 0 ||
          c.outOfScope.length === 0 ||
          (r.negation !== "ignored" && c.denied.length === 0)
        );
      })
      .map((r) => r.id);
    expect(missing).toEqual([]);
    expect(Object.keys(CASES).filter((id) => !rules.some((r) => r.id === id))).toEqual([]);
  });

  describe.each(rules.map((r) => [r.id, r] as const))("%s", (_id, r) => {
    const cases = CASES[r.id] ?? { stated: [], denied: [], outOfScope: [] };
    it.each(cases.stated)("states it: %s", (text) => {
      expect(readRule(r, cueText(text))).toBe("stated");
    });
    it.each(cases.denied.length ? cases.denied : ["(none)"])("denied: %s", (text) => {
      if (text === "(none)") return;
      expect(readRule(r, cueText(text))).toBe(r.negation === "flips" ? "denied" : null);
    });
    it.each(cases.outOfScope)("out of scope: %s", (text) => {
      expect(readRule(r, cueText(text))).toBeNull();
    });
  });
});

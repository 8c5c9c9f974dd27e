// The statement reader, rule by rule: each reading with its affirmed, negated and out-of-scope forms.
import { describe, expect, it } from "vitest";
import { optOutFinding, strongChoicesOf } from "../../lib/summarize/opt-out";
import {
  consentCondition,
  negatedAt,
  polarityAt,
  saleStance,
  sharingPolarity,
  signalStance,
} from "../../lib/summarize/statement";
import { trackingFinding } from "../../lib/summarize/tracking";

/** The polarity of the first occurrence of `word` in `text`. */
const at = (text: string, word: string): ReturnType<typeof polarityAt> => {
  const i = text.indexOf(word);
  if (i < 0) throw new Error(`"${word}" is not in "${text}"`);
  return polarityAt(text, i);
};

describe("negation scope", () => {
  it.each([
    ["We do not sell your data.", "sell", "denied"],
    ["We never, under any circumstances, rent your details.", "rent", "denied"],
    ["We refrain from sending statistics to outside tools.", "sending", "denied"],
    ["We decline to pass your e-mail to marketers.", "pass", "denied"],
    ["We would much sooner close the shop than sell your data.", "sell", "denied"],
    ["We'd rather lose money than rent your profile.", "rent", "denied"],
    ["We are not in the business of selling what you tell us.", "selling", "denied"],
    ["No part of your profile is ever sold.", "sold", "denied"],
    // A negative subject denies its verb however long the subject; "while" + -ing is no contrast.
    [
      "None of the details you give us while using the shop or any of its apps will ever be passed to anyone.",
      "passed",
      "denied",
    ],
    [
      "No record of the pages, products and searches you look at on any of our sites is rented.",
      "rented",
      "denied",
    ],
    ["Partners are prohibited from reselling it.", "reselling", "denied"],
    ["We do not share it except with the firms that host our servers.", "share", "denied-with-exception"],
    ["We won't disclose it unless a court orders us to.", "disclose", "denied-with-exception"],
    // Out of scope: the cue belongs to another clause, or is not a negation at all.
    ["If you do not opt out, we will share your data with advertisers.", "share", "affirmed"],
    ["We never rent your data, while our partners may sell what they collect.", "sell", "affirmed"],
    [
      "No matter which of our many apps and sites you happen to use, we share your data with partners.",
      "share",
      "affirmed",
    ],
    [
      "And no, that is not all: on every one of the pages of our shop we share your basket with couriers.",
      "share",
      "affirmed",
    ],
    ["Where we do not host the videos, those companies may share what you watch.", "share", "affirmed"],
    ["We do not keep logs, but we share usage figures with partners.", "share", "affirmed"],
    ["Data we share includes, but is not limited to, your name.", "share", "affirmed"],
    ["We share not only your name but also your city with partners.", "share", "affirmed"],
    ["We share your data with partners.", "share", "affirmed"],
    // An aside in parentheses neither ends the clause nor counts in the scope; a cue inside a closed
    // aside denies nothing after it.
    [
      "We will not sell or lend any part of what you give us (other than to the firms that run our servers and print our mail) to advertisers without your permission.",
      "advertisers",
      "denied-with-exception",
    ],
    ["We do not (and never will) sell the data our members give us.", "sell", "denied"],
    ["Our partners (who never see your name) receive your city.", "receive", "affirmed"],
    // Not a practice: a right, a request, a question.
    ["You have the right to ask us not to sell your data.", "sell", "not-a-practice"],
    ["You may ask whether we share it with anyone.", "share", "not-a-practice"],
  ] as const)("%s (%s) → %s", (text, word, polarity) => {
    expect(at(text, word)).toBe(polarity);
  });

  it("bounds a cue's reach", () => {
    const far = `We do not ${"keep the very long list of words here ".repeat(3)}and share it.`;
    expect(negatedAt(far, far.indexOf("share"))).toBe(false);
  });
});

describe("sale stance", () => {
  it.each([
    // Affirmed (including a CCPA "sale" or "sharing" admitted).
    ["We may sell your personal information to marketing firms.", "sells"],
    ["Over the last year we have \u201csold\u201d identifiers to ad partners.", "sells"],
    ["We share device data for cross-context behavioral advertising.", "sells"],
    ["Giving data to ad partners may be considered a sale under state law.", "sells"],
    ["We don't sell your data, but we may share it for cross-context behavioral advertising.", "sells"],
    // Negated.
    ["We will never sell, rent or trade your personal information.", "does-not-sell"],
    ["We do not give, sell or pass on personal information to outside companies.", "does-not-sell"],
    ["We would sooner switch off our servers than sell your data.", "does-not-sell"],
    ["We are not in the business of selling personal data.", "does-not-sell"],
    ["No personal information is sold to anybody.", "does-not-sell"],
    ["We do not sell your personal information without your consent.", "does-not-sell"],
    // Out of scope: rights, questions, link titles, business sales, goods.
    ["You can opt out of the sale of your personal information at any time.", null],
    ["Do we sell your personal information?", null],
    ["Use the Do Not Sell My Personal Information link in the footer.", null],
    ["If we sell our business, your information may pass to the buyer.", null],
    ["We sell gift cards and books to our customers.", null],
    ["Sale of personal information", null],
    ["We do not (and never will) sell, license or lend the data our members give us.", "does-not-sell"],
    ["Acme will never: \u2014 sell any kind of personal data", "does-not-sell"],
    ["There will be no sale of data.", "does-not-sell"],
    ["We keep no records of trade union membership or other sensitive data.", null],
    ["Vendors are restricted from selling or sharing the data we give them.", "does-not-sell"],
    ["Our customer lists may be transferred if part of our business is sold to another firm.", null],
    ["You may not, and may not help others, sell or copy another member's personal data.", null],
    ["If you sell your old phone, sign out of the app first to protect your personal information.", null],
    ["We do not knowingly sell the personal information of children under 16.", null],
    ["Right to know: you may ask what we collect and whether we \u201csell\u201d it.", null],
    // The law's reading of a practice the policy describes.
    [
      "Because we are paid for it, some state laws may treat this as a \u201csale\u201d of personal data.",
      "sells",
    ],
    ["We do not treat this exchange as a sale of your data.", "does-not-sell"],
    ["You may ask us whether we treat it as a sale.", null],
  ] as const)("%s → %s", (text, stance) => {
    expect(saleStance(text)).toBe(stance);
  });
});

describe("sharing polarity (Does / Does Not)", () => {
  it.each([
    ["We share your information with our partners.", "does"],
    ["Our service providers receive the data they need to ship your order.", null],
    ["We do not share your details except with our service providers.", "does"],
    ["We do not give, sell or transfer personal information to third parties.", "does-not"],
    ["We never disclose your data to anyone outside the company.", "does-not"],
    ["If you do not object, we disclose your e-mail to partners.", "does"],
    ["You can ask whether we disclose your data to third parties.", null],
    ["We share photos of our office on social media.", null],
  ] as const)("%s → %s", (text, polarity) => {
    expect(sharingPolarity(text)).toBe(polarity);
  });
});

describe("Do Not Track and Global Privacy Control stance", () => {
  it.each([
    ["We honor Do Not Track signals.", "honored"],
    ["We treat a Global Privacy Control signal as a request to opt out.", "honored"],
    ["A GPC signal from your browser will be treated as an opt-out of sharing.", "honored"],
    ["Where the law requires it, we process opt-out preference signals such as GPC.", "honored"],
    ["We do not respond to Do Not Track signals.", "not-honored"],
    ["At present our pages do not recognise or react to DNT headers.", "not-honored"],
    ["Example Corp does not currently respond to Do Not Track.", "not-honored"],
    ["This site ignores the Do Not Track header.", "not-honored"],
    ["We take no action when we receive a DNT signal.", "not-honored"],
    ["No standard exists yet, so our site does not respond to DNT.", "not-honored"],
    // Mentioned without a stance.
    ["Some browsers offer a Do Not Track setting that sends a signal to websites.", "unclear"],
    ["Browsers that support Global Privacy Control send it with each request.", "unclear"],
    ["The law asks us to say how we respond to Do Not Track signals.", "unclear"],
    ["You can switch on GPC in your browser's settings.", "unclear"],
    ["As standards mature we may decide to respond to Do Not Track.", "unclear"],
    ["If you switch on Do Not Track, every Acme site will respect that choice.", "honored"],
    ["Not all of our sites respond to Do Not Track signals yet.", "not-honored"],
    ["Residents of some states may also use Global Privacy Control to opt out of targeted ads.", "honored"],
  ] as const)("%s → %s", (text, stance) => {
    expect(signalStance(text)).toBe(stance);
  });
});

describe("consent as a condition (opt-in)", () => {
  it.each([
    ["We only share your contact details with your consent.", true],
    ["We process this data on the basis of your consent.", true],
    ["We will not pass it to partners without your explicit permission.", true],
    ["You may withdraw your consent at any time.", true],
    ["Consent: we rely on consent to show you personalised offers.", true],
    ["We send newsletters only if you opt in.", true],
    ["We will ask for your permission before using your location.", true],
    // A denied practice whose one way in is consent is opt-in, not a denial of consent.
    ["We will never share your data with advertisers unless you opt in.", true],
    ["We do not disclose your records to anyone unless you give us permission.", true],
    ["Partners may not receive it without the prior consent of the account holder.", true],
    ["We will not pass your address to sponsors unless you give us specific permission.", true],
    ["We may show a pupil's work to other schools where we have parental consent.", true],
    // Negated or out of scope.
    ["We send offers unless you choose to opt out of them.", false],
    ["We do not collect your name unless you choose to provide it.", false],
    ["We may disclose it without your consent where the law requires.", false],
    ["We do not ask for your consent before setting these files.", false],
    ["By using the site you accept these terms.", false],
    ["This policy is subject to our user agreement.", false],
    ["If you choose to reject cookies, some pages may not work.", false],
    ["You give us specific permission to print the photos you upload.", false],
    ["We may disclose it without parental consent where the law requires.", false],
  ] as const)("%s → %s", (text, consent) => {
    expect(consentCondition(text)).toBe(consent);
  });
});

describe("choices read from one sentence", () => {
  it.each([
    // A place to opt out or change a choice.
    ["Use the unsubscribe link at the foot of any newsletter we send.", "opt-out-link", true],
    ["You can switch off personalised ads in your account's ad settings.", "opt-out-link", true],
    ["Pick Cookie Settings in the page footer to withdraw your consent.", "opt-out-link", true],
    ["You cannot unsubscribe from service messages through the settings page.", "opt-out-link", false],
    ["Change your browser settings to refuse cookies.", "opt-out-link", false],
    ["Our settings page lists the fonts we use.", "opt-out-link", false],
    // A right or choice exercised by contacting the company.
    ["To exercise any of these rights, write to privacy@example.org.", "contact", true],
    ["You may withdraw your consent by sending a notice to our privacy team.", "contact", true],
    ["You may lodge a complaint with your data protection authority.", "contact", false],
    ["Contact us if you have questions about this page.", "contact", false],
  ] as const)("%s → %s %s", (text, choice, expected) => {
    expect(strongChoicesOf({ text }).includes(choice)).toBe(expected);
  });
});

describe("sale stance: business transfers and definitions", () => {
  it.each([
    ["We may share or sell data about you as part of a merger or the sale of our assets.", null],
    ["Here, \u201csell\u201d means handing personal information over for money.", null],
    ["This sharing can count as a \u201csale\u201d under some state laws.", "sells"],
  ] as const)("%s → %s", (text, stance) => {
    expect(saleStance(text)).toBe(stance);
  });
});

describe("signal stance: what honouring looks like", () => {
  it.each([
    ["Acme recognises GPC signals sent by your browser.", "honored"],
    ["We switch off ad personalisation in response to a Do Not Track signal.", "honored"],
    ["With Global Privacy Control on, sale cookies are turned off automatically.", "honored"],
    ["Browsers recognise GPC when you install an extension.", "unclear"],
    ["We do not stop tracking in response to DNT signals.", "not-honored"],
  ] as const)("%s → %s", (text, stance) => {
    expect(signalStance(text)).toBe(stance);
  });
});

describe("e-mail contacts", () => {
  const finding = (text: string, categories: string[]) =>
    optOutFinding([{ index: 0, text, heading: "", categories, labels: [] } as never]).contacts.map(
      (c) => c.value,
    );
  it.each([
    ["Our data protection officer can be contacted at dpo@example.org.", ["Other"], ["dpo@example.org"]],
    ["We keep records; reach privacy@example.org for anything.", ["Data Retention"], ["privacy@example.org"]],
    ["Send your CV to careers@example.org.", ["Other"], []],
    ["Journalists may write to press@example.org.", ["Data Retention"], []],
  ] as const)("%s → %j", (text, categories, emails) => {
    expect(finding(text, [...categories])).toEqual(emails);
  });
});

describe("signal stance: conditions and names", () => {
  it.each([
    ["If your browser sends Do Not Track, we will not load our analytics script.", "honored"],
    ["exampleCo respects the Do Not Track setting of your browser.", "honored"],
    ["A short note on Do Not Track follows below.", "unclear"],
  ] as const)("%s → %s", (text, stance) => {
    expect(signalStance(text)).toBe(stance);
  });
});

describe("device sensors are a practice only when the service reaches them", () => {
  it.each([
    ["With your permission the app may access your camera to scan receipts.", true],
    ["We never access your microphone.", false],
    ["The governor clipped on a lavalier microphone and gave his speech.", false],
  ] as const)("%s → noted %s", (text, noted) => {
    const notes = trackingFinding([{ index: 0, text, heading: "", categories: [], labels: [] }]).notes;
    expect(notes.some((n) => n.kind === "device-sensors")).toBe(noted);
  });
});

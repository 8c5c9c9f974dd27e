import { describe, expect, it } from "vitest";
import { cookiesFinding } from "../../lib/summarize/cookies";
import { seg, segs } from "./helpers";

describe("cookiesFinding", () => {
  it.each([
    // text, uses, thirdParty, advertising, level
    ["We do not use cookies on this site.", false, false, null, "good"],
    ["Our pages use cookies to keep you signed in.", true, false, false, "caution"],
    [
      "Advertising partners may place third-party cookies on your device to show you targeted ads.",
      true,
      true,
      true,
      "bad",
    ],
    ["We use analytics cookies to measure traffic on our pages.", true, false, false, "caution"],
    ["We talk about nothing relevant here.", null, null, null, "unknown"],
  ] as const)("%s", (text, uses, thirdParty, advertising, level) => {
    const f = cookiesFinding(segs(text));
    expect(f.uses).toBe(uses);
    if (uses !== null) expect(f.thirdParty).toBe(thirdParty);
    if (advertising !== null) expect(f.advertising).toBe(advertising);
    expect(f.level).toBe(level);
  });

  it("names settings and social-media cookies, and quotes a textbook definition last", () => {
    const f = cookiesFinding(
      segs(
        "Cookies are small files that a website stores in your browser.",
        "We use cookies to remember your language and keep you signed in.",
        "Some pages carry social-media cookies from the networks whose share buttons they show.",
      ),
    );
    expect(f.facts).toEqual(
      expect.arrayContaining([
        "Uses cookies to remember your settings or sign-in",
        "Uses social-media cookies",
      ]),
    );
    expect(f.evidence.at(-1)?.text).toBe("Cookies are small files that a website stores in your browser.");
  });

  it.each([
    [
      "We use cookies, which you can disable in your browser settings.",
      "Uses cookies to remember your settings or sign-in",
    ],
    ["We use cookies. We do not use social media cookies.", "Uses social-media cookies"],
  ])("does not over-read %j", (text, fact) => {
    expect(cookiesFinding(segs(...text.split(/(?<=\.) /))).facts).not.toContain(fact);
  });

  it("a definition that names advertisers still counts as third-party advertising cookies", () => {
    const f = cookiesFinding(
      segs(
        "Cookies are small files that our advertising partners place on your device to track you across sites.",
      ),
    );
    expect(f.level).toBe("bad");
  });

  it("reads a 'usually not' hedge as good, quoting the hedge with the sentence that explains it", () => {
    const input = [
      seg(0, "Do we place cookies?"),
      seg(1, "Normally we don't. A cookie may be stored now and then to remember your language choice."),
    ];
    const f = cookiesFinding(input);
    expect(f.uses).toBe(true);
    expect(f.level).toBe("good");
    expect(f.facts.join(" ")).toMatch(/usually not used/);
    const quotes = f.evidence.map((e) => e.text);
    expect(quotes).toContain(
      "Normally we don't. A cookie may be stored now and then to remember your language choice.",
    );
    // The explaining sentence is not quoted a second time on its own.
    expect(quotes).not.toContain("A cookie may be stored now and then to remember your language choice.");
  });

  it.each([
    ["You can set your browser to refuse all cookies.", "browser-settings"],
    ["Change your choices any time in our cookie preferences panel.", "consent-tool"],
    ["To opt out of these cookies, click the link on our choices page.", "opt-out-link"],
  ])("refuse: %s", (text, how) => {
    expect(cookiesFinding(segs(`We use cookies. ${text}`)).refuse).toContain(how);
  });

  it("evidence is verbatim and points at its segment", () => {
    const input = segs(
      "Nothing here.",
      "We use cookies to remember you. Third-party ad networks also set cookies.",
    );
    const f = cookiesFinding(input);
    expect(f.evidence.length).toBeGreaterThan(0);
    for (const e of f.evidence) expect(input[e.segment]?.text.includes(e.text)).toBe(true);
    expect(f.evidence[0]?.text).toBe("Third-party ad networks also set cookies.");
  });

  it("uses the classifier's third-party-cookies label", () => {
    const f = cookiesFinding([
      seg(0, "Some companies we work with may read small files.", {
        labels: ["cookies", "third-party-cookies"],
      }),
    ]);
    expect(f.uses).toBe(true);
    expect(f.thirdParty).toBe(true);
  });
});

describe("third parties' trackers and analytics the site runs itself", () => {
  it.each([
    ["We count visits with a local installation of Matomo on our own servers.", false],
    ["We count visits with Matomo, hosted by its maker.", true],
    ["We do not use third-party tracking services (ex: Google Analytics or Hotjar).", false],
  ] as const)("%s", (text, thirdParty) => {
    expect(cookiesFinding(segs(`We use cookies. ${text}`)).thirdParty).toBe(thirdParty);
  });
});

import { describe, expect, it } from "vitest";
import { sharingFinding } from "../../lib/summarize/sharing";
import { signalStance } from "../../lib/summarize/statement";
import { segs } from "./helpers";

// Our own sentences. Each rule: the practice, its denial, and a sentence outside its scope.
describe("a named outside company used to run the service is sharing", () => {
  it.each([
    ["We use the services of Mailfast to send receipts.", true],
    ["We use Northwind Hosting Inc. as our hosting provider.", true],
    ["We use Helpdeskly, Inc. (“Helpdeskly”) to answer support requests.", true],
    ["Our databases are hosted on Cloudnine servers in Frankfurt.", true],
    ["We partnered with Searchco Limited to provide part of our results.", true],
    // Denied, a right or question, or no outside company at all.
    ["We do not use the services of any outside mailing company.", null],
    ["You may ask whether we use the services of Mailfast.", null],
    ["We use Cookies to remember your language.", null],
    ["We use Personal Data to provide the service you asked for.", null],
  ] as const)("%s → %s", (text, shared) => {
    expect(sharingFinding(segs(text)).thirdParty).toBe(shared);
  });
});

describe("a well-known company the service uses is sharing, with no purpose stated", () => {
  it.each([
    ["For our file storage we use Amazon Web Services.", true],
    ["Quillwork uses Stripe.", true],
    ["We use analytics services from Mixpanel and Hotjar.", true],
    // Denied, the person as the one using it, a question, or an unknown capitalised word.
    ["We do not use Mixpanel or any other analytics company.", null],
    ["If you use Facebook to sign in, you choose what it tells us.", null],
    ["You can use Google to find our opening hours.", null],
    ["You may ask whether we use Zendesk.", null],
    ["We use Lanterns to light the reading room.", null],
  ] as const)("%s → %s", (text, shared) => {
    expect(sharingFinding(segs(text)).thirdParty).toBe(shared);
  });
});

describe("the person handing data over, or distributing it, read by who acts", () => {
  it.each([
    ["We distribute the mailing list to our marketing partners.", true],
    // The person as the subject of the sharing verb: data given to the company, no sharing.
    ["The personal information you provide is kept on our servers and never shown to partners.", null],
    ["Details you give us stay with our support team and our partners' names are listed below.", null],
    // Denied, or no data distributed.
    ["Your personal information will not be distributed to any other party.", false],
    ["We distribute our printed catalogue to other companies in the region.", null],
  ] as const)("%s → %s", (text, shared) => {
    expect(sharingFinding(segs(text)).thirdParty).toBe(shared);
  });
});

describe("interest-based advertising as a practice is sharing for ads", () => {
  it.each([
    ["We display interest-based ads for our products on other services.", true],
    ["Our partners help us serve you relevant ads across the web.", true],
    ["Some of our advertising is online behavioral advertising.", true],
    // Denied, an opt-out or right, or first-party marketing.
    ["We do not show interest-based ads.", null],
    ["You can opt out of interest-based ads at any time.", null],
    ["These tools help us provide you with personalized marketing messages.", null],
  ] as const)("%s → %s", (text, ads) => {
    expect(sharingFinding(segs(text)).advertising).toBe(ads);
  });
});

describe("an offered way out of the sale or 'sharing' admits it (CCPA/CPRA)", () => {
  it.each([
    ["To opt out of the sale of your personal information, click the link in our footer.", true],
    ["Acme gives you the option to opt out of this sharing in your account settings.", true],
    ["You can opt out of the sale or sharing of your personal data by e-mailing us.", true],
    // Denied, a right in the abstract, or a condition.
    ["We do not sell your data, so there is no need to opt out of the sale of it.", false],
    ["You have the right to opt out of the sale of your personal information.", null],
    ["If we ever sell your data, you can opt out of the sale by e-mailing us.", null],
  ] as const)("%s → %s", (text, sells) => {
    expect(sharingFinding(segs(text)).sells).toBe(sells);
  });
});

describe("a passive sale verb: the data is the subject, the company the actor", () => {
  it.each([
    ["Data that you send us is never sold to anyone.", false],
    ["Information you provide will not be rented, sold or shared with advertisers.", false],
    ["Personal information you upload is sold to marketing partners.", true],
    // The person selling is not the company's practice.
    ["Items you list are sold by you to other members.", null],
    ["You may not sell the content you download.", null],
  ] as const)("%s → %s", (text, sells) => {
    expect(sharingFinding(segs(text)).sells).toBe(sells);
  });
});

describe("other ways a policy says outside parties get the data", () => {
  it.each([
    ["We use service providers to help us with customer support.", true],
    ["Acme uses third party data processors only for payments.", true],
    ["We require our service providers to keep your information confidential.", true],
    ["Our partners are bound by contract to use the data only for our purposes.", true],
    ["We have disclosed identifiers and contact details for a business purpose.", true],
    ["We may share your personal data with the parties set out below.", true],
    ["The site is hosted by examplehost.com in Ireland.", true],
    // Denied, or no outside party receiving anything.
    ["We do not use service providers to read your messages.", null],
    ["We do not require you to give us your phone number.", null],
    ["You may ask which categories we disclosed for a business purpose.", null],
  ] as const)("%s → %s", (text, shared) => {
    expect(sharingFinding(segs(text)).thirdParty).toBe(shared);
  });

  it("third parties that collect for ads through the site are sharing for ads, not hired hands", () => {
    const f = sharingFinding(
      segs(
        "We work with third parties to collect data through our site for serving ads targeted to your interests.",
      ),
    );
    expect(f.advertising).toBe(true);
  });
});

describe("minors named inside a general denial, and DNT that cannot be accommodated", () => {
  it.each([
    ["We have not sold any personal information (including that of minors) in the past year.", false],
    ["We do not knowingly sell the personal information of users under 16.", null],
  ] as const)("%s → %s", (text, sells) => {
    expect(sharingFinding(segs(text)).sells).toBe(sells);
  });

  it.each([
    ["Our apps cannot accommodate Do Not Track requests at this time.", "not-honored"],
    ["We accommodate Do Not Track requests by switching off analytics.", "honored"],
    ["Browsers accommodate Do Not Track in different ways.", "unclear"],
  ] as const)("%s → %s", (text, stance) => {
    expect(signalStance(text)).toBe(stance);
  });
});

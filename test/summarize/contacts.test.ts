import { describe, expect, it } from "vitest";
import { telHref } from "../../components/contact-href";
import {
  cleanUrl,
  extractEmails,
  extractForms,
  extractPhones,
  extractPostal,
  extractUrls,
  purposeOf,
} from "../../lib/summarize/contacts";

const values = (list: Array<{ value: string }>): string[] => list.map((c) => c.value);

describe("extractEmails", () => {
  it.each([
    ["Write to privacy@example.com today.", ["privacy@example.com"]],
    ["Mail Jane.Doe+news@Mail.Example.co.uk.", ["jane.doe+news@mail.example.co.uk"]],
    ["Reach us at legal [at] example [dot] com for help.", ["legal@example.com"]],
    ["Use help(at)example.org for questions.", ["help@example.org"]],
    ["Try support {at} shop {dot} net", ["support@shop.net"]],
    ["Send notes to optout at widgets dot com please.", ["optout@widgets.com"]],
    ["Contact us at our office in town.", []],
    ["We meet at noon at the park.", []],
  ])("%s", (text, expected) => {
    expect(values(extractEmails(text))).toEqual(expected);
  });
});

describe("extractUrls", () => {
  it.each([
    ["Visit https://example.com/privacy/choices.", ["https://example.com/privacy/choices"]],
    ["Go to www.example.org/optout, then log in.", ["https://www.example.org/optout"]],
    ["See adchoices.example.com/opt for more.", ["https://adchoices.example.com/opt"]],
    ["Plain http://old.example.net works too", ["http://old.example.net"]],
    ["A script javascript:alert(1) is not a link.", []],
    ["Our e-mail is team@example.com only.", []],
  ])("%s", (text, expected) => {
    expect(values(extractUrls(text))).toEqual(expected);
  });

  it.each([
    ["javascript:alert(1)", null],
    ["data:text/html,hi", null],
    ["www.example.com", "https://www.example.com"],
    ["https://example.com/a).", "https://example.com/a)"],
  ])("cleanUrl(%s)", (raw, expected) => {
    expect(cleanUrl(raw)).toBe(expected);
  });
});

describe("extractPhones", () => {
  it.each([
    ["Call +1 (800) 555-0100 today.", ["+1 (800) 555-0100"]],
    ["Our UK line is +44 20 7946 0958.", ["+44 20 7946 0958"]],
    ["Dial 1-800-555-0199 ext. 42 to talk.", ["1-800-555-0199 ext. 42"]],
    ["Phone: 020 7946 0958", ["020 7946 0958"]],
    ["Toll free 1 (888) 555-0123 any time.", ["1 (888) 555-0123"]],
    ["Telephone (412) 555-0142 x7 weekdays.", ["(412) 555-0142 x7"]],
    ["Updated on 2015-06-01 and 06/01/2015.", []],
    ["It costs $1 500 000 or 1,000,000 euros.", []],
    ["Between 2014 2015 we grew 12.5% a year.", []],
    ["Policy version 3.2.1 of 12 pages.", []],
    ["Fax: +1 212 555 0100", []],
  ])("%s", (text, expected) => {
    expect(values(extractPhones(text))).toEqual(expected);
  });

  it.each([
    ["+1 (800) 555-0100", "tel:+18005550100"],
    ["1-800-555-0199 ext. 42", "tel:18005550199;ext=42"],
  ])("telHref(%s)", (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });
});

describe("extractPostal", () => {
  it.each([
    [
      "Write to Privacy Office, 200 Harbor Street, Suite 5, Springfield, IL 62701, USA.",
      ["200 Harbor Street, Suite 5, Springfield, IL 62701, USA"],
    ],
    [
      "Our UK office: 12 Garden Road, London SW1A 1AA, United Kingdom",
      ["12 Garden Road, London SW1A 1AA, United Kingdom"],
    ],
    ["Mail P.O. Box 77, Boise, ID 83701.", ["P.O. Box 77, Boise, ID 83701"]],
    ["We have 3 ways to reach you.", []],
  ])("%s", (text, expected) => {
    expect(values(extractPostal(text))).toEqual(expected);
  });
});

describe("extractPostal: whole addresses, never glued to the next sentence", () => {
  it.each([
    // The postcode written after the country belongs to the address.
    [
      "Post it to P.O. Box 410, Lansing, Michigan USA 48901-0410 or e-mail us.",
      ["P.O. Box 410, Lansing, Michigan USA 48901-0410"],
    ],
    [
      "Our seat is 9 Mill Street, Leeds, United Kingdom, LS1 4AP, where we work.",
      ["9 Mill Street, Leeds, United Kingdom, LS1 4AP"],
    ],
    [
      "Letters go to 3 Quay Road, Cork, Ireland, T12 X7Y2 for review.",
      ["3 Quay Road, Cork, Ireland, T12 X7Y2"],
    ],
    // The house number after the street's name, as many countries write it.
    ["Write to Shop Ltd, Hadar 12 St, Haifa, Israel, any time.", ["Hadar 12 St, Haifa, Israel"]],
    // Abbreviations and initials inside the address do not end it.
    ["Send it to 40 N. Elm St. Dayton, OH 45402. We reply in a week.", ["40 N. Elm St. Dayton, OH 45402"]],
    ["Our desk: 8 River Pkwy. Austin, TX 78701", ["8 River Pkwy. Austin, TX 78701"]],
    // A sentence end stops the address: the country or postcode of the next sentence is not its end.
    ["Our office is at 10 High Street, Bath. We also work in the United Kingdom.", []],
    ["Visit 22 Lake Road, Hove. Staff from the UK answer there.", []],
    // Out of scope: a word before the number that is no street name stays out, and so do numbers alone.
    [
      "Write to Acme 100 Main Street, Springfield, IL 62701, USA.",
      ["100 Main Street, Springfield, IL 62701, USA"],
    ],
    ["Team 7 Broadway, New York, NY 10001", ["7 Broadway, New York, NY 10001"]],
    ["We keep 5 kinds of records for 30 days.", []],
  ])("%s", (text, expected) => {
    expect(values(extractPostal(text))).toEqual(expected);
  });
});

describe("extractForms", () => {
  it.each([
    ["Please fill out our online form to ask.", ["online form"]],
    ["Use the contact form on this site.", ["contact form"]],
    ["Submit a privacy request form at any time.", ["privacy request form"]],
    ["Forms of payment include cards.", []],
  ])("%s", (text, expected) => {
    expect(values(extractForms(text))).toEqual(expected);
  });
});

describe("purposeOf", () => {
  it.each([
    ["To unsubscribe from our newsletter, e-mail news@example.com.", "opt out of marketing e-mails"],
    ["To access, correct or delete your information, write to us.", "access or delete your data"],
    ["If you have questions about this policy, contact us.", "privacy questions"],
    ["To opt out of interest-based advertising, visit the page.", "opt out of interest-based advertising"],
    ["You can install the Google Analytics opt-out add-on.", "opt out of analytics"],
  ])("%s", (text, expected) => {
    expect(purposeOf(text)).toBe(expected);
  });
});

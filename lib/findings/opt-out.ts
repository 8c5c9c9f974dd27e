// Opting out: every way to opt out or exercise a right, and the contacts to do it with.
import { z } from "zod/mini";
import { defineFinding, findingSchema } from "./define";

const contactSchema = z.object({
  kind: z.enum(["email", "url", "phone", "postal", "form"]),
  value: z.string(),
  /** For a web link: its own words ("Do Not Sell or Share My Personal Information"); `value` is its address. */
  text: z.optional(z.string()),
  purpose: z.string(),
  segment: z.number(),
});
export type Contact = z.output<typeof contactSchema>;
export type ContactKind = Contact["kind"];

const choiceSchema = z.enum(["opt-out-link", "contact", "browser-controls", "opt-in"]);
export type ChoiceType = z.output<typeof choiceSchema>;

const schema = findingSchema({
  choices: z.array(choiceSchema),
  contacts: z.array(contactSchema),
});
export type OptOutFinding = z.output<typeof schema>;

export const optOut = defineFinding({
  key: "optOut",
  schema,
  reportName: "opt-out",
  messages: {
    title: "findingOptOut",
    verdicts: {
      unknown: "verdictOptOutUnknown",
      oneContact: "verdictOptOutOneContact",
      contacts: "verdictOptOutContacts",
      link: "verdictOptOutLink",
      browserOnly: "verdictOptOutBrowserOnly",
      optIn: "verdictOptOutOptIn",
      limited: "verdictOptOutLimited",
    },
  },
  rubric: {
    bad: "Never: a policy that describes no way to opt out is 'unknown', not a concern.",
    caution:
      "Some control but no opt-out link or contact to opt out: only browser or device controls, opt-in consent, contacts for other purposes, unsubscribing from e-mails, or a right to access, correct or delete your data.",
    good: "An opt-out link or settings page, or a contact to opt out or exercise your rights.",
    unknown: "No choice, contact, unsubscribe or data right is described.",
  },
  icon: [
    { path: "M8 3H4.5A1.5 1.5 0 0 0 3 4.5v11A1.5 1.5 0 0 0 4.5 17H8" },
    { path: "M12.5 6l4 4-4 4M16.5 10H8" },
  ],
  verdict(f) {
    if (f.level === "unknown") return "unknown";
    if (f.contacts.length === 1) return "oneContact";
    if (f.contacts.length > 1) return ["contacts", f.contacts.length];
    if (f.choices.includes("opt-out-link") || f.choices.includes("contact")) return "link";
    if (f.choices.includes("browser-controls")) return "browserOnly";
    if (f.choices.includes("opt-in")) return "optIn";
    // Some control, but no general opt-out: unsubscribing from e-mails, asking for your data.
    return "limited";
  },
  contacts: (f) => f.contacts,
});

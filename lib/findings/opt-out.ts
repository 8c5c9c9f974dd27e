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
      noWayOut: "verdictOptOutNoWayOut",
      noWayOutAds: "verdictOptOutNoWayOutAds",
      despiteSale: "verdictOptOutDespiteSale",
      despiteAds: "verdictOptOutDespiteAds",
      link: "verdictOptOutLink",
      contact: "verdictOptOutContact",
      browserOnly: "verdictOptOutBrowserOnly",
      optIn: "verdictOptOutOptIn",
      limited: "verdictOptOutLimited",
    },
  },
  // By what you can do about what the policy admits, never by how many contacts it lists.
  rubric: {
    bad: "It sells your data or shares it for advertising, and describes no opt-out link, contact to opt out or browser control.",
    caution:
      "It sells or shares for advertising but offers a way to opt out; or it admits neither and offers only some control: browser or device controls, opt-in consent, unsubscribing from e-mails, or a right to access, correct or delete your data.",
    good: "It admits no sale or sharing for advertising, and offers an opt-out link or settings page, or a contact to opt out or exercise your rights.",
    unknown:
      "No choice, contact, unsubscribe or data right is described, and no sale or sharing for advertising is admitted.",
  },
  icon: [
    { path: "M8 3H4.5A1.5 1.5 0 0 0 3 4.5v11A1.5 1.5 0 0 0 4.5 17H8" },
    { path: "M12.5 6l4 4-4 4M16.5 10H8" },
  ],
  // The headline is the reason for the level (a count of contacts never is).
  // A sale is named only where the sharing finding holds one; else the admission was sharing for ads.
  verdict(f, admitted) {
    if (f.level === "unknown") return "unknown";
    if (f.level === "bad") return admitted.sells ? "noWayOut" : "noWayOutAds";
    const way = f.choices.includes("opt-out-link") || f.choices.includes("contact");
    // Caution with a way to opt out happens only when the policy admits a sale or sharing for ads.
    if (f.level === "caution" && way) return admitted.sells ? "despiteSale" : "despiteAds";
    if (f.choices.includes("opt-out-link")) return "link";
    if (f.choices.includes("contact")) return "contact";
    if (f.choices.includes("browser-controls")) return "browserOnly";
    if (f.choices.includes("opt-in")) return "optIn";
    // Some control, but no general opt-out: unsubscribing from e-mails, asking for your data.
    return "limited";
  },
  contacts: (f) => f.contacts,
});

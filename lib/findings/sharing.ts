// Data sharing: is personal data shared with third parties, for what, is it sold, and with whom by name.
import { z } from "zod/mini";
import { defineFinding, findingSchema } from "./define";

const nullableBool = z.nullable(z.boolean());

const schema = findingSchema({
  thirdParty: nullableBool,
  advertising: nullableBool,
  /** true: sells (or admits a CCPA/CPRA "sale" or "sharing"); false: says it does not; null: not mentioned. */
  sells: nullableBool,
  purposes: z.array(z.string()),
  namedThirdParties: z.array(z.string()),
});
export type SharingFinding = z.output<typeof schema>;

export const sharing = defineFinding({
  key: "sharing",
  schema,
  reportName: "sharing",
  messages: {
    title: "findingSharing",
    verdicts: {
      unknown: "verdictSharingUnknown",
      sells: "verdictSharingSells",
      none: "verdictSharingNone",
      ads: "verdictSharingAds",
      thirdParty: "verdictSharingThirdParty",
      noSale: "verdictSharingNoSale",
      vague: "verdictSharingVague",
    },
  },
  rubric: {
    bad: 'Sells or rents personal data (or admits a CCPA/CPRA "sale" or "sharing"), or shares it with third parties for advertising or marketing.',
    caution: "Shares personal data with third parties, but not for advertising and without selling it.",
    good: "Says personal data is not shared with third parties (and does not say it is sold).",
    unknown: "Sharing with third parties is never discussed.",
  },
  icon: [
    { circle: [15, 4.5, 2.3] },
    { circle: [5, 10, 2.3] },
    { circle: [15, 15.5, 2.3] },
    { path: "M7 9l6-3.4M7 11l6 3.4" },
  ],
  verdict(f) {
    // "We do not sell your data" alone leaves the level unknown, but the headline says what it does say.
    if (f.level === "unknown") return f.sells === false ? "noSale" : "unknown";
    if (f.sells) return "sells";
    if (f.thirdParty === false) return "none";
    if (f.advertising) return "ads";
    if (f.thirdParty) return "thirdParty";
    if (f.sells === false) return "noSale";
    return "vague";
  },
});

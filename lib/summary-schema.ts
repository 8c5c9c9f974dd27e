// zod schema of a Summary, so results read back from storage or received by the popup are checked.
import { z } from "zod/mini";

const level = z.enum(["good", "caution", "bad", "unknown"]);
const stance = z.enum(["honored", "not-honored", "unclear", "not-mentioned"]);
const evidence = z.array(z.object({ text: z.string(), segment: z.number() }));
const nullableBool = z.nullable(z.boolean());

export const summarySchema = z.object({
  cookies: z.object({
    level,
    uses: nullableBool,
    thirdParty: nullableBool,
    advertising: nullableBool,
    analytics: nullableBool,
    refuse: z.array(z.string()),
    facts: z.array(z.string()),
    evidence,
  }),
  sharing: z.object({
    level,
    thirdParty: nullableBool,
    advertising: nullableBool,
    sells: nullableBool,
    purposes: z.array(z.string()),
    namedThirdParties: z.array(z.string()),
    facts: z.array(z.string()),
    evidence,
  }),
  optOut: z.object({
    level,
    choices: z.array(z.enum(["opt-out-link", "contact", "browser-controls", "opt-in"])),
    contacts: z.array(
      z.object({
        kind: z.enum(["email", "url", "phone", "postal", "form"]),
        value: z.string(),
        purpose: z.string(),
        segment: z.number(),
      }),
    ),
    facts: z.array(z.string()),
    evidence,
  }),
  tracking: z.object({
    level,
    doNotTrack: stance,
    globalPrivacyControl: stance,
    notes: z.array(z.object({ kind: z.string(), text: z.string(), segment: z.number() })),
    facts: z.array(z.string()),
    evidence,
  }),
});

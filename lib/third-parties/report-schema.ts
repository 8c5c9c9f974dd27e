// The shape of the popup's third-party report, apart from the code that makes it: the popup parses the
// background's answer with it without bundling the organisation table.
import { z } from "zod/mini";

export const reportRowSchema = z.object({
  name: z.string(),
  organization: z.nullable(z.string()),
  category: z.string(),
  domains: z.array(z.string()),
  named: z.enum(["yes", "general", "no"]),
  evidence: z.nullable(z.object({ text: z.string(), segment: z.number() })),
  /** False when only other pages of the site loaded it (from the on-device memory). */
  onThisPage: z.boolean(),
});
export type ReportRow = z.infer<typeof reportRowSchema>;

export const reportSchema = z.object({
  rows: z.array(reportRowSchema),
  /** Whether the memory of other pages was used (off in private windows and when switched off). */
  remembered: z.boolean(),
});
export type ThirdPartyReport = z.infer<typeof reportSchema>;

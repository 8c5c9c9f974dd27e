// zod schema of a Summary, so results read back from storage or received by the popup are checked.
// Derived from the registry: one entry per finding, each checked by the schema its file declares.
import { z } from "zod/mini";
import { FINDINGS, type Summary } from "./findings/index";

type Registered = (typeof FINDINGS)[number];
type SummaryShape = { [F in Registered as F["key"]]: F["schema"] };

const shape = Object.fromEntries(FINDINGS.map((finding) => [finding.key, finding.schema])) as SummaryShape;

export const summarySchema = z.object(shape);

// The schema reads exactly the Summary type, both ways.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesSummary: Exactly<z.output<typeof summarySchema>, Summary> = true;
void schemaMatchesSummary;

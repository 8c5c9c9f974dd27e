// Summary of a labelled policy: one finding per entry of the registry (lib/findings/), each read by its
// own rule file, each with evidence. The rules are listed here, not in the registry, so the popup and
// options pages (which iterate the registry) do not bundle them; the type makes a missing rule a
// compile error.
import { FINDINGS, type FindingKey } from "../findings/index";
import type { LabelledSegment, Summary } from "../types";
import { cookiesFinding } from "./cookies";
import { distinctQuotes } from "./distinct-quotes";
import { type Sentence, sentencesOf } from "./evidence";
import { type Site, withoutOwnParties } from "./named-parties";
import { optOutFinding } from "./opt-out";
import { sharingFinding } from "./sharing";
import { trackingFinding } from "./tracking";

/** The findings read so far (in registry order): the opt-out level weighs what sharing admits. */
type Earlier = Partial<Summary>;

/** The rule file that reads each finding. */
const RULES: {
  readonly [K in FindingKey]: (
    segments: LabelledSegment[],
    sentences: Sentence[],
    earlier: Earlier,
    site: Site,
  ) => Summary[K];
} = {
  cookies: cookiesFinding,
  // The site's own name and its profiles on other services are no third parties.
  sharing: (segments, sentences, _earlier, site) =>
    withoutOwnParties(sharingFinding(segments, sentences), segments, site),
  optOut: (segments, sentences, earlier) =>
    optOutFinding(segments, sentences, {
      salesOrAds: earlier.sharing?.sells === true || earlier.sharing?.advertising === true,
    }),
  tracking: trackingFinding,
};

/** `site`: the page's address and title, when the caller has them (the site's own name is read from them). */
export function summarize(segments: LabelledSegment[], site: Site = {}): Summary {
  // Split once: every finding reads the same sentences.
  const sentences = sentencesOf(segments);
  const summary: Partial<Record<FindingKey, unknown>> = {};
  for (const finding of FINDINGS)
    summary[finding.key] = RULES[finding.key](segments, sentences, summary as Earlier, site);
  const read = summary as Summary;
  // No quote repeated across cards.
  const quotes = distinctQuotes(FINDINGS.map((finding) => read[finding.key].evidence));
  FINDINGS.forEach((finding, i) => {
    read[finding.key].evidence = quotes[i] ?? [];
  });
  return read;
}

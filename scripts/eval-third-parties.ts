/**
 * `npm run eval:third-parties [-- --json]`: measures `thirdParties` (analyze --json on HTML inputs) on
 * the real saved pages in opp115/original_policies, against an independent parse of their tags
 * (scripts/lib/tag-parse.ts). Recall: share of the parse's (page, domain) pairs that thirdParties lists;
 * precision: share of thirdParties' pairs the parse finds. Pages are analysed as the command line does,
 * with the address the page says it was saved from (as --url would give). Also checks that well-known
 * trackers are mapped to the right organisation. Data is read through dataDir() and never written.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { registrableDomain } from "../lib/third-parties/organizations.ts";
import { savedPageAddress } from "../lib/third-parties/saved-page.ts";
import { analyzeInput } from "./lib/analyze-input.ts";
import { dataDir } from "./lib/data-dir.ts";
import { parseHtmlDocument } from "./lib/dom.ts";
import { tagDomains } from "./lib/tag-parse.ts";

/** Who runs the well-known trackers (their own sites and annual reports). */
const KNOWN: Record<string, string> = {
  "google-analytics.com": "Google",
  "googletagmanager.com": "Google",
  "doubleclick.net": "Google",
  "googlesyndication.com": "Google",
  "googletagservices.com": "Google",
  "facebook.net": "Meta",
  "facebook.com": "Meta",
  "hotjar.com": "Hotjar",
  "newrelic.com": "New Relic",
  "nr-data.net": "New Relic",
  "segment.com": "Segment",
  "segment.io": "Segment",
  "scorecardresearch.com": "comScore",
  "quantserve.com": "Quantcast",
  "chartbeat.com": "Chartbeat",
  "twitter.com": "Twitter",
  "krxd.net": "Salesforce",
  "imrworldwide.com": "Nielsen",
  "addthis.com": "AddThis",
  "optimizely.com": "Optimizely",
  "adroll.com": "Adroll",
  "criteo.com": "Criteo",
};

const json = process.argv.includes("--json");
const folder = join(dataDir(), "opp115", "original_policies");
const files = readdirSync(folder)
  .filter((f) => f.endsWith(".html"))
  .sort();

let truePositives = 0;
let expected = 0;
let listed = 0;
let failed = 0;
let pages = 0;
const known = { checked: 0, right: 0, wrong: [] as string[] };
const named = { yes: 0, general: 0, no: 0 };
const missed: string[] = [];
const extra: string[] = [];

for (const file of files) {
  const path = join(folder, file);
  const html = readFileSync(path, "utf8");
  const url = savedPageAddress(parseHtmlDocument(html), html);
  const site = url ? registrableDomain(new URL(url).hostname) : null;
  const outcome = analyzeInput(path, url);
  if (!outcome.ok || !outcome.thirdParties) {
    failed++;
    continue;
  }
  pages++;
  const truth = tagDomains(html, site);
  const found = new Map(outcome.thirdParties.map((t) => [t.domain, t]));
  expected += truth.size;
  listed += found.size;
  for (const domain of truth) {
    if (found.has(domain)) truePositives++;
    else missed.push(`${file}: ${domain}`);
  }
  for (const [domain, party] of found) {
    if (!truth.has(domain)) extra.push(`${file}: ${domain}`);
    named[party.named]++;
    const owner = KNOWN[domain];
    if (owner) {
      known.checked++;
      if (party.organization === owner) known.right++;
      else known.wrong.push(`${domain}: ${party.organization}`);
    }
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const result = {
  pages,
  failed,
  pairsInTags: expected,
  pairsListed: listed,
  recall: round(expected ? truePositives / expected : 1),
  precision: round(listed ? truePositives / listed : 1),
  knownTrackers: { checked: known.checked, right: known.right, wrong: known.wrong },
  named,
  missed,
  extra,
};
if (json) console.log(JSON.stringify(result));
else {
  console.log(`third parties on ${pages} saved policy pages (${failed} not analysable)`);
  console.log(
    `  recall    ${result.recall}  (${truePositives} of ${expected} page-domain pairs the tags show)`,
  );
  console.log(`  precision ${result.precision}  (${truePositives} of ${listed} listed)`);
  console.log(`  well-known trackers mapped right: ${known.right} of ${known.checked}`);
  console.log(`  named in the policy: yes ${named.yes}, general ${named.general}, no ${named.no}`);
  if (missed.length) console.log(`  missed:\n    ${missed.join("\n    ")}`);
  if (extra.length) console.log(`  listed but not in the tags:\n    ${extra.join("\n    ")}`);
  console.log(JSON.stringify({ recall: result.recall, precision: result.precision, pages, failed }));
}

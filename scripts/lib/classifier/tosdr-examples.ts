/**
 * Training only, pure: ToS;DR quotes (../shared/data/tosdr, scripts/lib/tosdr.ts) as extra training
 * examples, for the cases whose statement maps to an OPP-115 category (and, where the case pins it,
 * a finer label). Each quote becomes a one-segment "policy" with no heading whose gold labels are
 * the case's; every other label counts as absent, as in an OPP-115 segment. Cases that name no
 * category unambiguously are left out (the sources of personal data, where it is processed, the
 * terms' own clauses), and so are quotes from documents that are not privacy or cookie policies
 * (terms of service use other words for other things) when `privacyOnly` is set.
 */
import type { TosdrPoint } from "../tosdr.ts";
import type { LabelledPolicy } from "./pipeline.ts";

const FPC = "First Party Collection/Use";
const TPS = "Third Party Sharing/Collection";
const UCC = "User Choice/Control";
const UAED = "User Access, Edit and Deletion";
const RET = "Data Retention";
const SEC = "Data Security";
const CHG = "Policy Change";
const DNT = "Do Not Track";
const AUD = "International and Specific Audiences";

/** ToS;DR case (trimmed) → the labels its quotes state. */
export const TOSDR_CASE_LABELS: Readonly<Record<string, readonly string[]>> = {
  // First-party collection and use
  "The service provides details about what kinds of personal information they collect": [FPC],
  "The service provides information about how they intend to use your personal data": [FPC],
  "The service provides information about how they collect personal data": [FPC],
  "The service collects many different types of personal data": [FPC],
  "This service uses your personal information for many different purposes": [FPC],
  "Your personal data is used for limited purposes": [FPC],
  "This service may use your personal information for marketing purposes": [FPC],
  "This service may collect, use, and share location data": [FPC, "location"],
  "This service collects your IP address for location use": [FPC, "location"],
  "This service receives your location through GPS coordinates": [FPC, "location"],
  "This service requires first-party cookies": [FPC, "cookies"],
  "This service only uses temporary session cookies": [FPC, "cookies"],
  // Sharing with third parties
  "Your personal data is given to third parties": [TPS, "sharing"],
  "This service can share your personal information to third parties": [TPS, "sharing"],
  "Third parties may be involved in operating the service": [TPS, "sharing"],
  "Many third parties are involved in operating the service": [TPS, "sharing"],
  "The service can sell or otherwise transfer your personal data as part of a bankruptcy proceeding or other type of financial transaction.":
    [TPS, "sharing"],
  "The service uses your personal data to employ targeted third-party advertising": [
    TPS,
    "sharing",
    "advertising",
  ],
  "This service uses third-party cookies for statistics": [
    TPS,
    "cookies",
    "third-party-cookies",
    "analytics",
  ],
  "Tracking via third-party cookies for other purposes without your consent.": [
    TPS,
    "cookies",
    "third-party-cookies",
  ],
  "This service employs third-party cookies, but with opt-out instructions": [
    TPS,
    "cookies",
    "third-party-cookies",
  ],
  "The service does not share user information with third parties": [TPS],
  "This service only shares user information with third parties when given specific consent": [TPS],
  "This service does not sell your personal data": [TPS],
  "Third parties used by the service are bound by confidentiality obligations": [TPS],
  // Choices
  "You can opt out of promotional communications": [UCC],
  "You can opt out of targeted advertising": [UCC],
  "Blocking first party cookies may limit your ability to use the service": [
    UCC,
    "cookies",
    "browser-controls",
  ],
  // Access, edit and deletion
  "You can request access and deletion of personal data": [UAED],
  "You can delete your content from this service": [UAED],
  "This service allows you to retrieve an archive of your data": [UAED],
  "This service provides a way for you to export your data": [UAED],
  // Retention
  "The service's data retention period is kept to the minimum necessary for fulfilling its purposes": [RET],
  "This service may keep personal data after a request for erasure for business interests or legal obligations":
    [RET],
  "User logs are deleted after a finite period of time": [RET],
  "This service keeps user logs for an undefined period of time": [RET],
  "This service holds onto content that you've deleted": [RET],
  // Security
  "The user is informed about security practices": [SEC],
  "The service provides two factor authentification for your account": [SEC],
  "The services will notify users if personal data has been affected by data breaches": [SEC],
  // Changes to the policy
  "Terms may be changed any time at their discretion, without notice to the user": [CHG],
  "The service may change its terms at any time, but the user will receive notification of the changes.": [
    CHG,
  ],
  "Users should revisit the terms periodically, although in case of material changes, the service will notify":
    [CHG],
  "When the service wants to make a material change to its terms, users are notified at least 30 days in advance":
    [CHG],
  "The service reviews its privacy policy on a regular basis": [CHG],
  // Do Not Track
  "This service ignores the Do Not Track (DNT) header and tracks users anyway even if they set this header.":
    [DNT, "dnt-not-honored"],
  "This service respects your browser's Do Not Track (DNT) headers": [DNT, "dnt-honored"],
  // Audiences
  "This service is only available to users over a certain age": [AUD],
};

/** Privacy, cookie and data policies ("Privacy Policy", "Cookie Policy", "Data Policy"…). */
export function isPrivacyDocument(document: string): boolean {
  return /privacy|cookie|data/i.test(document);
}

/** The quotes of mapped cases as one-segment labelled policies of loss weight `weight`, in the points' order. */
export function tosdrExamples(
  points: readonly TosdrPoint[],
  privacyOnly: boolean,
  weight = 1,
): LabelledPolicy[] {
  const out: LabelledPolicy[] = [];
  for (const p of points) {
    const labels = TOSDR_CASE_LABELS[p.case];
    const text = p.quote.replace(/\s+/g, " ").trim();
    if (!labels || text.length < 20) continue;
    if (privacyOnly && !isPrivacyDocument(p.document)) continue;
    out.push([{ text, heading: "", gold: [...labels], ...(weight !== 1 ? { weight } : {}) }]);
  }
  return out;
}

// The one-line verdict of each finding, worded from the summary's structured fields (so it can be
// translated), never from page text. "unknown" always means the policy doesn't mention it.
import { type MessageKey, t } from "@/lib/i18n";
import type {
  ContactKind,
  CookiesFinding,
  Level,
  OptOutFinding,
  SharingFinding,
  Summary,
  TrackingFinding,
} from "@/lib/types";

export type FindingName = keyof Summary;

/** Card order in the popup and in the Markdown summary. */
export const FINDING_NAMES: readonly FindingName[] = ["cookies", "sharing", "optOut", "tracking"];

export const FINDING_TITLE: Record<FindingName, MessageKey> = {
  cookies: "findingCookies",
  sharing: "findingSharing",
  optOut: "findingOptOut",
  tracking: "findingTracking",
};

export const LEVEL_WORD: Record<Level, MessageKey> = {
  good: "levelGood",
  caution: "levelCaution",
  bad: "levelBad",
  unknown: "levelUnknown",
};

function cookiesVerdict(f: CookiesFinding): string {
  if (f.level === "unknown" || f.uses === null) return t("verdictCookiesUnknown");
  if (f.uses === false) return t("verdictCookiesNone");
  if (f.thirdParty && f.advertising) return t("verdictCookiesThirdPartyAds");
  if (f.advertising) return t("verdictCookiesAds");
  if (f.thirdParty) return t("verdictCookiesThirdParty");
  if (f.analytics) return t("verdictCookiesAnalytics");
  return t("verdictCookiesUses");
}

function sharingVerdict(f: SharingFinding): string {
  if (f.level === "unknown") return t("verdictSharingUnknown");
  if (f.sells) return t("verdictSharingSells");
  if (f.thirdParty === false) return t("verdictSharingNone");
  if (f.advertising) return t("verdictSharingAds");
  if (f.thirdParty) return t("verdictSharingThirdParty");
  if (f.sells === false) return t("verdictSharingNoSale");
  return t("verdictSharingVague");
}

function optOutVerdict(f: OptOutFinding): string {
  if (f.level === "unknown") return t("verdictOptOutUnknown");
  if (f.contacts.length === 1) return t("verdictOptOutOneContact");
  if (f.contacts.length > 1) return t("verdictOptOutContacts", f.contacts.length);
  if (f.choices.includes("opt-out-link") || f.choices.includes("contact")) return t("verdictOptOutLink");
  if (f.choices.includes("browser-controls")) return t("verdictOptOutBrowserOnly");
  if (f.choices.includes("opt-in")) return t("verdictOptOutOptIn");
  // Some control, but no general opt-out: unsubscribing from e-mails, asking for your data.
  return t("verdictOptOutLimited");
}

function trackingVerdict(f: TrackingFinding): string {
  if (f.level === "unknown") return t("verdictTrackingUnknown");
  if (f.doNotTrack === "honored") return t("verdictTrackingHonored");
  if (f.globalPrivacyControl === "honored") return t("verdictTrackingGpcHonored");
  if (f.notes.some((note) => note.kind === "cross-site")) return t("verdictTrackingCrossSite");
  if (f.notes.some((note) => note.kind === "device-sensors")) return t("verdictTrackingSensors");
  if (f.notes.some((note) => note.kind === "location")) return t("verdictTrackingLocation");
  if (f.notes.some((note) => note.kind === "fingerprinting")) return t("verdictTrackingFingerprinting");
  if (f.doNotTrack === "not-honored") return t("verdictTrackingIgnored");
  if (f.doNotTrack === "unclear") return t("verdictTrackingUnclear");
  return t("verdictTrackingOther");
}

export function verdictOf(summary: Summary, name: FindingName): string {
  switch (name) {
    case "cookies":
      return cookiesVerdict(summary.cookies);
    case "sharing":
      return sharingVerdict(summary.sharing);
    case "optOut":
      return optOutVerdict(summary.optOut);
    case "tracking":
      return trackingVerdict(summary.tracking);
  }
}

export const CONTACT_KIND_LABEL: Record<ContactKind, MessageKey> = {
  email: "contactKindEmail",
  url: "contactKindUrl",
  phone: "contactKindPhone",
  postal: "contactKindPostal",
  form: "contactKindForm",
};

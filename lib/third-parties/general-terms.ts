// How a policy covers a kind of third party without naming it ("analytics providers", "advertising
// partners", "service providers"), and which kinds cover which third-party-web categories.

export type GeneralKind = "analytics" | "advertising" | "social" | "service";

export const GENERAL_TERMS: Record<GeneralKind, RegExp> = {
  analytics:
    /\b(?:(?:web|site|website|third[- ]party)\s+)?analytics?\s+(?:providers?|services?|companies|partners?|tools?|vendors?|software|technolog(?:y|ies)|cookies)\b|\b(?:audience\s+)?measurement\s+(?:partners?|companies|providers?|services?)\b/i,
  advertising:
    /\b(?:advertising|ad|marketing)\s+(?:partners?|networks?|companies|providers?|services?|vendors?|technolog(?:y|ies)|servers?|exchanges?)\b|\bthird[- ]party\s+advertisers\b|\bad[- ]?networks?\b/i,
  social:
    /\bsocial\s+(?:media|network(?:ing)?)\s+(?:plug-?ins?|platforms?|features?|widgets?|buttons?|services?|sites?|networks?|companies)\b|\bsocial\s+(?:plug-?ins?|widgets?|buttons?|sharing\s+(?:tools?|buttons?))\b/i,
  service:
    /\b(?:third[- ]party\s+)?(?:service\s+providers?|vendors|contractors|processors|hosting\s+providers?|content\s+delivery\s+networks?|third[- ]party\s+services)\b/i,
};

/** The kinds of general statement that cover a category; the first that the policy makes is quoted. */
export function kindsFor(category: string): GeneralKind[] {
  switch (category) {
    case "analytics":
      return ["analytics"];
    case "ad":
      return ["advertising"];
    case "marketing":
      return ["advertising", "service"];
    case "social":
      return ["social"];
    default:
      return ["service"];
  }
}

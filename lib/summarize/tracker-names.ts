// Names of third-party tracking products as policies write them. A policy that says it uses one of
// these lets that company's cookies or pixels run on its pages (LABELS.md: third-party cookies), and
// the tracking finding lists the analytics ones by name. One list, read by both findings.

/** Analytics services, written as their makers spell them. */
export const ANALYTICS_PROVIDERS = [
  "Google Analytics",
  "Adobe Analytics",
  "Omniture",
  "comScore",
  "Quantcast",
  "Nielsen",
  "Chartbeat",
  "Mixpanel",
  "Hotjar",
  "Crazy Egg",
  "Kissmetrics",
  "WebTrends",
  "Coremetrics",
  "Matomo",
  "Piwik",
  "Yandex Metrica",
  "Heap",
] as const;

/** Advertising and social tracking products: pixels, tags and ad servers of other companies. */
export const AD_TRACKERS = [
  "DoubleClick",
  "Google Ads",
  "AdSense",
  "AdWords",
  "Facebook Pixel",
  "Meta Pixel",
  "LinkedIn Insight Tag",
  "Twitter Pixel",
  "TikTok Pixel",
  "Pinterest Tag",
  "Criteo",
  "Taboola",
  "Outbrain",
  "AppNexus",
] as const;

/** All of them, for a test that a sentence names a third party's tracker. */
export const TRACKER_NAMES: readonly string[] = [...ANALYTICS_PROVIDERS, ...AD_TRACKERS];

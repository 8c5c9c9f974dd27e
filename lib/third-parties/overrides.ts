// Our reviewed corrections to the third-party-web table: the parent company a policy may name instead
// (Meta, Alphabet, Microsoft), product names and aliases a policy may use, and products recognised by
// their address. Every row says where its fact comes from; test/third-parties checks that each row still
// points at an organisation the table has.

export interface OrganizationOverride {
  /** The third-party-web entity this row corrects (its `name`), or a company name for every entity of it. */
  entity?: string;
  company?: string;
  /** The organisation to show, when the table's is outdated or missing. */
  organization?: string;
  /** Parent companies and other names a policy may use for it. */
  aliases: string[];
  source: string;
}

export const ORGANIZATION_OVERRIDES: readonly OrganizationOverride[] = [
  {
    entity: "Facebook",
    organization: "Meta",
    aliases: ["Meta Platforms", "Facebook Pixel", "Meta Pixel", "Facebook Connect", "Facebook Analytics"],
    source: "https://about.fb.com/news/2021/10/facebook-company-is-now-meta/",
  },
  {
    entity: "Instagram",
    organization: "Meta",
    aliases: ["Meta Platforms", "Facebook"],
    source: "https://about.fb.com/news/2021/10/facebook-company-is-now-meta/",
  },
  {
    company: "Google",
    aliases: ["Alphabet"],
    source: "https://abc.xyz/investor/founders-letters/2015/",
  },
  {
    entity: "YouTube",
    organization: "Google",
    aliases: ["Alphabet"],
    source: "https://googlepress.blogspot.com/2006/10/google-to-acquire-youtube-for-165_09.html",
  },
  {
    entity: "Google/Doubleclick Ads",
    aliases: [
      "DoubleClick",
      "Google Ads",
      "AdSense",
      "AdWords",
      "Google Ad Manager",
      "Google Marketing Platform",
    ],
    source: "https://blog.google/technology/ads/new-advertising-brands/",
  },
  {
    entity: "Google Analytics",
    aliases: ["Universal Analytics", "GA4"],
    source: "https://support.google.com/analytics/answer/11583528",
  },
  {
    entity: "Bing Ads",
    organization: "Microsoft",
    aliases: ["Microsoft Advertising", "Bing"],
    source: "https://about.ads.microsoft.com/en/blog/post/april-2019/introducing-microsoft-advertising",
  },
  {
    entity: "LinkedIn",
    organization: "Microsoft",
    aliases: ["LinkedIn Insight Tag"],
    source: "https://news.microsoft.com/2016/06/13/microsoft-to-acquire-linkedin/",
  },
  {
    entity: "LinkedIn Ads",
    organization: "Microsoft",
    aliases: ["LinkedIn", "LinkedIn Insight Tag"],
    source: "https://news.microsoft.com/2016/06/13/microsoft-to-acquire-linkedin/",
  },
  {
    entity: "Clarity",
    aliases: ["Microsoft Clarity"],
    source: "https://clarity.microsoft.com/",
  },
  {
    entity: "Scorecard Research",
    organization: "comScore",
    aliases: ["ScorecardResearch"],
    source: "https://www.scorecardresearch.com/",
  },
  {
    entity: "Nielsen NetRatings SiteCensus",
    organization: "Nielsen",
    aliases: ["Nielsen", "NetRatings"],
    source: "https://www.nielsen.com/",
  },
  {
    entity: "Salesforce",
    aliases: ["Krux", "Salesforce DMP"],
    source:
      "https://investor.salesforce.com/news/news-details/2016/Salesforce-Signs-Definitive-Agreement-to-Acquire-Krux/",
  },
  {
    entity: "Twitter",
    aliases: ["X Corp"],
    source: "https://help.x.com/en/using-x/twitter-is-now-x",
  },
];

/** Products recognised by the address they are loaded from; the row shows the product's name. */
export interface ProductPattern {
  name: string;
  category: string;
  pattern: RegExp;
  source: string;
}

export const PRODUCT_PATTERNS: readonly ProductPattern[] = [
  {
    name: "Meta Pixel",
    category: "ad",
    pattern:
      /^https?:\/\/connect\.facebook\.net(?::\d+)?\/[^/]+\/fbevents\.js|^https?:\/\/www\.facebook\.com(?::\d+)?\/tr\b/,
    source: "https://developers.facebook.com/docs/meta-pixel/get-started",
  },
];

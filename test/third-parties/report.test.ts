import { describe, expect, it } from "vitest";
import { loadedParties } from "@/lib/third-parties/compare";
import { policyMentions } from "@/lib/third-parties/policy-mentions";
import { thirdPartyReport } from "@/lib/third-parties/report";

const SITE = "https://www.shop.com/privacy";

describe("thirdPartyReport", () => {
  it("merges this page and other pages per organisation, not-named first, this page before others", () => {
    const onPage = loadedParties(
      ["https://connect.facebook.net/en_US/sdk.js", "https://www.google-analytics.com/analytics.js"],
      SITE,
    );
    const elsewhere = [
      ...loadedParties(
        ["https://www.facebook.com/plugins/like.php", "https://static.hotjar.com/c/h.js"],
        SITE,
      ),
    ].map((p) => ({ ...p, seenAt: 1 }));
    const mentions = policyMentions([{ index: 0, text: "We use Google Analytics." }]);
    const report = thirdPartyReport(onPage, elsewhere, mentions, true);
    expect(report.rows.map((r) => [r.name, r.named, r.onThisPage, r.domains])).toEqual([
      ["Facebook", "no", true, ["facebook.net", "facebook.com"]],
      ["Hotjar", "no", false, ["hotjar.com"]],
      ["Google Analytics", "yes", true, ["google-analytics.com"]],
    ]);
    expect(report.remembered).toBe(true);
  });
});

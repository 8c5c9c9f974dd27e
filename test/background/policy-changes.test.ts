// The change-alert service against the fake browser and a real PolicyHistory over fake storage: what
// is remembered, when a tab's badge is marked, and that private tabs never are.
import { beforeEach, describe, expect, it } from "vitest";
import { browser } from "wxt/browser";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { Reading } from "../../lib/background/analysis";
import { createPolicyChanges } from "../../lib/background/policy-changes";
import { PolicyHistory } from "../../lib/changes/policy-history";
import { policyRecordsItem } from "../../lib/changes/storage";
import { tabStateFixture } from "../popup/fixtures";

const URL_ = "https://shop.example/privacy";

function reading(text: string, overrides: Partial<Reading> = {}): Reading {
  const state = tabStateFixture();
  if (!state.summary) throw new Error("fixture has a summary");
  return {
    tabId: 1,
    url: URL_,
    trigger: "auto",
    isPolicy: true,
    isPrivate: false,
    segments: [{ index: 0, text, heading: "Sharing" }],
    summary: state.summary,
    ...overrides,
  };
}

async function setUp() {
  const history = new PolicyHistory(
    policyRecordsItem,
    async () => true,
    () => {},
  );
  const tab = await fakeBrowser.tabs.create({ url: URL_ });
  const changes = createPolicyChanges({ browser, history });
  const state = { ...tabStateFixture(), url: URL_ };
  return { changes, tabId: tab.id ?? 0, state };
}

describe("policy change alerts in the background", () => {
  beforeEach(() => fakeBrowser.reset());

  it("a policy read twice with a new sentence marks the badge until the change is seen", async () => {
    const { changes, tabId, state } = await setUp();
    await changes.onRead(reading("We share your e-mail address with our partners to send offers."));
    expect(await changes.changed(tabId, state)).toBe(false);
    await changes.onRead(
      reading(
        "We share your e-mail address with our partners to send offers. We now sell your data to brokers.",
      ),
    );
    expect(await changes.changed(tabId, state)).toBe(true);
    expect(await changes.markSeen(tabId, state)).toBe(true);
    expect(await changes.changed(tabId, state)).toBe(false);
  });

  it("a page that is not a policy, and a private window, are not remembered", async () => {
    const { changes, tabId, state } = await setUp();
    await changes.onRead(reading("First version of the text here, long enough.", { isPolicy: false }));
    await changes.onRead(reading("Second version of the text, changed here.", { isPolicy: false }));
    expect(await changes.changed(tabId, state)).toBe(false);
    await changes.onRead(reading("First version of the text here, long enough.", { isPrivate: true }));
    await changes.onRead(reading("Second version of the text, changed here.", { isPrivate: true }));
    expect(await changes.changed(tabId, state)).toBe(false);
  });
});

// The background's side of the third-party view: reads what a tab's page loaded (through the extractor
// already injected for the popup), remembers it per site unless the window is private or the user
// switched it off, and sets it beside what the tab's analysed policy says.
import { browser } from "wxt/browser";
import { z } from "zod/mini";
import { injectScript } from "../extension-api";
import { parseMessage } from "../messages";
import { loadedParties } from "./compare";
import { recall, remember, type SeenParty, validMemory } from "./memory";
import { registrableDomain } from "./organizations";
import { MAX_RESOURCE_URLS } from "./page-resources";
import { policyMentions } from "./policy-mentions";
import { type ThirdPartyReport, thirdPartyReport } from "./report";
import {
  MentionStore,
  policyMentionsItem,
  thirdPartyMemoryItem,
  thirdPartySettingsItem,
  validThirdPartySettings,
} from "./storage";

/** The extractor's answer to "list-loaded". */
export const loadedResourcesSchema = z.object({
  type: z.literal("loaded-resources"),
  url: z.string().check(z.maxLength(5000)),
  urls: z.array(z.string().check(z.maxLength(500))).check(z.maxLength(MAX_RESOURCE_URLS)),
  /** How long the listing took on the page's main thread, in milliseconds. */
  elapsedMs: z.number(),
});

const mentionStore = new MentionStore(policyMentionsItem);

/** Reads and keeps what an analysed policy says of third parties, for the tab's popup. */
export async function notePolicy(
  tabId: number,
  policyUrl: string,
  segments: readonly { text: string; index: number }[],
  isPrivate: boolean,
): Promise<void> {
  await mentionStore.set(
    tabId,
    { url: policyUrl, mentions: policyMentions(segments), at: Date.now() },
    isPrivate,
  );
}

export function forgetPolicies(): Promise<void> {
  return mentionStore.clear();
}

function siteOfPage(url: string): string | null {
  try {
    return registrableDomain(new URL(url).hostname);
  } catch {
    return null;
  }
}

/**
 * What the tab's page loaded beside its analysed policy (`policyUrl`, or null when the tab has none):
 * the listing is remembered for the site either way; the report needs the policy. Null on pages the
 * extension may not script.
 */
export async function thirdPartiesOfTab(
  tabId: number,
  policyUrl: string | null,
): Promise<ThirdPartyReport | null> {
  const tab = await browser.tabs.get(tabId);
  const isPrivate = Boolean(tab.incognito);
  await injectScript(tabId, "/extractor.js");
  const reply = parseMessage(
    loadedResourcesSchema,
    await browser.tabs.sendMessage(tabId, { type: "list-loaded" }, { frameId: 0 }),
  );
  if (!reply.ok) return null;
  const parties = loadedParties(reply.value.urls, reply.value.url);
  const site = siteOfPage(reply.value.url);
  const settings = validThirdPartySettings(await thirdPartySettingsItem.getValue());
  // The popup's note says why other pages are missing only when that is the reason (not for an
  // address without a registrable domain, such as an IP address, which has no site to remember).
  const remembering = settings.remember && !isPrivate;
  let elsewhere: SeenParty[] = [];
  if (remembering && site) {
    const now = Date.now();
    const memory = remember(validMemory(await thirdPartyMemoryItem.getValue()), site, parties, now);
    await thirdPartyMemoryItem.setValue(memory);
    elsewhere = recall(memory, site, now);
  }
  const stored = policyUrl ? await mentionStore.get(tabId) : null;
  if (!stored || stored.url !== policyUrl) return null;
  return thirdPartyReport(parties, elsewhere, stored.mentions, remembering);
}

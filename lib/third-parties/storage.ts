// The third-party view's storage items, apart from lib/storage.ts: the on-device memory of what each
// site's pages loaded (local, switchable, clearable), its switch, and what each tab's analysed policy
// says of third parties (session; private-window tabs kept in memory only). Validated on read.
import { storage } from "wxt/utils/storage";
import { z } from "zod/mini";
import type { Memory } from "./memory";
import type { PolicyMentions } from "./policy-mentions";

export const thirdPartySettingsSchema = z.object({
  /** Keep the organisations each site's pages loaded for 30 days (never for private windows). */
  remember: z.boolean(),
});
export type ThirdPartySettings = z.infer<typeof thirdPartySettingsSchema>;
export const DEFAULT_THIRD_PARTY_SETTINGS: ThirdPartySettings = { remember: true };

export const thirdPartySettingsItem = storage.defineItem<ThirdPartySettings>("local:thirdPartySettings", {
  fallback: DEFAULT_THIRD_PARTY_SETTINGS,
  version: 1,
});

export const thirdPartyMemoryItem = storage.defineItem<Memory>("local:thirdPartyMemory", {
  fallback: {},
  version: 1,
});

export function validThirdPartySettings(
  raw: unknown,
  warn: (msg: string) => void = console.warn,
): ThirdPartySettings {
  const parsed = thirdPartySettingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  warn("Privacy Glance: the stored third-party setting was unreadable and has been reset.");
  return DEFAULT_THIRD_PARTY_SETTINGS;
}

const quoteSchema = z.object({ text: z.string(), segment: z.number() });
const mentionsSchema = z.object({
  names: z.record(z.string(), quoteSchema),
  domains: z.record(z.string(), quoteSchema),
  kinds: z.partialRecord(z.enum(["analytics", "advertising", "social", "service"]), quoteSchema),
});
const tabMentionsSchema = z.object({ url: z.string(), mentions: mentionsSchema, at: z.number() });
export type TabMentions = { url: string; mentions: PolicyMentions; at: number };

export const policyMentionsItem = storage.defineItem<Record<string, TabMentions>>("session:policyMentions", {
  fallback: {},
  version: 1,
});

/** How many tabs' policy readings are kept; the oldest go first. */
export const MAX_TAB_MENTIONS = 50;

export interface MentionStorage {
  getValue(): Promise<unknown>;
  setValue(value: Record<string, TabMentions>): Promise<void>;
}

/** Each tab's policy reading; private-window tabs stay in this object's memory and are never stored. */
export class MentionStore {
  private readonly privateTabs = new Map<number, TabMentions>();

  constructor(
    private readonly item: MentionStorage,
    private readonly warn: (msg: string) => void = console.warn,
  ) {}

  private async all(): Promise<Record<string, TabMentions>> {
    const raw = await this.item.getValue();
    if (raw === undefined || raw === null) return {};
    const parsed = z.record(z.string(), tabMentionsSchema).safeParse(raw);
    if (parsed.success) return parsed.data as Record<string, TabMentions>;
    this.warn("Privacy Glance: stored policy readings were unreadable and were cleared.");
    await this.item.setValue({});
    return {};
  }

  async get(tabId: number): Promise<TabMentions | null> {
    return this.privateTabs.get(tabId) ?? (await this.all())[String(tabId)] ?? null;
  }

  async set(tabId: number, entry: TabMentions, isPrivate: boolean): Promise<void> {
    if (isPrivate) {
      this.privateTabs.set(tabId, entry);
      return;
    }
    const next = { ...(await this.all()), [String(tabId)]: entry };
    const ids = Object.keys(next).sort((a, b) => (next[a]?.at ?? 0) - (next[b]?.at ?? 0));
    for (const id of ids.slice(0, Math.max(0, ids.length - MAX_TAB_MENTIONS))) delete next[id];
    await this.item.setValue(next);
  }

  async clear(): Promise<void> {
    this.privateTabs.clear();
    await this.item.setValue({});
  }
}

// What is remembered of a policy the user read, and what is shown when it changed: the shapes kept in
// storage (checked with zod when read back) and the pure rules for their keys and bounds.
import { z } from "zod/mini";
import { FINDINGS } from "../findings/index";
import { levelSchema } from "../findings/levels";
import { findingChanged, type PolicyDiff } from "./diff";

const findingFactsSchema = z.object({ level: levelSchema, facts: z.array(z.string()) });
const findingsShape = Object.fromEntries(FINDINGS.map(({ key }) => [key, findingFactsSchema])) as {
  [K in (typeof FINDINGS)[number]["key"]]: typeof findingFactsSchema;
};

/** One version of a policy, as remembered: enough to tell a later version's changes. */
export const fingerprintSchema = z.object({
  /** SHA-256 of the version's sentence keys, sorted: equal exactly when nothing material changed. */
  hash: z.string(),
  /** Its sentences, packed (pack.ts), to show the ones a later version removes. */
  sentences: z.string(),
  findings: z.object(findingsShape),
  /** When it was read (ms since the epoch). */
  readAt: z.number(),
});
export type Fingerprint = z.output<typeof fingerprintSchema>;

/** At most this many sentences are kept per side of a change (the counts say how many there were). */
export const MAX_LISTED_SENTENCES = 30;

/** A change the user has not seen yet, as the popup shows it. */
export const policyChangeSchema = z.object({
  /** When the user last read the earlier version. */
  since: z.number(),
  addedCount: z.number(),
  removedCount: z.number(),
  added: z.array(z.string()),
  removed: z.array(z.string()),
  /** Only the findings whose level or facts changed, in the registry's order. */
  findings: z.array(
    z.object({
      key: z.string(),
      before: levelSchema,
      after: levelSchema,
      factsAdded: z.array(z.string()),
      factsRemoved: z.array(z.string()),
    }),
  ),
});
export type PolicyChange = z.output<typeof policyChangeSchema>;

export const policyRecordSchema = z.object({
  /** The policy's registrable domain (example.co.uk for www.example.co.uk), for clearing a site. */
  site: z.string(),
  /** When the policy was last analysed, whatever it said: the least recently used go first. */
  lastSeenAt: z.number(),
  /** The version the user last read. */
  read: fingerprintSchema,
  /** A later version that changed, until the user has seen the change. */
  pending: z.optional(z.object({ change: policyChangeSchema, next: fingerprintSchema })),
});
export type PolicyRecord = z.output<typeof policyRecordSchema>;

/** Remembered policies, by policyKey. */
export type PolicyRecords = Record<string, PolicyRecord>;

export const MAX_POLICIES = 300;
export const MAX_HISTORY_BYTES = 5_000_000;

/** What the popup shows of a diff: the findings that changed, then the sentences (capped). */
export function changeOf(diff: PolicyDiff, since: number): PolicyChange {
  return {
    since,
    addedCount: diff.added.length,
    removedCount: diff.removed.length,
    added: diff.added.slice(0, MAX_LISTED_SENTENCES),
    removed: diff.removed.slice(0, MAX_LISTED_SENTENCES),
    findings: FINDINGS.flatMap(({ key }) => {
      const change = diff.findings[key];
      return findingChanged(change) ? [{ key, ...change }] : [];
    }),
  };
}

// Parameters that only say where a visitor came from; the same policy is read with or without them.
const TRACKING_PARAMETER = /^(?:utm_\w+|fbclid|gclid|msclkid|mc_[a-z]+|ref|source)$/i;

/** The key a policy is remembered under: its http(s) address without fragment or tracking parameters. */
export function policyKey(url: string): string | null {
  try {
    const address = new URL(url);
    if (address.protocol !== "http:" && address.protocol !== "https:") return null;
    address.hash = "";
    for (const name of [...address.searchParams.keys()])
      if (TRACKING_PARAMETER.test(name)) address.searchParams.delete(name);
    return address.href;
  } catch {
    return null;
  }
}

// Second-level labels under which names are registered (co.uk, com.au, …): a short list, not the
// Public Suffix List, so a rare suffix gives one label too few.
const SECOND_LEVEL = new Set(["co", "com", "net", "org", "gov", "ac", "edu", "gouv", "ne", "or", "go"]);

/** The registrable domain of a host name (www.shop.example.co.uk → example.co.uk); addresses as they are. */
export function registrableDomain(host: string): string {
  const name = host.toLowerCase().replace(/\.$/, "");
  if (/^\[|^\d+(?:\.\d+){3}$/.test(name)) return name;
  const labels = name.split(".");
  if (labels.length <= 2) return name;
  const [tld = "", second = ""] = [labels[labels.length - 1], labels[labels.length - 2]];
  const keep = tld.length === 2 && SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-keep).join(".");
}

/** Keeps at most `maxPolicies` records and `maxBytes` of JSON, dropping the least recently seen. */
export function boundRecords(
  records: PolicyRecords,
  maxPolicies = MAX_POLICIES,
  maxBytes = MAX_HISTORY_BYTES,
): PolicyRecords {
  const newestFirst = Object.entries(records).sort((a, b) => b[1].lastSeenAt - a[1].lastSeenAt);
  const kept: PolicyRecords = {};
  let bytes = 2;
  for (const [key, record] of newestFirst.slice(0, maxPolicies)) {
    const size = key.length + JSON.stringify(record).length + 4;
    if (bytes + size > maxBytes) break;
    bytes += size;
    kept[key] = record;
  }
  return kept;
}

/** Keeps the well-formed records; a value that is not a map of them is reset. Says what it dropped. */
export function validRecords(raw: unknown, warn: (msg: string) => void = console.warn): PolicyRecords {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    if (raw !== null && raw !== undefined)
      warn("Privacy Glance: the remembered policies were unreadable and were cleared.");
    return {};
  }
  const kept: PolicyRecords = {};
  let dropped = 0;
  for (const [key, value] of Object.entries(raw)) {
    const parsed = policyRecordSchema.safeParse(value);
    if (parsed.success && policyKey(key) === key) kept[key] = parsed.data;
    else dropped++;
  }
  if (dropped)
    warn(
      `Privacy Glance: ${dropped} unreadable remembered polic${dropped === 1 ? "y was" : "ies were"} dropped.`,
    );
  return kept;
}

// What the site's pages loaded lately, kept on the device: per site (registrable domain), the
// organisations seen on its pages in the last 30 days, so a policy page can be compared with what the
// rest of the site loads. Bounded in sites and entries; pure functions over a plain object.
import { z } from "zod/mini";

export const MEMORY_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
export const MAX_SITES = 200;
export const MAX_PARTIES_PER_SITE = 60;

const seenSchema = z.object({
  domain: z.string().check(z.maxLength(253)),
  name: z.string().check(z.maxLength(200)),
  organization: z.nullable(z.string().check(z.maxLength(200))),
  category: z.string().check(z.maxLength(40)),
  names: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(40)),
  seenAt: z.number(),
});
export type SeenParty = z.infer<typeof seenSchema>;

export const memorySchema = z.record(z.string(), z.array(seenSchema));
export type Memory = z.infer<typeof memorySchema>;

/** Validates a stored memory; a corrupt one is forgotten with a warning. */
export function validMemory(raw: unknown, warn: (msg: string) => void = console.warn): Memory {
  if (raw === undefined || raw === null) return {};
  const parsed = memorySchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  warn("Privacy Glance: the stored list of third parties was unreadable and has been cleared.");
  return {};
}

/** Drops what is older than 30 days, and sites left with nothing. */
export function withoutExpired(memory: Memory, now: number): Memory {
  const cutoff = now - MEMORY_DAYS * DAY_MS;
  const kept: Memory = {};
  for (const [site, parties] of Object.entries(memory)) {
    const fresh = parties.filter((p) => p.seenAt >= cutoff && p.seenAt <= now + DAY_MS);
    if (fresh.length) kept[site] = fresh;
  }
  return kept;
}

/** Adds what a page of `site` loaded now; the least recently seen go first when a bound is reached. */
export function remember(
  memory: Memory,
  site: string,
  parties: readonly Omit<SeenParty, "seenAt">[],
  now: number,
): Memory {
  const current = withoutExpired(memory, now);
  const byDomain = new Map((current[site] ?? []).map((p) => [p.domain, p]));
  for (const party of parties)
    byDomain.set(party.domain, { ...party, names: party.names.slice(0, 40), seenAt: now });
  const entries = [...byDomain.values()].sort((a, b) => b.seenAt - a.seenAt).slice(0, MAX_PARTIES_PER_SITE);
  const next: Memory = { ...current, [site]: entries };
  const sites = Object.keys(next).sort(
    (a, b) =>
      Math.max(...(next[b] ?? []).map((p) => p.seenAt)) - Math.max(...(next[a] ?? []).map((p) => p.seenAt)),
  );
  for (const old of sites.slice(MAX_SITES)) delete next[old];
  return next;
}

/** What the site's pages loaded in the last 30 days. */
export function recall(memory: Memory, site: string, now: number): SeenParty[] {
  return withoutExpired({ [site]: memory[site] ?? [] }, now)[site] ?? [];
}

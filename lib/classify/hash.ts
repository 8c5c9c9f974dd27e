// 32-bit FNV-1a over UTF-16 code units: tiny, fast, and identical in Node and browsers.
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

export function fnv1a(s: string, seed: number = FNV_OFFSET): number {
  return fnv1aHead(s, s.length, seed);
}

/**
 * fnv1a of the first `count` code units of `s` (all of it when shorter): the hash of
 * `s.slice(0, count)` without allocating the slice.
 */
export function fnv1aHead(s: string, count: number, seed: number = FNV_OFFSET): number {
  const end = Math.min(count, s.length);
  let h = seed >>> 0;
  for (let i = 0; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

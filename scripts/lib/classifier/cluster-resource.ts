// Training only: the word clusters a recipe asks for, learned from the English Open Terms Archive
// documents (scripts/lib/ota-text.ts) and cached in .cache/classifier/ under the options, the
// documents' digest and the code that learns them. The model file carries them as word hashes and
// ids (lib/classify/clusters.ts), never the words.
import { decodeBase64, encodeBase64 } from "../../../lib/classify/base64.ts";
import { decodeClusters, encodeClusters } from "../../../lib/classify/clusters.ts";
import { tokenize } from "../../../lib/classify/featurize.ts";
import { fnv1a } from "../../../lib/classify/hash.ts";
import type { ClusterFile } from "../../../lib/classify/model-format.ts";
import { readOtaText } from "../ota-text.ts";
import { cachedJson } from "./cache.ts";
import type { ClusterResource } from "./pipeline.ts";
import { type ClusterOptions, learnWordClusters, type WordClusters } from "./word-clusters.ts";

/** Files whose contents decide the learned clusters (repository-relative). */
export const CLUSTER_FILES = [
  "lib/classify/base64.ts",
  "lib/classify/clusters.ts",
  "lib/classify/featurize.ts",
  "lib/classify/hash.ts",
  "scripts/lib/classifier/cluster-resource.ts",
  "scripts/lib/classifier/word-clusters.ts",
  "scripts/lib/ota-text.ts",
];

/** Learned clusters → the model file's form. */
export function clusterFile(c: WordClusters): ClusterFile {
  const enc = encodeClusters(
    c.words.map((w, i) => [fnv1a(w), c.ids[i] as number]),
    c.k,
  );
  return {
    count: c.k,
    words: enc.ids.length / (c.k <= 256 ? 1 : 2),
    hashes: encodeBase64(enc.hashes),
    ids: encodeBase64(enc.ids),
  };
}

export function clusterTableOf(file: ClusterFile): ClusterResource {
  const b64 = (s: string): Uint8Array => {
    const bytes = decodeBase64(s);
    if (!bytes) throw new Error("word clusters: a payload is not valid base64");
    return bytes;
  };
  return { file, table: decodeClusters(b64(file.hashes), b64(file.ids), file.count, file.words) };
}

const memo = new Map<string, ClusterResource & { digest: string }>();

/** The clusters of `opts` over the English OTA documents (cached; `log` hears when they are learned). */
export function otaClusters(
  opts: ClusterOptions,
  log: (line: string) => void = () => {},
): ClusterResource & { digest: string } {
  const key = JSON.stringify(opts);
  const hit = memo.get(key);
  if (hit) return hit;
  const ota = readOtaText("en");
  const out = cachedJson({ kind: "word-clusters", opts, data: ota.digest }, CLUSTER_FILES, () => {
    const docs = ota.paragraphs.map(tokenize);
    return clusterFile(learnWordClusters(docs, opts));
  });
  if (!out.cached)
    log(
      `  word clusters (k ${opts.k}) learned from ${ota.files.length} OTA documents in ${out.seconds.toFixed(1)} s`,
    );
  const res = { ...clusterTableOf(out.value), digest: ota.digest };
  memo.set(key, res);
  return res;
}

// Training only, pure: word clusters learned from unlabelled text by our own code. Each frequent
// word gets a vector from its co-occurrence counts (positive PMI over a ±window, context
// distribution smoothed as in Levy, Goldberg & Dagan 2015), reduced by a randomized truncated SVD,
// and the unit vectors are grouped by spherical k-means. Words used in the same contexts ("vendors",
// "partners", "affiliates") share a cluster, so the classifier can credit a word the labelled
// policies rarely use with what its cluster means. Deterministic: a seeded generator, fixed orders.

export interface ClusterOptions {
  /** At most this many words get a cluster (the most frequent, ties by spelling). */
  vocabulary: number;
  /** A word seen fewer times than this gets none. */
  minCount: number;
  /** Context words: the most frequent this many. */
  contexts: number;
  /** Co-occurrence window (words either side), weighted 1/distance. */
  window: number;
  /** SVD dimensions kept. */
  dims: number;
  /** Number of clusters. */
  k: number;
  /** k-means iterations. */
  iterations: number;
  seed: number;
  /**
   * The most frequent this many words are clustered but get no cluster id: they are common enough
   * for the labelled policies to teach their own weights. Absent = 0.
   */
  skipTop?: number;
}

export interface WordClusters {
  /** Clustered words, most frequent first. */
  words: string[];
  /** Cluster id of each word (same order). */
  ids: Uint16Array;
  k: number;
}

/** mulberry32: a small seeded generator, identical on every platform. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function topWords(counts: Map<string, number>, n: number, minCount: number): string[] {
  return [...counts.entries()]
    .filter(([, c]) => c >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, n)
    .map(([w]) => w);
}

/** Sparse rows (CSR) of the PPMI matrix: words × contexts. */
interface Csr {
  rows: number;
  cols: number;
  start: Int32Array;
  col: Int32Array;
  val: Float64Array;
}

function ppmi(
  docs: readonly (readonly string[])[],
  words: string[],
  contexts: string[],
  window: number,
): Csr {
  const wi = new Map(words.map((w, i) => [w, i]));
  const ci = new Map(contexts.map((w, i) => [w, i]));
  const C = contexts.length;
  const cells = new Map<number, number>();
  for (const doc of docs) {
    const w = doc.map((t) => wi.get(t) ?? -1);
    const c = doc.map((t) => ci.get(t) ?? -1);
    for (let i = 0; i < doc.length; i++) {
      const a = w[i] as number;
      if (a < 0) continue;
      for (let d = 1; d <= window; d++) {
        const weight = 1 / d;
        for (const j of [i - d, i + d]) {
          const b = c[j] ?? -1;
          if (b < 0) continue;
          const key = a * C + b;
          cells.set(key, (cells.get(key) ?? 0) + weight);
        }
      }
    }
  }
  const rowSum = new Float64Array(words.length);
  const colSum = new Float64Array(C);
  for (const [key, v] of cells) {
    rowSum[Math.floor(key / C)] = (rowSum[Math.floor(key / C)] as number) + v;
    colSum[key % C] = (colSum[key % C] as number) + v;
  }
  // Context distribution smoothing: P(c) ∝ count(c)^0.75 keeps rare contexts from dominating.
  const smoothed = Float64Array.from(colSum, (v) => v ** 0.75);
  const smoothedTotal = smoothed.reduce((s, v) => s + v, 0);
  const keys = [...cells.keys()].sort((a, b) => a - b);
  const start = new Int32Array(words.length + 1);
  const col: number[] = [];
  const val: number[] = [];
  let k = 0;
  for (let r = 0; r < words.length; r++) {
    start[r] = col.length;
    for (; k < keys.length && Math.floor((keys[k] as number) / C) === r; k++) {
      const key = keys[k] as number;
      const cc = key % C;
      // log(p(w,c) / (p(w) p(c))) with p(w,c), p(w) = count / total and p(c) the smoothed share.
      const v = Math.log(
        ((cells.get(key) as number) * smoothedTotal) / ((rowSum[r] as number) * (smoothed[cc] as number)),
      );
      if (v > 0) {
        col.push(cc);
        val.push(v);
      }
    }
  }
  start[words.length] = col.length;
  return { rows: words.length, cols: C, start, col: Int32Array.from(col), val: Float64Array.from(val) };
}

/**
 * M · B (rows × k, from B cols × k) or, with `transposed`, Mᵀ · A (cols × k, from A rows × k); all
 * column-major. One pass over M's entries either way.
 */
function product(m: Csr, b: Float64Array, k: number, transposed = false): Float64Array {
  const outRows = transposed ? m.cols : m.rows;
  const inRows = transposed ? m.rows : m.cols;
  const out = new Float64Array(outRows * k);
  for (let r = 0; r < m.rows; r++) {
    for (let p = m.start[r] as number; p < (m.start[r + 1] as number); p++) {
      const c = m.col[p] as number;
      const v = m.val[p] as number;
      const to = transposed ? c : r;
      const from = transposed ? r : c;
      for (let j = 0; j < k; j++)
        out[j * outRows + to] = (out[j * outRows + to] as number) + v * (b[j * inRows + from] as number);
    }
  }
  return out;
}

/** Modified Gram–Schmidt on the k columns (length n, column-major), in place. */
function orthonormalize(a: Float64Array, n: number, k: number): void {
  for (let j = 0; j < k; j++) {
    for (let i = 0; i < j; i++) {
      let d = 0;
      for (let r = 0; r < n; r++) d += (a[j * n + r] as number) * (a[i * n + r] as number);
      for (let r = 0; r < n; r++) a[j * n + r] = (a[j * n + r] as number) - d * (a[i * n + r] as number);
    }
    let norm = 0;
    for (let r = 0; r < n; r++) norm += (a[j * n + r] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < n; r++) a[j * n + r] = (a[j * n + r] as number) / norm;
  }
}

/** Eigen-decomposition of a symmetric k × k matrix (row-major) by cyclic Jacobi: values, vectors (columns). */
function jacobi(s: Float64Array, k: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(s);
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i++) v[i * k + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += (a[p * k + q] as number) ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        const apq = a[p * k + q] as number;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = ((a[q * k + q] as number) - (a[p * k + p] as number)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const sn = t * c;
        for (let r = 0; r < k; r++) {
          const arp = a[r * k + p] as number;
          const arq = a[r * k + q] as number;
          a[r * k + p] = c * arp - sn * arq;
          a[r * k + q] = sn * arp + c * arq;
        }
        for (let r = 0; r < k; r++) {
          const apr = a[p * k + r] as number;
          const aqr = a[q * k + r] as number;
          a[p * k + r] = c * apr - sn * aqr;
          a[q * k + r] = sn * apr + c * aqr;
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r * k + p] as number;
          const vrq = v[r * k + q] as number;
          v[r * k + p] = c * vrp - sn * vrq;
          v[r * k + q] = sn * vrp + c * vrq;
        }
      }
    }
  }
  return { values: Float64Array.from({ length: k }, (_, i) => a[i * k + i] as number), vectors: v };
}

/**
 * Word vectors (row-major, words × dims, unit length): U·√Σ of a randomized truncated SVD of M
 * (Halko, Martinsson & Tropp 2011: a random range, two power iterations, an exact small problem).
 */
function embed(m: Csr, dims: number, random: () => number): Float64Array {
  // Ten extra directions make the top `dims` accurate; never more than the matrix has.
  const k = Math.min(dims + 10, m.rows, m.cols);
  const omega = Float64Array.from({ length: m.cols * k }, () => random() * 2 - 1);
  let q = product(m, omega, k);
  orthonormalize(q, m.rows, k);
  for (let it = 0; it < 2; it++) {
    const z = product(m, q, k, true);
    orthonormalize(z, m.cols, k);
    q = product(m, z, k);
    orthonormalize(q, m.rows, k);
  }
  // B = Qᵀ M (k × cols); its Gram matrix B·Bᵀ (k × k) has the squared singular values.
  const bt = product(m, q, k, true);
  const gram = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      let d = 0;
      for (let c = 0; c < m.cols; c++) d += (bt[i * m.cols + c] as number) * (bt[j * m.cols + c] as number);
      gram[i * k + j] = d;
      gram[j * k + i] = d;
    }
  }
  const { values, vectors } = jacobi(gram, k);
  const order = Array.from({ length: k }, (_, i) => i).sort(
    (a, b) => (values[b] as number) - (values[a] as number) || a - b,
  );
  const out = new Float64Array(m.rows * dims);
  for (let d = 0; d < dims; d++) {
    const e = order[d] as number;
    const scale = Math.sqrt(Math.sqrt(Math.max(0, values[e] as number)));
    for (let r = 0; r < m.rows; r++) {
      let u = 0;
      for (let j = 0; j < k; j++) u += (q[j * m.rows + r] as number) * (vectors[j * k + e] as number);
      out[r * dims + d] = u * scale;
    }
  }
  for (let r = 0; r < m.rows; r++) {
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += (out[r * dims + d] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) out[r * dims + d] = (out[r * dims + d] as number) / norm;
  }
  return out;
}

/** Spherical k-means (cosine) with k-means++ seeding; returns each row's cluster. */
function kmeans(
  x: Float64Array,
  n: number,
  dims: number,
  k: number,
  iterations: number,
  random: () => number,
): Uint16Array {
  const centres = new Float64Array(k * dims);
  const nearest = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  let pick = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    for (let d = 0; d < dims; d++) centres[c * dims + d] = x[pick * dims + d] as number;
    let total = 0;
    for (let i = 0; i < n; i++) {
      let dot = 0;
      for (let d = 0; d < dims; d++) dot += (x[i * dims + d] as number) * (centres[c * dims + d] as number);
      const dist = Math.max(0, 1 - dot);
      if (dist < (nearest[i] as number)) nearest[i] = dist;
      total += (nearest[i] as number) ** 2;
    }
    let target = random() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++) {
      target -= (nearest[i] as number) ** 2;
      if (target <= 0) {
        pick = i;
        break;
      }
    }
  }
  const assign = new Uint16Array(n);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestDot = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let d = 0; d < dims; d++) dot += (x[i * dims + d] as number) * (centres[c * dims + d] as number);
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      if (it === 0 || assign[i] !== best) moved++;
      assign[i] = best;
    }
    centres.fill(0);
    for (let i = 0; i < n; i++) {
      const c = assign[i] as number;
      for (let d = 0; d < dims; d++)
        centres[c * dims + d] = (centres[c * dims + d] as number) + (x[i * dims + d] as number);
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += (centres[c * dims + d] as number) ** 2;
      norm = Math.sqrt(norm);
      // An empty cluster keeps a zero centre and attracts nothing (no word is forced into it).
      if (norm > 0)
        for (let d = 0; d < dims; d++) centres[c * dims + d] = (centres[c * dims + d] as number) / norm;
    }
    if (moved === 0) break;
  }
  return assign;
}

/** Clusters of the frequent words of `docs` (each a token list, e.g. one paragraph). */
export function learnWordClusters(docs: readonly (readonly string[])[], opts: ClusterOptions): WordClusters {
  if (opts.k < 1 || opts.k > 65536) throw new Error(`learnWordClusters: k must be 1–65536, got ${opts.k}`);
  const counts = new Map<string, number>();
  for (const doc of docs) for (const t of doc) counts.set(t, (counts.get(t) ?? 0) + 1);
  const words = topWords(counts, opts.vocabulary, opts.minCount);
  const contexts = topWords(counts, opts.contexts, opts.minCount);
  if (words.length < opts.k)
    throw new Error(
      `learnWordClusters: ${words.length} words with ≥ ${opts.minCount} uses, fewer than k = ${opts.k}`,
    );
  const random = generator(opts.seed);
  const m = ppmi(docs, words, contexts, opts.window);
  const dims = Math.max(1, Math.min(opts.dims, contexts.length, words.length));
  const vectors = embed(m, dims, random);
  const ids = kmeans(vectors, words.length, dims, opts.k, opts.iterations, random);
  const skip = Math.min(words.length, opts.skipTop ?? 0);
  return { words: words.slice(skip), ids: ids.slice(skip), k: opts.k };
}

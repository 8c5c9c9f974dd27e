// The printed table: one row per figure, with its goal and whether the goal is met.

export interface Row {
  section: string;
  metric: string;
  value: string;
  goal?: string;
  /** undefined when the figure has no goal. */
  ok?: boolean;
}

export function renderTable(rows: readonly Row[]): string {
  const head: Row = { section: "section", metric: "metric", value: "value", goal: "goal" };
  const all = [head, ...rows];
  const w = (f: (r: Row) => string): number => Math.max(...all.map((r) => f(r).length));
  const ws = w((r) => r.section);
  const wm = w((r) => r.metric);
  const wv = w((r) => r.value);
  const wg = w((r) => r.goal ?? "");
  const line = (r: Row, mark: string): string =>
    `${r.section.padEnd(ws)}  ${r.metric.padEnd(wm)}  ${r.value.padStart(wv)}  ${(r.goal ?? "").padEnd(wg)}  ${mark}`.trimEnd();
  const out = [line(head, ""), "-".repeat(ws + wm + wv + wg + 12)];
  let previous = "";
  for (const r of rows) {
    const mark = r.ok === undefined ? "" : r.ok ? "ok" : "OVER";
    out.push(line({ ...r, section: r.section === previous ? "" : r.section }, mark));
    previous = r.section;
  }
  return out.join("\n");
}

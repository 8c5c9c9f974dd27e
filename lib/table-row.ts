// A table row as a person reads it, the same for HTML tables and Markdown tables: "column — value" for
// each cell under a header row ("Category — Identifiers; Sold — No"). A row without a header (or with
// a different number of cells) keeps its cells joined by " | ".

/** The row's text from its cells and the table's header cells (null when it has none). */
export function rowReading(cells: readonly string[], names: readonly string[] | null): string {
  if (!cells.some(Boolean)) return "";
  if (!names || names.length !== cells.length) return cells.filter(Boolean).join(" | ");
  return cells
    .map((cell, i) => (cell && names[i] && names[i] !== cell ? `${names[i]} — ${cell}` : cell))
    .filter(Boolean)
    .join("; ");
}

import { useEffect, useState } from "preact/hooks";
import type { PageInfo } from "@/lib/messages";
import type { TabState } from "@/lib/tab-state";
import type { PopupConnector } from "./connector";

type View =
  | { kind: "loading" }
  | { kind: "no-tab" }
  | { kind: "state"; tabId: number; state: TabState | null; page: PageInfo | null };

export function App({ connector }: { connector: PopupConnector }) {
  const [view, setView] = useState<View>({ kind: "loading" });

  useEffect(() => {
    let stopped = false;
    const refresh = async () => {
      const tabId = await connector.tabId();
      if (tabId === null) return setView({ kind: "no-tab" });
      const [state, page] = await Promise.all([connector.tabState(tabId), connector.pageInfo(tabId)]);
      if (stopped) return;
      setView({ kind: "state", tabId, state, page });
      if (state?.status === "analysing") setTimeout(refresh, 300);
    };
    refresh();
    return () => {
      stopped = true;
    };
  }, [connector]);

  if (view.kind === "loading") return <p>Loading…</p>;
  if (view.kind === "no-tab") return <p>No tab to show.</p>;
  const { state } = view;
  if (!state || !state.summary) return <p data-state="not-policy">This page does not look like a privacy policy.</p>;
  const findings = [
    ["cookies", state.summary.cookies],
    ["sharing", state.summary.sharing],
    ["optOut", state.summary.optOut],
    ["tracking", state.summary.tracking],
  ] as const;
  return (
    <main data-state="analysed">
      <h1>{state.title || state.url}</h1>
      {findings.map(([name, finding]) => (
        <section key={name} data-finding={name} data-level={finding.level}>
          <h2>
            {name}: {finding.level}
          </h2>
          <ul>
            {finding.facts.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}

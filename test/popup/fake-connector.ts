// A PopupConnector made of plain data, recording what the popup asked for.
import type { PopupConnector } from "@/entrypoints/popup/connector";
import type { PageInfo } from "@/lib/messages";
import { DEFAULT_SETTINGS, type Settings } from "@/lib/storage";
import type { TabState } from "@/lib/tab-state";

export interface FakeData {
  tabId: number | null;
  state: TabState | null;
  page: PageInfo | null;
  settings: Settings;
  openedForTab: boolean;
  /** What highlight() answers. */
  highlightFound: boolean;
  /** What copyText() answers. */
  clipboardWorks: boolean;
  /** The state analyse() leaves behind (null: leave as is). */
  stateAfterAnalysis: TabState | null;
}

export interface FakeConnector extends PopupConnector {
  data: FakeData;
  calls: { method: string; args: unknown[] }[];
  callsTo(method: keyof PopupConnector): unknown[][];
}

export function fakeConnector(initial: Partial<FakeData> = {}): FakeConnector {
  const data: FakeData = {
    tabId: 7,
    state: null,
    page: null,
    settings: { ...DEFAULT_SETTINGS, disabledSites: [] },
    openedForTab: false,
    highlightFound: true,
    clipboardWorks: true,
    stateAfterAnalysis: null,
    ...initial,
  };
  const calls: FakeConnector["calls"] = [];
  const record = (method: string, ...args: unknown[]) => calls.push({ method, args });
  return {
    data,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method).map((c) => c.args),
    async tabId() {
      return data.tabId;
    },
    openedForTab() {
      return data.openedForTab;
    },
    async tabState(tabId) {
      record("tabState", tabId);
      return data.state;
    },
    async pageInfo(tabId) {
      record("pageInfo", tabId);
      return data.page;
    },
    async settings() {
      return data.settings;
    },
    async saveSettings(settings) {
      record("saveSettings", settings);
      data.settings = settings;
    },
    async analyse(tabId) {
      record("analyse", tabId);
      if (data.stateAfterAnalysis) data.state = data.stateAfterAnalysis;
    },
    async analysePolicyAt(tabId, url) {
      record("analysePolicyAt", tabId, url);
      if (data.stateAfterAnalysis) data.state = data.stateAfterAnalysis;
    },
    async highlight(tabId, text) {
      record("highlight", tabId, text);
      return data.highlightFound;
    },
    async openInTab(tabId) {
      record("openInTab", tabId);
    },
    async openOptions() {
      record("openOptions");
    },
    async copyText(text) {
      record("copyText", text);
      return data.clipboardWorks;
    },
  };
}

// The background's record of each tab's result: kept in memory, mirrored to session storage so an MV3
// service worker that restarts still knows it. Private-window tabs are never written to storage.
import { validTabStates, withTabState } from "./storage";
import type { TabState } from "./tab-state";

export interface StateStorage {
  getValue(): Promise<unknown>;
  setValue(value: Record<string, TabState>): Promise<void>;
}

export class TabStore {
  private memory: Record<string, TabState> | null = null;
  private readonly privateTabs = new Set<number>();

  constructor(
    private readonly storage: StateStorage,
    private readonly warn: (msg: string) => void = console.warn,
  ) {}

  private async all(): Promise<Record<string, TabState>> {
    this.memory ??= validTabStates(await this.storage.getValue(), this.warn);
    return this.memory;
  }

  private async persist(): Promise<void> {
    const all = await this.all();
    const shareable = Object.fromEntries(
      Object.entries(all).filter(([id]) => !this.privateTabs.has(Number(id))),
    );
    await this.storage.setValue(shareable);
  }

  async get(tabId: number): Promise<TabState | null> {
    return (await this.all())[String(tabId)] ?? null;
  }

  async set(tabId: number, state: TabState, isPrivate = false): Promise<void> {
    if (isPrivate) this.privateTabs.add(tabId);
    await this.all();
    // Read this.memory after the await: another call may have changed it meanwhile.
    this.memory = withTabState(this.memory ?? {}, tabId, state);
    await this.persist();
  }

  async remove(tabId: number): Promise<void> {
    await this.all();
    const all = this.memory ?? {};
    if (!(String(tabId) in all)) return;
    const { [String(tabId)]: _removed, ...rest } = all;
    this.memory = rest;
    this.privateTabs.delete(tabId);
    await this.persist();
  }

  /** The tab ids that have a result, e.g. to clear their badges. */
  async tabIds(): Promise<number[]> {
    return Object.keys(await this.all()).map(Number);
  }

  async clear(): Promise<void> {
    this.memory = {};
    this.privateTabs.clear();
    await this.persist();
  }
}

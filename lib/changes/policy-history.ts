// The policies the user read, remembered on the device to tell them when one changes. Kept in local
// storage (bounded, least recently seen dropped first), never for private windows, and not at all
// while the switch in the options page is off. One operation at a time, so two analyses finishing
// together cannot lose each other's record.
import type { Summary } from "../findings/index";
import { diffVersions } from "./diff";
import { fingerprintOf, sentencesOf } from "./fingerprint";
import {
  boundRecords,
  changeOf,
  type PolicyChange,
  type PolicyRecords,
  policyKey,
  registrableDomain,
  validRecords,
} from "./record";

export interface RecordsStorage {
  getValue(): Promise<unknown>;
  setValue(value: PolicyRecords): Promise<void>;
}

export class PolicyHistory {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly storage: RecordsStorage,
    /** Whether remembering is switched on (the options page). */
    private readonly enabled: () => Promise<boolean>,
    private readonly warn: (msg: string) => void = console.warn,
  ) {}

  private run<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job, job);
    this.queue = next.catch(() => {});
    return next;
  }

  private async records(): Promise<PolicyRecords> {
    return validRecords(await this.storage.getValue(), this.warn);
  }

  /**
   * Remembers an analysed policy and returns the change since the version the user last read (null
   * the first time, when nothing material changed, in private windows and while switched off).
   */
  remember(
    url: string,
    segments: readonly { text: string; heading: string }[],
    summary: Summary,
    isPrivate: boolean,
    now = Date.now(),
  ): Promise<PolicyChange | null> {
    return this.run(async () => {
      const key = policyKey(url);
      if (isPrivate || !key || !(await this.enabled())) return null;
      const { fingerprint, sentences } = await fingerprintOf(segments, summary, now);
      const records = await this.records();
      const known = records[key];
      const save = async (record: PolicyRecords[string]) =>
        this.storage.setValue(boundRecords({ ...records, [key]: record }));
      if (!known) {
        await save({ site: registrableDomain(new URL(key).hostname), lastSeenAt: now, read: fingerprint });
        return null;
      }
      // The version they read, again: nothing to tell (a change not yet seen was undone).
      if (known.read.hash === fingerprint.hash) {
        await save({ site: known.site, lastSeenAt: now, read: fingerprint });
        return null;
      }
      // The changed version they have not looked at yet: still to tell.
      if (known.pending?.next.hash === fingerprint.hash) {
        await save({ ...known, lastSeenAt: now });
        return known.pending.change;
      }
      const readSentences = await sentencesOf(known.read);
      if (!readSentences) {
        this.warn("Privacy Glance: a remembered policy was unreadable and was replaced.");
        await save({ site: known.site, lastSeenAt: now, read: fingerprint });
        return null;
      }
      const diff = diffVersions(
        { sentences: readSentences, findings: known.read.findings },
        { sentences, findings: fingerprint.findings },
      );
      if (!diff.changed) {
        await save({ site: known.site, lastSeenAt: now, read: fingerprint });
        return null;
      }
      const change = changeOf(diff, known.read.readAt);
      await save({ ...known, lastSeenAt: now, pending: { change, next: fingerprint } });
      return change;
    });
  }

  /** The change at this address the user has not seen yet, if any. */
  pendingFor(url: string): Promise<PolicyChange | null> {
    return this.run(async () => {
      const key = policyKey(url);
      return (key && (await this.records())[key]?.pending?.change) || null;
    });
  }

  /** The user has seen the change: the changed version becomes the one they read. */
  markSeen(url: string): Promise<void> {
    return this.run(async () => {
      const key = policyKey(url);
      const records = await this.records();
      const known = key ? records[key] : undefined;
      if (!key || !known?.pending) return;
      records[key] = { site: known.site, lastSeenAt: known.lastSeenAt, read: known.pending.next };
      await this.storage.setValue(records);
    });
  }

  count(): Promise<number> {
    return this.run(async () => Object.keys(await this.records()).length);
  }

  clear(): Promise<void> {
    return this.run(() => this.storage.setValue({}));
  }
}

// What one language needs: the words its pages are recognised by (lib/lang/<code>/detect.ts, bundled
// into the page detector, so kept small), and how its sentences say "not" with the cues of each summary
// fact (lib/lang/<code>/read.ts, used by the background and the CLI only). The languages are listed in
// lib/lang/index.ts and lib/lang/readings.ts; test/lang/conventions.test.ts fails when one misses a table.
import type { Term } from "../detect/vocabulary";
import type { FindingKey } from "../findings/index";

/** The detector's vocabulary for pages in this language (see lib/detect/vocabulary.ts for English). */
export interface DetectTables {
  /** Lower-case words ("|"-separated) of which one occurs in every name below: the first look. */
  readonly nameWords: string;
  /** A page named like this is a privacy or cookie policy. */
  readonly policyName: RegExp;
  /** A weaker name ("vie privée", "données personnelles" alone). */
  readonly privacyWord: RegExp;
  /** Names of other legal pages (terms, legal notices). */
  readonly otherLegalName: RegExp;
  /** Words of a headline about a policy rather than its name. */
  readonly headlineWords: RegExp;
  readonly topic: readonly Term[];
  readonly voice: readonly Term[];
  /** Contract phrases of terms of service. */
  readonly terms: readonly Term[];
}

/**
 * How a sentence denies what it says. A word is denied when, in its clause, a `before` cue precedes it
 * (within SCOPE words), or an `opener` precedes it and a `closer` follows that opener ("ne … pas",
 * where the verb sits in between), or an `after` cue follows it closely ("nicht").
 */
export interface NegationTables {
  readonly before: RegExp;
  readonly opener?: RegExp;
  readonly closer?: RegExp;
  readonly after?: RegExp;
  /** Where a clause ends (a cue denies nothing past it). */
  readonly scopeEnd: RegExp;
  /** Phrases that look negative but deny nothing. */
  readonly falseNegations?: RegExp;
  /** A carve-out after a denied word ("… sauf à nos prestataires"): the denial has exceptions. */
  readonly carveOut: RegExp;
}

/** The cues of the cookies finding. */
export interface CookiesCues {
  readonly mention: RegExp;
  readonly use: RegExp;
  readonly thirdParty: RegExp;
  readonly advertising: RegExp;
  readonly analytics: RegExp;
  readonly essentialOnly: RegExp;
  readonly browserRefuse: RegExp;
  readonly consentTool: RegExp;
  readonly optOutLink: RegExp;
  /** "Les cookies sont de petits fichiers …": a definition, not this site's practice. */
  readonly definition: RegExp;
}

export interface SharingCues {
  /** A verb or noun of passing data on ("partageons", "destinataires"). */
  readonly share: RegExp;
  /** Who receives it: any outside party. */
  readonly recipient: RegExp;
  /** Personal data named as the object. */
  readonly data: RegExp;
  readonly advertising: RegExp;
  /** Selling or renting personal data; each match starts at its verb (where a denial is looked for). */
  readonly sell: RegExp;
  readonly serviceProviders: RegExp;
  readonly affiliates: RegExp;
  readonly businessTransfer: RegExp;
  readonly legalRequests: RegExp;
  readonly international: RegExp;
}

export interface OptOutCues {
  /** Objecting, withdrawing, unsubscribing, refusing: the act of a choice. */
  readonly choice: RegExp;
  /** A link, settings page or tool to make it with. */
  readonly instrument: RegExp;
  /** Exercising one's rights (objection among them), done by contacting the company. */
  readonly exercise: RegExp;
  /** Writing, e-mailing or calling the company. */
  readonly contact: RegExp;
  readonly browserControls: RegExp;
  /** Only with your consent. */
  readonly optIn: RegExp;
  readonly unsubscribe: RegExp;
  readonly rights: RegExp;
}

export interface TrackingCues {
  readonly doNotTrack: RegExp;
  readonly gpc: RegExp;
  /** Respecting or answering a signal (its negation means ignoring it). */
  readonly honors: RegExp;
  /** A later sentence speaking of the signal just named ("ce signal"). */
  readonly signalAgain: RegExp;
  readonly crossSite: RegExp;
  readonly webBeacons: RegExp;
  readonly fingerprinting: RegExp;
  readonly location: RegExp;
}

/** The summary's cues, one table per finding of the registry (a new finding needs its table). */
export interface SummaryCues {
  readonly cookies: CookiesCues;
  readonly sharing: SharingCues;
  readonly optOut: OptOutCues;
  readonly tracking: TrackingCues;
}

/** Compile-time check that SummaryCues has one table per finding (and no other). */
type SameKeys<A, B> = [Exclude<keyof A, B>, Exclude<B, keyof A>] extends [never, never] ? true : false;
export const SUMMARY_CUES_COVER_FINDINGS: SameKeys<SummaryCues, FindingKey> = true;

export interface Language {
  /** BCP 47 primary subtag ("fr"). */
  readonly code: string;
  /** The language's name in itself. */
  readonly name: string;
  /** Frequent short words, for the text identifier (lib/lang/identify.ts). */
  readonly commonWords: readonly string[];
  readonly detect: DetectTables;
}

/** How the summary reads a language other than English (lib/summarize/cue-reader.ts). */
export interface Reading {
  readonly negation: NegationTables;
  readonly summary: SummaryCues;
}

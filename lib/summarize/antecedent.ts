// A sentence whose subject points back ("They may also use cookies", "These companies may …") says
// nothing about who acts until the sentence before it is read. When that sentence, in the same
// paragraph, names who the pronoun stands for, the sentence is read again with its subject spelt out.
import { type CueText, cueText } from "./cue";
import type { Sentence } from "./evidence";

/** A subject that points back: "They", "These companies", "Such third-party partners". */
const POINTING_SUBJECT =
  /^[\s"“(*-]*(?:they\b|(?:these|those|such)\s+(?:[\w-]+\s+)?(?:companies|partners|providers|third parties|parties|networks|advertisers|vendors|entities|businesses|services|platforms|organi[sz]ations)\b)/iu;

/**
 * `s` read with `subject` in place of its pointing subject, when the sentence before it (same
 * segment) names what it points to (`names` says so); else null.
 */
export function withAntecedent(s: Sentence, names: RegExp, subject: string): CueText | null {
  const previous = s.previous;
  if (!previous) return null;
  const m = POINTING_SUBJECT.exec(s.text);
  if (!m || !names.test(previous.text)) return null;
  return cueText(`${subject}${s.text.slice(m[0].length)}`);
}

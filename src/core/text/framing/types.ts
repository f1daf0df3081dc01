/**
 * Per-language framing phrase lists (data): what official warnings *about* police-impersonation
 * scams say and the scam mails themselves do not. Phrases use the syntax of src/core/text/phrases.ts
 * (lower-case literals on word boundaries; a trailing `*` is a stem, a leading `*` a compound tail).
 *
 * Rules for the data:
 * - no phrase a scam mail uses on its own account. Scams isolate their victim ("do not contact
 *   your police station", "do not discuss this by phone", "reply to no other address"), so those
 *   imperatives are NOT advice cues; advice cues are the self-defeating ones (do not pay, do not
 *   reply, delete it, report it, block the sender).
 * - no bare words a scam uses in another sense: "criminal" (criminal proceedings), singular
 *   "sex offender" forms, "final warning", "attention", "will never" without a subject.
 * - `negators` must be words that negate in their language and are not common words in another
 *   of the 26 languages (Finnish "en"/"et" are left out: Danish/Swedish/French/Spanish "en", "et").
 */

/** What a framing cue does in a warning. */
export type FramingKind =
  /** Names the fraud: scam, fraud, phishing, fake e-mail, svindel, arnaque, Betrug … */
  | 'names-fraud'
  /** Names the perpetrators in the third person: fraudsters, scammers, cybercriminals … */
  | 'perpetrator'
  /** Third-person framing of the message and its recipients: "the e-mail claims", "recipients", "such e-mails", "pretending to be" … */
  | 'reported'
  /** The warner's own act: "police warn of", "beware of", "advarer", "mette in guardia" … */
  | 'warning'
  /** Self-defeating advice to the reader: do not reply, do not pay, delete it, report it … */
  | 'advice'
  /** The authority disowns the message: "police will never ask", "does not send", "is not from" … */
  | 'disclaimer';

export const FRAMING_KINDS: readonly FramingKind[] = ['names-fraud', 'perpetrator', 'reported', 'warning', 'advice', 'disclaimer'];

export interface FramingPatterns {
  /** BCP 47 primary language subtag, as in src/core/text/lang. */
  lang: string;
  /** English name of the language. */
  name: string;
  /** Phrases per kind. */
  cues: Record<FramingKind, string[]>;
  /** Words that, just before a names-fraud or perpetrator cue, negate it ("not a scam"). */
  negators: string[];
  /**
   * Words after which an advice phrase is not an imperative but a condition or a statement
   * ("if you do not pay", "si vous ne payez pas", "wenn Sie nicht antworten", "caso não responda"):
   * subject pronouns, "if", relative pronouns. Checked against the one word before the cue, in the
   * cue's own language only (Polish "i" is "and", English "I" is a subject).
   */
  notImperativeAfter: string[];
}

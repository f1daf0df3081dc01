/**
 * Per-language scam-sign phrase lists (data). Each phrase is a lower-case literal (not a regex);
 * matching is literal, case-folded, accent-sensitive and on word boundaries.
 */

/** The kinds of sign a phrase can signal in a police-impersonation mail. */
export type SignKind = 'payment' | 'fine' | 'deadline' | 'arrest' | 'register' | 'exposure' | 'reply' | 'send-id' | 'device-lock' | 'voucher' | 'word-tell';

/** Every sign kind, in a fixed order (handy for iteration and completeness tests). */
export const SIGN_KINDS: readonly SignKind[] = [
  'payment',
  'fine',
  'deadline',
  'arrest',
  'register',
  'exposure',
  'reply',
  'send-id',
  'device-lock',
  'voucher',
  'word-tell',
];

export interface LanguagePatterns {
  /** BCP 47 primary language subtag, e.g. 'nb', 'en'. */
  lang: string;
  /** English name of the language. */
  name: string;
  /** Literal lower-case phrases per sign kind. */
  signs: Record<SignKind, string[]>;
}

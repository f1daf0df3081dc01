/**
 * The verdict vocabulary (ARCHITECTURE.md "Verdicts", FORMAT.md §8) and the shape of a result: one overall verdict,
 * one finding per item found in the input. Every verifier (server, browser, CLI) returns this.
 */

export const VERDICTS = [
  'genuine',
  'altered',
  'revoked',
  'unknown',
  'mistyped',
  'forged',
  'lookalike',
  'not-official',
  'official',
  'scam',
  'not-a-warning',
  'no-evidence',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Overall precedence: the first verdict present among the findings wins. `scam` outranks all. */
export const VERDICT_PRECEDENCE: readonly Verdict[] = [
  'scam',
  'forged',
  'lookalike',
  'altered',
  'revoked',
  'mistyped',
  'unknown',
  'not-a-warning',
  'not-official',
  'genuine',
  'official',
  'no-evidence',
];

/**
 * Verdict of a URL or e-mail domain finding. `official` is also an overall verdict: an input whose
 * only items are official addresses (a genuine code at the official address reads `genuine`).
 */
export type DomainVerdict = 'official' | 'lookalike' | 'not-official';

/** A half-open span [start, end) of UTF-16 code units in the input as given. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The named verification steps, each name used once, in the order they run (verify.ts, FORMAT.md
 * §8): a code's (parse … lookup), then a statement's (statement … inclusion), then the text's.
 */
export const STEP_NAMES = [
  'parse',
  'checksum',
  'country',
  'lookup',
  'statement',
  'key',
  'signature',
  'issuer',
  'key-validity',
  'issue-time',
  'known-template',
  'key-status',
  'revocation',
  'inclusion',
  'template',
] as const;
export type StepName = (typeof STEP_NAMES)[number];

export interface Step {
  step: StepName;
  ok: boolean;
  /** Stable error code from docs/ERRORS.md when !ok. */
  code?: string;
}

/** What a genuine (or revoked/altered) statement says, for display. */
export interface WarningInfo {
  templateId: string;
  text: string;
  language: string;
  issuer: string;
  issuerName: string;
  country: string;
  issuedAt: string;
  channel: string;
  kid: string;
  revokedAt?: string;
  revocationReason?: string;
  /**
   * Genuine although its key was later withdrawn (compromise cut-off, FORMAT.md §5.1): when and
   * why the key was withdrawn, and the log size before which statements stay genuine (this
   * statement's proven log index is below it).
   */
  keyWithdrawnAt?: string;
  keyWithdrawnReason?: string;
  loggedBefore?: number;
}

/** A statement's place in the public log, with its C2SP tlog-proof (docs/LOG.md §9). */
export interface InclusionProof {
  role: 'warning' | 'revocation' | 'statement';
  index: number;
  /** Size of the tree of the checkpoint the proof is against. */
  size: number;
  /** c2sp.org/tlog-proof@v1 text: index, proof hashes, the signed checkpoint. */
  proof: string;
}

export interface DiffPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

export type FindingKind = 'code' | 'jws' | 'url' | 'email' | 'phone' | 'sign' | 'text';

export interface Finding {
  kind: FindingKind;
  /** For code/jws/text: a Verdict; for url/email: a DomainVerdict; for sign: 'scam'; for phone: 'not-official' or 'official'. */
  verdict: Verdict | DomainVerdict;
  /** Stable machine code of the finding (an error code or a sign code such as WC_SIGN_PAYMENT). */
  code?: string;
  /** Where in the input the item was found (absent when the whole input was the item). */
  span?: Span;
  /** The matched text, exactly as in the input. */
  match?: string;
  steps?: Step[];
  warning?: WarningInfo;
  diff?: DiffPart[];
  /** Inclusion proofs of the statements the verdict rests on (genuine, revoked, altered). */
  inclusion?: InclusionProof[];
  /** For lookalikes: the technique and the organisation imitated. */
  technique?: string;
  imitates?: string;
  /** For domains: the registrable domain considered. */
  domain?: string;
  /**
   * Why a finding does not count as it would alone: a scam phrase `quoted` by a text that warns
   * about the fraud; a word tell found `alone`; an address vouched for by the genuine `signed-text`.
   */
  softened?: 'quoted' | 'alone' | 'signed-text';
  /** Extra context (e.g. the corrected code for a mistyped one). */
  note?: string;
}

export interface Result {
  verdict: Verdict;
  findings: Finding[];
}

export function overallVerdict(findings: readonly Finding[]): Verdict {
  const present = new Set<string>();
  for (const f of findings) {
    present.add(f.verdict);
  }
  for (const v of VERDICT_PRECEDENCE) if (present.has(v)) return v;
  return 'no-evidence';
}

/**
 * The stable codes of what a text holds (docs/ERRORS.md "Scam signs" and "Other items"): findings
 * reported beside a verdict, never thrown and never an HTTP error. Errors are in errors.ts.
 * tests/docs.test.ts keeps docs/ERRORS.md and this registry in sync both ways.
 */
import { ERRORS, type ErrorCode } from './errors.js';

/** `sign`: a sign of fraud found in a text; `finding`: another item found in it (an address, a phone number). */
export type FindingKind = 'sign' | 'finding';

interface FindingSpec {
  readonly kind: FindingKind;
  /** What the finding means, in plain words; never includes user input. */
  readonly message: string;
}

export const FINDINGS = {
  // ---- scam signs found in a text (findings, not errors) ----
  WC_SIGN_PAYMENT: { kind: 'sign', message: 'A demand for payment. The police never ask for money in a warning.' },
  WC_SIGN_FINE: { kind: 'sign', message: 'A "fine" to pay to avoid prosecution. No police force settles such cases by mail.' },
  WC_SIGN_DEADLINE: { kind: 'sign', message: 'A deadline meant to rush you (24, 48 or 72 hours, a few days).' },
  WC_SIGN_ARREST: { kind: 'sign', message: 'A threat of arrest or of a warrant.' },
  WC_SIGN_REGISTER: { kind: 'sign', message: 'A threat of a sex-offender register or a criminal record.' },
  WC_SIGN_EXPOSURE: { kind: 'sign', message: 'A threat to tell your family, employer or the media.' },
  WC_SIGN_REPLY: { kind: 'sign', message: 'A request to reply or to get in touch. Genuine warnings ask for nothing.' },
  WC_SIGN_SEND_ID: { kind: 'sign', message: 'A request for your ID, documents or personal data.' },
  WC_SIGN_DEVICE_LOCK: { kind: 'sign', message: 'Device-lock wording ("your computer is blocked").' },
  WC_SIGN_VOUCHER: { kind: 'sign', message: 'Payment by voucher or gift card.' },
  WC_SIGN_WORD_TELL: { kind: 'sign', message: 'Wording the police do not use (for example "child pornography" where the police say "sexual abuse material").' },
  WC_SIGN_CRYPTO: { kind: 'sign', message: 'A cryptocurrency address to pay to.' },
  WC_SIGN_IBAN: { kind: 'sign', message: 'A bank account (IBAN) to pay to.' },
  WC_SIGN_AUTHORITY: {
    kind: 'sign',
    message:
      'The message claims to come from the police, a court, a prosecutor or another authority. Genuine warnings only appear inside a file you downloaded yourself, never by e-mail, SMS, phone, letter or pop-up.',
  },
  WC_SIGN_ACCUSATION: { kind: 'sign', message: 'An accusation of an offence aimed at you. The police do not accuse anyone by message.' },
  WC_SIGN_PROCEEDINGS: { kind: 'sign', message: 'A summons or legal proceedings announced by message. Real summonses are not sent this way.' },
  WC_SIGN_THREAT: { kind: 'sign', message: 'A threat of arrest, of a register or criminal record, or of telling others.' },
  WC_SIGN_LOGIN: { kind: 'sign', message: 'A request to log in, follow a link or confirm your identity.' },
  WC_SIGN_ATTACHMENT: { kind: 'sign', message: 'An attachment or file to open. Do not open it.' },
  WC_SIGN_REFUND: {
    kind: 'sign',
    message:
      'A refund, compensation or overpayment said to be waiting for you. Tax offices and authorities do not announce refunds by message with a link or a form.',
  },
  WC_SIGN_LURE: {
    kind: 'sign',
    message: 'A real unit, platform or official named as the sender (EMPACT, EC3, senior Europol staff): fake letters borrow these names.',
  },

  // ---- other items found in a text (findings, not errors) ----
  WC_ADDRESS_OFFICIAL: { kind: 'finding', message: 'An address of the police or of an official service the trust list names.' },
  WC_ADDRESS_LOOKALIKE: { kind: 'finding', message: 'An address made to look like an official one.' },
  WC_ADDRESS_NOT_OFFICIAL: { kind: 'finding', message: 'An address that is not one of the official ones.' },
  WC_TEXT_TRUNCATED: {
    kind: 'finding',
    message: 'This text holds more items than one check covers: only the first ones were checked. Check the rest separately.',
  },
  WC_PHONE_UNCHECKED: { kind: 'finding', message: 'A phone number. Phone numbers cannot be confirmed here: the police never ask you to call about a warning.' },
} as const satisfies Record<string, FindingSpec>;

export type FindingCode = keyof typeof FINDINGS;

export function isFindingCode(x: unknown): x is FindingCode {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(FINDINGS, x);
}

/** Every stable code a user can see: an error's or a finding's. */
export type StableCode = ErrorCode | FindingCode;

/** The English message of every stable code (the message catalogs start from these). */
export const MESSAGES: Readonly<Record<StableCode, string>> = Object.freeze(
  Object.fromEntries([...Object.entries(ERRORS), ...Object.entries(FINDINGS)].map(([code, spec]) => [code, spec.message])) as Record<StableCode, string>,
);

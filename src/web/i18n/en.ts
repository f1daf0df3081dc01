/**
 * English message catalog: every user-facing string of the pages. Other languages implement the
 * same shape (`Catalog`); a test checks that each is complete. `{name}` marks a value filled in
 * (escaped) at render time. Calm, plain words: many readers are frightened.
 */
import { ERRORS, type ErrorCode } from '../../core/errors.js';
import type { StepName, Verdict } from '../../core/verdict.js';

export const en = {
  lang: 'en',
  languageName: 'English',
  siteName: 'warncheck',
  tagline: 'Check whether a police warning is genuine',
  skipToForm: 'Skip to the check',
  chooseLanguage: 'Language',
  home: {
    title: 'Is this police warning genuine?',
    intro:
      'Police in several European countries place warning videos and texts on file-sharing networks. Each warning carries a short code. Here you can check a code, a whole message or a link. Nothing you enter is stored or logged, and no cookie is set.',
    genuineTitle: 'What a genuine warning looks like',
    genuine: [
      'It appears only inside a file that you downloaded yourself from a file-sharing network.',
      'A police officer explains that downloading sexual abuse material of children is a crime, and where to get help.',
      'It shows a short code, for example {example}, and this address.',
    ],
    neverTitle: 'What a genuine warning never does',
    never: [
      'It never arrives by e-mail, text message, phone call or letter.',
      'It never asks you to pay anything: the police do not collect fines or fees by message.',
      'It never asks you to reply, to send documents, or to give personal details.',
    ],
    scamNote:
      'Mails that claim to be from the police or Europol and demand a reply or a "fine" are a known fraud. Do not pay and do not reply. You can paste such a mail below.',
    formTitle: 'Check a code, a message or a link',
    inputLabel: 'Code, message or link',
    inputHint: 'Paste the whole message if you have one; we check every code, link and sign of fraud in it.',
    submit: 'Check',
    fragmentTitle: 'Did you follow a link with a code after #?',
    fragmentNoScript:
      'The part after # in the address never reaches us. Please type the code that follows # in your address bar into the box above.',
    checkingLocally: 'Checking the code from the address, in your browser…',
    privacyTitle: 'Your privacy',
    privacy:
      'This service keeps no record of what you check, sets no cookies and loads nothing from other sites. With JavaScript on, a code from the address is checked in your browser.',
  },
  verdict: {
    pageTitle: 'Result of the check',
    overall: 'Result',
    findingsTitle: 'What we found',
    statementFormat: 'Signed statement format',
    stepsTitle: 'Checks',
    stepOk: 'passed',
    stepFailed: 'failed',
    checkAnother: 'Check something else',
    youChecked: 'You checked',
    items: {
      code: 'Code',
      jws: 'Signed statement',
      url: 'Link',
      email: 'E-mail address',
      phone: 'Phone number',
      sign: 'Sign of fraud',
      text: 'Text',
    },
    names: {
      genuine: 'Genuine',
      altered: 'Genuine code, altered text',
      revoked: 'Withdrawn',
      unknown: 'Not issued',
      mistyped: 'Probably mistyped',
      forged: 'Forged',
      lookalike: 'Lookalike address',
      official: 'Official address',
      'not-official': 'Not an official address',
      scam: 'Fraud',
      'no-evidence': 'Nothing to check',
    } satisfies Record<Verdict, string>,
    explain: {
      genuine: 'This code was issued by the police and signed with a trusted key. It has not been withdrawn.',
      altered:
        'The code is genuine, but the text you gave differs from the genuine text of that warning. Someone may have changed it. The differences are shown below.',
      revoked: 'This code, or the key that signed it, has been withdrawn by the police. Do not rely on it.',
      unknown: 'This code is well-formed, but the police never issued it. A message that shows it is not a genuine warning.',
      mistyped: 'This code fails its check character. It was probably typed wrongly: compare it with the warning and try again.',
      forged: 'The signature does not verify, or the signer is not trusted. This is not a genuine statement.',
      lookalike: 'This address is made to look like an official one, but it is not. Do not enter anything there.',
      official: 'This address belongs to the police or to an official service named in our signed trust list. That does not make a message that shows it genuine: scammers copy real addresses.',
      'not-official': 'This address does not belong to the police or to any official service we know of.',
      scam: 'This message shows signs of fraud that impersonates the police. The police never demand payment or a reply by message. Do not pay, do not reply and do not send documents.',
      'no-evidence': 'We found no code, link or signed statement to check, and no sign of fraud. If you have a code, type it exactly as shown.',
    } satisfies Record<Verdict, string>,
    next: {
      genuine: 'A genuine warning offers help. If you want to talk to someone, the services below are free and confidential.',
      altered: 'Trust only the genuine text shown below.',
      revoked: 'If you received this as part of a message, treat the message as suspicious.',
      unknown: 'If this came by e-mail, SMS or letter, it is not from the police. You can report it.',
      mistyped: 'Check each character; 0 and O, and 1, I and L are treated as the same.',
      forged: 'Do not trust the message that carried it. You can report it.',
      lookalike: 'Do not click the link, and report the message.',
      official: 'Type official addresses yourself rather than following links in a message.',
      'not-official': 'Be careful with links and addresses that are not official.',
      scam: 'Report the message to the police as fraud, then delete it. If you have already paid, contact your bank at once.',
      'no-evidence': 'You can paste the whole message, a code, or a link.',
    } satisfies Record<Verdict, string>,
    suggestion: 'Did you mean {code}?',
    checkedLocally:
      'Checked in your browser with the code from the address. The server saw only the first 5 characters of a hash of the code, which many codes share.',
    genuineTitle: 'The genuine warning',
    issuer: 'Issued by',
    country: 'Country',
    language: 'Language',
    issued: 'Issued on',
    where: 'Where such warnings appear',
    whereText: 'Only inside files on file-sharing networks, which the person downloaded themselves.',
    notTheMessage:
      'A genuine code does not make the message around it genuine: codes are printed in files that anyone can copy.',
    codeInMessage:
      'This genuine code was found inside a message. Real warnings only appear inside a file you downloaded yourself: they never arrive by e-mail, SMS or letter, and never ask you for anything. Treat the message around it with care.',
    copiedCode:
      'This message contains a genuine code copied from a real police warning. Real warnings never arrive by e-mail, SMS or letter and never ask for anything.',
    revokedAt: 'Withdrawn on {date}: {reason}',
    markedTitle: 'The message, with what gives it away',
    softened: {
      quoted: 'This text warns about the fraud and quotes its wording: the phrase is not counted against it.',
      alone: 'On its own this wording is not a sign of fraud.',
      'signed-text': 'This address is part of the genuine, signed warning text.',
    },
    logTitle: 'Proof in the public log',
    logEntry: 'The {role} is entry {index} of {size} in the public log of every statement the police have signed. Anyone can check this proof with the log key alone, without asking us (C2SP tlog-proof):',
    logRoles: { warning: 'warning statement', revocation: 'withdrawal statement', statement: 'statement' },
    diffTitle: 'Differences from the genuine text',
    diffLegend: 'Removed from the genuine text are struck through; added words are underlined.',
    diffRemoved: 'removed',
    diffAdded: 'added',
    technique: 'Technique: {technique}. Imitates: {imitates}.',
    domain: 'Domain: {domain}',
    officialDomain: 'Official address',
    cannotComplete: 'The check could not be completed',
    cannotCompleteText: 'We cannot give a verdict right now. This is not a genuine result. Please try again later.',
  },
  steps: {
    parse: 'Format',
    checksum: 'Check character',
    lookup: 'Issued by the police',
    key: 'Signing key',
    signature: 'Signature',
    trust: 'Trusted issuer',
    revocation: 'Not withdrawn',
    template: 'Genuine text',
    inclusion: 'In the public log',
  } satisfies Record<StepName, string>,
  help: {
    title: 'Help and reporting',
    intro: 'Free, confidential help is available. You do not have to give your name.',
    kinds: { help: 'Help', 'report-scam': 'Report fraud', police: 'Police' } as Record<string, string>,
    europol: 'Europol: no police force collects fines by e-mail or message.',
  },
  error: {
    title: 'Something is not right',
    back: 'Back to the check',
    notFound: 'There is nothing at this address.',
  },
  api: {
    title: 'API for helplines and organisations',
    intro: 'The same checks as this page, as JSON. Nothing you send is stored or logged.',
    spec: 'Machine-readable description (OpenAPI 3.1)',
  },
  footer: {
    noTracking: 'No cookies, no tracking, no logs of what you check.',
    api: 'API',
    trust: 'Signed trust list',
    keys: 'Public keys',
  },
  /** Every error message of docs/ERRORS.md (English: the registry's own words). */
  errors: Object.fromEntries(Object.entries(ERRORS).map(([k, v]) => [k, v.message])) as Partial<Record<ErrorCode, string>>,
};

export type Catalog = typeof en;

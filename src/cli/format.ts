/** Human-readable verdicts for the terminal (the JSON form is the Result itself). */
import { MESSAGES, type StableCode } from '../core/findings.js';
import type { Finding, Result } from '../core/verdict.js';

const HEADLINE: Record<string, string> = {
  genuine: 'GENUINE: this code belongs to a genuine police warning.',
  altered: 'ALTERED: a genuine warning, but the text differs from the genuine text.',
  revoked: 'REVOKED: the police have withdrawn this warning or its signing key.',
  unknown: 'UNKNOWN: a well-formed code that was never issued.',
  mistyped: 'MISTYPED: the code fails its check character; probably a typing slip.',
  forged: 'FORGED: a signature or statement that does not verify, or an untrusted issuer.',
  lookalike: 'LOOKALIKE: a link or address made to look like an official one.',
  official: 'OFFICIAL: an address of the police or an official service (a message showing it is not made genuine by it).',
  'not-official': 'NOT OFFICIAL: a link or address that is not one of the official ones.',
  scam: 'SCAM: the message shows signs of police-impersonation fraud.',
  'not-a-warning':
    'NOT A POLICE WARNING: the message claims to come from the police, a court or another authority, but it is not a warning of the kind this service checks. Genuine warnings only appear inside a file you downloaded yourself, never by e-mail, SMS, phone, letter or pop-up. Do not pay, reply, click, open attachments or send documents.',
  'no-evidence': 'NOTHING CHECKABLE: no code, link or signed statement we could check. This does not mean the message is safe.',
};

const SOFTENED: Record<NonNullable<Finding['softened']>, string> = {
  quoted: 'not counted: this text warns about the fraud and quotes its wording',
  alone: 'not counted: on its own this wording is not a sign of fraud',
  'signed-text': 'part of the genuine, signed warning text',
};

export function formatResult(r: Result): string {
  const lines = [`Verdict: ${HEADLINE[r.verdict] ?? r.verdict}`];
  for (const f of r.findings) lines.push(...formatFinding(f, r.verdict));
  lines.push(
    '',
    'A genuine warning only ever appears inside a file you downloaded yourself. The police never',
    'ask for money, personal data or a reply. A genuine code copied into a mail does not make the mail genuine.',
  );
  return lines.join('\n') + '\n';
}

function formatFinding(f: Finding, overall: string): string[] {
  const where = f.span ? ` at ${f.span.start}–${f.span.end}` : '';
  const what = f.match ? ` ${JSON.stringify(f.match)}` : '';
  const out = ['', `- ${f.kind}${what}${where}: ${f.verdict}${f.code ? ` (${f.code})` : ''}`];
  if (f.steps?.length) out.push(`  steps: ${f.steps.map((s) => `${s.step} ${s.ok ? 'ok' : `FAILED ${s.code ?? ''}`}`.trim()).join(' → ')}`);
  if (f.verdict === 'mistyped' && overall === 'scam') out.push('  not a valid code; inside this message it proves nothing');
  else if (f.verdict === 'mistyped' && f.note) out.push(`  did you mean: ${f.note}`);
  if ((f.kind === 'sign' || f.kind === 'phone' || f.kind === 'text') && f.code && f.code in MESSAGES) out.push(`  ${MESSAGES[f.code as StableCode]}`);
  if (f.softened) out.push(`  ${SOFTENED[f.softened]}`);
  if (f.technique) out.push(`  technique: ${f.technique}${f.imitates ? `, imitating ${f.imitates}` : ''}`);
  if (f.kind === 'code' && f.verdict === 'genuine' && f.span && !f.steps?.some((s) => s.step === 'template'))
    out.push('  found inside a message: real warnings only appear inside a file you downloaded yourself, never by e-mail, SMS or letter');
  const w = f.warning;
  if (w) {
    out.push(`  issuer: ${w.issuerName} (${w.country}) · language: ${w.language} · issued: ${w.issuedAt.slice(0, 10)} · channel: ${w.channel}`);
    if (w.revokedAt) out.push(`  revoked: ${w.revokedAt.slice(0, 10)}${w.revocationReason ? ` (${w.revocationReason})` : ''}`);
    if (w.loggedBefore !== undefined)
      out.push(
        `  key withdrawn later: ${(w.keyWithdrawnAt ?? '').slice(0, 10)}${w.keyWithdrawnReason ? ` (${w.keyWithdrawnReason})` : ''}; this warning was logged before (log entries below ${w.loggedBefore} stay genuine)`,
      );
    out.push('  genuine text:', ...w.text.split('\n').map((l) => `    ${l}`));
  }
  for (const p of f.inclusion ?? []) {
    const origin = p.proof.split('\n\n')[1]?.split('\n')[0] ?? '';
    out.push(`  public log: ${p.role} statement is entry ${p.index} of ${p.size} in ${origin} (inclusion proof verified; --json prints it)`);
  }
  if (f.diff) {
    out.push('  differences ([-removed-] {+added+}):');
    out.push('    ' + f.diff.map((d) => (d.op === 'same' ? d.text : d.op === 'added' ? `{+${d.text}+}` : `[-${d.text}-]`)).join(''));
  }
  return out;
}

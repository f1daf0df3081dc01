/**
 * Maltese scam signs. Sources: Malta Independent 2023-07 and Times of Malta (police: scam mails in
 * Maltese from the "Brigade for the Protection of Minors within Interpol", with an English "summons"
 * attachment: "computer seizure via cyber-infiltration"), MaltaToday (reply to a gmail address within
 * 48 hours), bnnbreaking 2024-03 (pulizija.mtcyber-wizard.com, "Rapport tal-Pulizija-MT.pdf", arrest
 * and EUR 75,000 fine within 48 hours), nationalcybersecurity.com (72 hours, child protection
 * services and media). The Maltese scam wording itself was not published; phrases are careful
 * translations (review by a native speaker advised). English attachments are covered by en.ts.
 */
import type { LanguagePatterns } from './types.js';

export const patterns: LanguagePatterns = {
  lang: 'mt',
  name: 'Maltese',
  signs: {
    payment: ['agħmel ħlas', 'trasferiment bankarju', 'ħlas immedjat', 'bil-bitcoin', 'western union', 'ħallas is-somma'],
    fine: ['ħallas il-multa', 'tħallas il-multa', 'ħlas tal-multa'],
    deadline: ['fi żmien 24 siegħa', 'fi żmien 48 siegħa', 'fi żmien 72 siegħa', '48 siegħa', '72 siegħa', 'l-aħħar twissija'],
    arrest: ["mandat ta' arrest", 'mandat ta arrest', 'tiġi arrestat', 'arrest immedjat', 'tevita l-arrest'],
    register: ['reġistru tal-offensuri sesswali', 'lista tal-offensuri sesswali', 'reġistru tad-delinkwenti sesswali'],
    exposure: ['lill-midja', 'fil-midja kollha', 'il-familja u l-ħbieb', 'l-ewropa kollha'],
    reply: ['il-ġustifikazzjonijiet tiegħek', 'ibgħat il-ġustifikazzjoni', 'wieġeb għal din', 'wieġeb din l-email'],
    'send-id': ['kopja tal-passaport', 'kopja tal-karta tal-identità', 'ritratt tal-karta tal-identità'],
    'device-lock': ['il-kompjuter tiegħek ġie msakkar', 'il-kompjuter tiegħek ġie bblokkjat', 'l-apparat tiegħek ġie bblokkjat', 'tiftaħ il-kompjuter'],
    voucher: ['paysafecard', 'ukash', 'neosurf', 'gift card', 'karta tar-rigal', 'vawċer'],
    'word-tell': ['ċiberpornografija', 'ċiber-pornografija', 'infiltrazzjoni ċibernetika', 'brigata għall-protezzjoni tal-minorenni', 'cyber-infiltration'],
  },
};

/**
 * Romanian scam signs. Sources: gandul.ro, evz.ro, realitatea.net and newsbucovina.ro 2025-12
 * (Poliția Română and DNSC on the lock-screen "amendă de 1.250 de lei" within two hours, "blocarea
 * definitivă a dispozitivului", "registrul agresorilor sexuali", articolele 374 și 375), b1tv.ro
 * 2024-08 (fake "citații" for pedofilie and pornografie infantilă), zdg.md 2025-10 (IGP Moldova,
 * "citație" with data or money demanded).
 */
import type { LanguagePatterns } from './types.js';

export const patterns: LanguagePatterns = {
  lang: 'ro',
  name: 'Romanian',
  signs: {
    payment: ['plata imediată', 'plata urgentă', 'achitați amenda', 'achitati amenda', 'plătiți amenda', 'platiti amenda', 'prin card bancar în'],
    fine: ['amendă de 1.250', 'amenda de 1.250', 'plata amenzii în', 'achitarea unei amenzi'],
    deadline: ['în termen de 2 ore', 'în termen de 48 de ore', 'în termen de 72 de ore', 'in termen de 72 de ore', 'în cel mult 2 ore'],
    arrest: ['veți fi arestat', 'veti fi arestat', 'mandat de arestare pe numele', 'arestarea dumneavoastră'],
    register: ['registrul agresorilor sexuali', 'registrul infractorilor sexuali', 'registrul național al infractorilor'],
    exposure: ['familiei dumneavoastră și', 'vor fi făcute publice', 'transmise presei', 'angajatorului dumneavoastră'],
    reply: ['trimiteți-ne justificările', 'justificările dumneavoastră', 'răspundeți la acest e-mail', 'evaluarea sancțiunilor'],
    'send-id': ['copie a cărții de identitate', 'copia cărții de identitate', 'copie după buletin'],
    'device-lock': [
      'dispozitivul dumneavoastră a fost blocat',
      'dispozitivul a fost restricționat',
      'dispozitivul a fost restricţionat',
      'computerul dumneavoastră a fost blocat',
      'blocarea definitivă a dispozitivului',
      'pentru deblocarea dispozitivului',
    ],
    voucher: ['paysafecard', 'ukash', 'neosurf', 'card cadou', 'cod paysafe'],
    'word-tell': ['ciberpornografie', 'infiltrare cibernetică', 'confiscarea computerului', 'brigada pentru protecția minorilor'],
  },
};

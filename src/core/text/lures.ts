/**
 * Names used as a lure in police-impersonation mails (data): real units, platforms and senior
 * officials whose names fake letters borrow. Source: Europol, "Beware of scams involving fake
 * correspondence from Europol" (fake letters name EMPACT and senior staff: De Bolle, Lecouffe,
 * Ebner); ABC Nyheter 2023-05 on fake Kripos mails citing Europol's EC3. A lure name supports
 * other signs; alone it is not one (genuine texts name these bodies too).
 */
export const LURES: readonly string[] = [
  'empact',
  'ec3',
  'european cybercrime centre',
  'european cyber crime centre',
  'catherine de bolle',
  'jean-philippe lecouffe',
  'jürgen ebner',
];

// Adversarial 64 KiB inputs for the extract tests and bench/extract.ts (no vitest import here).

export const SIZE = 64 * 1024;

export const fill = (unit: string, size = SIZE): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Inputs built to make a careless scanner go quadratic (or backtrack), each exactly 64 KiB. */
export const ADVERSARIAL: ReadonlyArray<[string, string]> = [
  ['1…', fill('1')],
  ['bc1…', fill('bc1')],
  ['0x…', fill('0x')],
  ['NO…', fill('NO')],
  ['+4…', fill('+4')],
  ['A1 …', fill('A1 ')],
  ['1 …', fill('1 ')],
  ['(1) …', fill('(1) ')],
  ['NO93 …', fill('NO93 ')],
  ['DE89 …', fill('DE89 ')],
  ['NO-3EF9-…', fill('NO-3EF9-')],
  ['eyJ…', fill('eyJ')],
  ['eyJ.…', fill('eyJ.')],
  ['eyJ\\n…', fill('eyJ\n')],
  ['eyJh.p\\n…', fill('eyJh.p\n')],
  ['eyJ-…', fill('eyJ-')],
  ['1A1z…', fill('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')],
  ['0x5a…', fill('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed')],
  ['ä1…', fill('ä1')],
  ['😀…', fill('😀')],
];

/**
 * Up to 64 KiB of whole candidates that each cost a full check and fail it (a checksum to compute, then
 * `valid: false`): the most work per character the finders can be made to do. [name, unit, input].
 */
export const HEAVY: ReadonlyArray<[string, string, string]> = [
  ['P2PKH, one character off', '1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mp '],
  ['Monero, one character off', '44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3B '],
  ['bech32, 90 characters', `bc1${'q'.repeat(87)} `],
  ['EIP-55, one case off', '0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed '],
  ['IBAN, one digit off', 'DE89 3704 0044 0532 0130 01 '],
  ['codes, one symbol off', 'NO-3EF9-T535-897X '],
].map(([name, unit]): [string, string, string] => [name!, unit!, unit!.repeat(Math.floor(SIZE / unit!.length))]);

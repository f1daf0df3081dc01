// Cryptocurrency addresses: published test vectors for every checksum, and the finder in text.
import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { hexDecode, hexEncode } from '../../../src/core/bytes.js';
import { base58CheckDecode, moneroBase58Decode } from '../../../src/core/text/extract/base58.js';
import { bech32Decode, decodeSegwitAddress, encodeSegwitAddress } from '../../../src/core/text/extract/bech32.js';
import { eip55Valid, findCryptoAddresses } from '../../../src/core/text/extract/crypto.js';
import { expectSpans } from './helpers.js';
import { ADVERSARIAL } from './inputs.js';

// ---------------------------------------------------------------------------------------------
// BIP-173 "Test vectors" (https://github.com/bitcoin/bips/blob/master/bip-0173.mediawiki), verbatim.
const BIP173_VALID_BECH32 = [
  'A12UEL5L',
  'a12uel5l',
  'an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs',
  'abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw',
  '11qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqc8247j',
  'split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w',
  '?1ezyfcl',
];
const BIP173_INVALID_BECH32: Array<[string, string]> = [
  ['\x20' + '1nwldj5', 'HRP character out of range'],
  ['\x7f' + '1axkwrx', 'HRP character out of range'],
  ['\x80' + '1eym55h', 'HRP character out of range'],
  ['an84characterslonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1569pvx', 'overall max length exceeded'],
  ['pzry9x0s0muk', 'No separator character'],
  ['1pzry9x0s0muk', 'Empty HRP'],
  ['x1b4n0q5v', 'Invalid data character'],
  ['li1dgmt3', 'Too short checksum'],
  ['de1lg7wt' + '\xff', 'Invalid character in checksum'],
  ['A1G7SGD8', 'checksum calculated with uppercase form of HRP'],
  ['10a06t8', 'empty HRP'],
  ['1qzzfhee', 'empty HRP'],
];
/** BIP-173 valid segwit addresses and their scriptPubKey. */
const BIP173_VALID_SEGWIT: Array<[string, string]> = [
  ['BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', '0014751e76e8199196d454941c45d1b3a323f1433bd6'],
  ['tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7', '00201863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262'],
  [
    'bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx',
    '5128751e76e8199196d454941c45d1b3a323f1433bd6751e76e8199196d454941c45d1b3a323f1433bd6',
  ],
  ['BC1SW50QA3JX3S', '6002751e'],
  ['bc1zw508d6qejxtdg4y5r3zarvaryvg6kdaj', '5210751e76e8199196d454941c45d1b3a323'],
  ['tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy', '0020000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433'],
];
const BIP173_INVALID_SEGWIT: Array<[string, string]> = [
  ['tc1qw508d6qejxtdg4y5r3zarvary0c5xw7kg3g4ty', 'Invalid human-readable part'],
  ['bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5', 'Invalid checksum'],
  ['BC13W508D6QEJXTDG4Y5R3ZARVARY0C5XW7KN40WF2', 'Invalid witness version'],
  ['bc1rw5uspcuh', 'Invalid program length'],
  ['bc10w508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kw5rljs90', 'Invalid program length'],
  ['BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P', 'Invalid program length for witness version 0 (per BIP141)'],
  ['tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sL5k7', 'Mixed case'],
  ['bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du', 'zero padding of more than 4 bits'],
  ['tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3pjxtptv', 'Non-zero padding in 8-to-5 conversion'],
  ['bc1gmk9yu', 'Empty data section'],
];

// BIP-350 "Test vectors" (https://github.com/bitcoin/bips/blob/master/bip-0350.mediawiki), verbatim.
const BIP350_VALID_BECH32M = [
  'A1LQFN3A',
  'a1lqfn3a',
  'an83characterlonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11sg7hg6',
  'abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx',
  '11llllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllludsr8',
  'split1checkupstagehandshakeupstreamerranterredcaperredlc445v',
  '?1v759aa',
];
const BIP350_INVALID_BECH32M: Array<[string, string]> = [
  ['\x20' + '1xj0phk', 'HRP character out of range'],
  ['\x7f' + '1g6xzxy', 'HRP character out of range'],
  ['\x80' + '1vctc34', 'HRP character out of range'],
  ['an84characterslonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11d6pts4', 'overall max length exceeded'],
  ['qyrz8wqd2c9m', 'No separator character'],
  ['1qyrz8wqd2c9m', 'Empty HRP'],
  ['y1b0jsk6g', 'Invalid data character'],
  ['lt1igcx5c0', 'Invalid data character'],
  ['in1muywd', 'Too short checksum'],
  ['mm1crxm3i', 'Invalid character in checksum'],
  ['au1s5cgom', 'Invalid character in checksum'],
  ['M1VUXWEZ', 'checksum calculated with uppercase form of HRP'],
  ['16plkw9', 'empty HRP'],
  ['1p2gdwpf', 'empty HRP'],
];
const BIP350_VALID_SEGWIT: Array<[string, string]> = [
  ['BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', '0014751e76e8199196d454941c45d1b3a323f1433bd6'],
  ['tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7', '00201863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262'],
  [
    'bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y',
    '5128751e76e8199196d454941c45d1b3a323f1433bd6751e76e8199196d454941c45d1b3a323f1433bd6',
  ],
  ['BC1SW50QGDZ25J', '6002751e'],
  ['bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs', '5210751e76e8199196d454941c45d1b3a323'],
  ['tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy', '0020000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433'],
  ['tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c', '5120000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433'],
  ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0', '512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798'],
];
const BIP350_INVALID_SEGWIT: Array<[string, string]> = [
  ['tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut', 'Invalid human-readable part'],
  ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd', 'Invalid checksum (Bech32 instead of Bech32m)'],
  ['tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf', 'Invalid checksum (Bech32 instead of Bech32m)'],
  ['BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL', 'Invalid checksum (Bech32 instead of Bech32m)'],
  ['bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh', 'Invalid checksum (Bech32m instead of Bech32)'],
  ['tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47', 'Invalid checksum (Bech32m instead of Bech32)'],
  ['bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4', 'Invalid character in checksum'],
  ['BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R', 'Invalid witness version'],
  ['bc1pw5dgrnzv', 'Invalid program length (1 byte)'],
  ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav', 'Invalid program length (41 bytes)'],
  ['BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P', 'Invalid program length for witness version 0 (per BIP141)'],
  ['tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq', 'Mixed case'],
  ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf', 'zero padding of more than 4 bits'],
  ['tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j', 'Non-zero padding in 8-to-5 conversion'],
  ['bc1gmk9yu', 'Empty data section'],
];

// Bitcoin Core src/test/data/key_io_valid.json: mainnet base58 addresses and their scriptPubKey.
const CORE_KEY_IO_VALID: Array<[string, string]> = [
  ['1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mo', '76a914a31c06bd463e3923bc1aadbde48b16976c08071788ac'],
  ['36j4NfKv6Akva9amjWrLG6MuSQym1GuEmm', 'a914373b819a068f32b7a6b38b6b38729647cfde01c287'],
  ['1FjL87pn8ky6Vbavd1ZHeChRXtoxwRGCRd', '76a914a19331b7b2627e663e25a7b001e4c0dcc5e21bc788ac'],
  ['3BZECeAH8gSKkjrTx8PwMrNQBLG18yHpvf', 'a9146c382dcdf5b284760c8e3fead91f7422cd76aa8787'],
];
// Same file: private keys (WIF) and testnet addresses, which are not payment addresses to report.
const CORE_KEY_IO_NOT_MAINNET = [
  '5JuW2AMDYu4xVwRG9DZW18VbzQrGcd5RCgb99sS6ehJsNQXu5b9',
  'L5nJeqKmpHp4P7F8ZYyjwc5a7P4d8EabuGAzfGJk7yC1BJyzNaEd',
  'mzK2FFDEhxqHcmrJw1ysqFkVyhUULo45hZ',
  '2NC2hEhe28ULKAJkW5MjZ3jtTMJdvXmByvK',
  'tb1qcrh3yqn4nlleplcez2yndq2ry8h9ncg3qh7n54',
];
// Bitcoin Core src/test/data/key_io_invalid.json: mainnet-looking strings that must not validate.
const CORE_KEY_IO_INVALID_MAINNET = [
  'bc1qpu6d26mrulzetu4jqhd7rsunv9aqru26f5c4j8',
  'bc1qtsvlht6730n04f2mpaj5vv8hrledn5n5ug8c79',
  'bc1p702xksx4z3uqf0u2phllxkfe5cgu0adxptqs0uelx0tqt8e885sqryes2l',
  'bc1prklpq7tjcawg89cmwwqr3u5apwav36xa4zz56ady7crsllm6mpnqts7p86',
  'bc1qdsuzmn04k2z8vryw8l4dj8m5ygqgnne5n',
  'bc1qmgf8xt8xkecl79k04mma3lz34gqep7hg4',
];
// Litecoin Core src/test/data/key_io_valid.json: mainnet base58 addresses (L… version 0x30, M… 0x32).
const LITECOIN_KEY_IO_VALID: Array<[string, string]> = [
  ['LT2KVaAy1ppRuxRgrS5RNU3vBsy7RibPeA', '76a914558dbca7118cd5894502767c7b2ffc21a22f54db88ac'],
  ['MHrYRxAiMNBTku3eoDHwhA1LQGDjUStZW2', 'a9146d328a5b2a20d943a641c8d29b6cc3c2d2df85d387'],
  ['LbfVMz974gbbGFqXF7FZUpSBWSbwBHDwR5', '76a914b4565f467408e9e1c1d2a3b0ccdeff84db3a3b9388ac'],
];

// EIP-55 "Test Cases" (https://eips.ethereum.org/EIPS/eip-55), verbatim.
const EIP55_ALL_CAPS = ['0x52908400098527886E0F7030069857D2E4169EE7', '0x8617E340B3D01FA5F11F306F4090FD50E238070D'];
const EIP55_ALL_LOWER = ['0xde709f2102306220921060314715629080e2fb77', '0x27b1fdb04752bbc536007a920d24acb045561c26'];
const EIP55_NORMAL = [
  '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
  '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
  '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
  '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
];

// Published addresses: Tether's USDT-TRC20 contract on Tron, and the Monero General Fund donation address (getmonero.org).
const TRON_USDT = 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';
const MONERO_GENERAL_FUND = '44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A';

/** scriptPubKey of a witness program: OP_n, push length, program (BIP-141). */
const witnessScript = (version: number, program: Uint8Array): string => hexEncode(Uint8Array.from([version ? 0x50 + version : 0, program.length, ...program]));

/** The address with one character replaced by another of the same alphabet. */
function mutate(addr: string, i: number, alphabet: string): string {
  const c = addr[i]!;
  const other = alphabet[(alphabet.indexOf(c) + 1) % alphabet.length]!;
  return addr.slice(0, i) + other + addr.slice(i + 1);
}
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

/** Base58Check encoding, written out here so the decoder is not tested against itself. */
function base58CheckEncode(payload: Uint8Array): string {
  const raw = Uint8Array.from([...payload, ...sha256(sha256(payload)).subarray(0, 4)]);
  let n = BigInt('0x' + hexEncode(raw));
  let s = '';
  while (n > 0n) {
    s = B58[Number(n % 58n)]! + s;
    n /= 58n;
  }
  for (let i = 0; i < raw.length && raw[i] === 0; i++) s = '1' + s;
  return s;
}

function one(text: string) {
  const found = findCryptoAddresses(text);
  expectSpans(text, found);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('bech32 / bech32m (BIP-173, BIP-350 test vectors)', () => {
  it('accepts the valid Bech32 strings of BIP-173 as bech32, never as bech32m', () => {
    for (const s of BIP173_VALID_BECH32) expect(bech32Decode(s), s).toMatchObject({ spec: 'bech32' });
  });

  it('accepts the valid Bech32m strings of BIP-350 as bech32m, never as bech32', () => {
    for (const s of BIP350_VALID_BECH32M) expect(bech32Decode(s), s).toMatchObject({ spec: 'bech32m' });
  });

  it('rejects the invalid strings of both BIPs', () => {
    for (const [s, why] of [...BIP173_INVALID_BECH32, ...BIP350_INVALID_BECH32M]) expect(bech32Decode(s), why).toHaveProperty('error');
  });

  it('decodes the valid segwit addresses of BIP-350 to their scriptPubKey', () => {
    for (const [addr, script] of BIP350_VALID_SEGWIT) {
      const d = decodeSegwitAddress(addr.slice(0, 2).toLowerCase(), addr);
      if ('error' in d) throw new Error(`${addr}: ${d.error}`);
      expect(witnessScript(d.version, d.program)).toBe(script);
    }
  });

  it('BIP-173 v0 addresses stay valid; its v1+ examples use bech32, which BIP-350 replaced', () => {
    for (const [addr, script] of BIP173_VALID_SEGWIT) {
      const d = decodeSegwitAddress(addr.slice(0, 2).toLowerCase(), addr);
      if (script.startsWith('00')) expect(d, addr).not.toHaveProperty('error');
      else expect(d, addr).toEqual({ error: 'wrong-variant' });
    }
  });

  it('rejects the invalid segwit addresses of both BIPs for either network', () => {
    for (const [addr, why] of [...BIP173_INVALID_SEGWIT, ...BIP350_INVALID_SEGWIT]) {
      expect(decodeSegwitAddress('bc', addr), why).toHaveProperty('error');
      expect(decodeSegwitAddress('tb', addr), why).toHaveProperty('error');
    }
  });

  it('encodes what it decodes (used below for litecoin)', () => {
    for (const [addr] of BIP350_VALID_SEGWIT) {
      const hrp = addr.slice(0, 2).toLowerCase();
      const d = decodeSegwitAddress(hrp, addr);
      if ('error' in d) throw new Error(d.error);
      expect(encodeSegwitAddress(hrp, d.version, d.program)).toBe(addr.toLowerCase());
    }
  });
});

describe('Base58Check (Bitcoin Core and Litecoin Core key_io vectors)', () => {
  it('decodes each mainnet address to version byte and the hash of its scriptPubKey', () => {
    for (const [addr, script] of [...CORE_KEY_IO_VALID, ...LITECOIN_KEY_IO_VALID]) {
      const d = base58CheckDecode(addr);
      if ('error' in d) throw new Error(`${addr}: ${d.error}`);
      const hash = script.startsWith('76a914') ? script.slice(6, 46) : script.slice(4, 44);
      expect(hexEncode(d.payload.subarray(1))).toBe(hash);
      expect(base58CheckEncode(d.payload)).toBe(addr); // and the test's own encoder agrees
    }
  });

  it('catches every single-character substitution', () => {
    const addr = CORE_KEY_IO_VALID[0]![0];
    for (let i = 1; i < addr.length; i++) expect(base58CheckDecode(mutate(addr, i, B58)), `position ${i}`).toEqual({ error: 'checksum' });
  });
});

describe('Monero base58', () => {
  it('decodes the General Fund address to network byte 0x12, two 32-byte keys and a checksum', () => {
    const raw = moneroBase58Decode(MONERO_GENERAL_FUND);
    expect(raw).not.toBeNull();
    expect(raw!.length).toBe(1 + 32 + 32 + 4);
    expect(raw![0]).toBe(0x12);
  });

  it('refuses a block that overflows its 8 bytes', () => {
    expect(moneroBase58Decode('zzzzzzzzzzz')).toBeNull(); // 58^11 - 1 > 2^64 - 1
    expect(moneroBase58Decode('jpXCZedGfVQ')).toEqual(hexDecode('ffffffffffffffff'));
  });
});

describe('EIP-55', () => {
  it('accepts the EIP test cases, and all-caps/all-lower as valid but unchecksummed', () => {
    for (const a of EIP55_NORMAL) expect(eip55Valid(a.slice(2)), a).toEqual({ valid: true, checksummed: true });
    for (const a of [...EIP55_ALL_CAPS, ...EIP55_ALL_LOWER]) expect(eip55Valid(a.slice(2)), a).toEqual({ valid: true, checksummed: false });
  });

  it('rejects every single flipped letter case of a checksummed address', () => {
    const a = EIP55_NORMAL[0]!.slice(2);
    for (let i = 0; i < 40; i++) {
      const c = a[i]!;
      if (c.toLowerCase() === c.toUpperCase()) continue;
      const flipped = a.slice(0, i) + (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) + a.slice(i + 1);
      expect(eip55Valid(flipped).valid, `position ${i}`).toBe(false);
    }
  });
});

describe('findCryptoAddresses', () => {
  it('finds each kind of address in text, with chain, format and exact span', () => {
    const ltc1 = encodeSegwitAddress('ltc', 0, hexDecode('751e76e8199196d454941c45d1b3a323f1433bd6')); // constructed: BIP-173's program under Litecoin's HRP
    const cases: Array<[string, object]> = [
      ['1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mo', { chain: 'bitcoin', format: 'p2pkh', valid: true }],
      ['36j4NfKv6Akva9amjWrLG6MuSQym1GuEmm', { chain: 'bitcoin', format: 'p2sh', valid: true }],
      ['BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', { chain: 'bitcoin', format: 'segwit-v0', valid: true }],
      ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0', { chain: 'bitcoin', format: 'segwit-v1+', valid: true }],
      ['LT2KVaAy1ppRuxRgrS5RNU3vBsy7RibPeA', { chain: 'litecoin', format: 'p2pkh', valid: true }],
      ['MHrYRxAiMNBTku3eoDHwhA1LQGDjUStZW2', { chain: 'litecoin', format: 'p2sh', valid: true }],
      [ltc1, { chain: 'litecoin', format: 'segwit-v0', valid: true }],
      [EIP55_NORMAL[1]!, { chain: 'ethereum', format: 'evm', valid: true, checksummed: true }],
      [EIP55_ALL_LOWER[0]!, { chain: 'ethereum', format: 'evm', valid: true, checksummed: false }],
      [TRON_USDT, { chain: 'tron', format: 'tron', valid: true }],
      [MONERO_GENERAL_FUND, { chain: 'monero', format: 'monero', valid: true }],
    ];
    for (const [addr, expected] of cases) {
      const text = `Send the fine to: ${addr}. Failure to pay …`;
      const m = one(text);
      expect(m, addr).toMatchObject({ match: addr, span: { start: 18, end: 18 + addr.length }, ...expected });
      expect(m.reason).toBeUndefined();
    }
  });

  it('reports failing checksums as not valid, with the reason', () => {
    const p2pkh = CORE_KEY_IO_VALID[0]![0];
    expect(one(`pay ${mutate(p2pkh, 10, B58)} now`)).toMatchObject({ chain: 'bitcoin', valid: false, reason: 'checksum' });
    const segwit = BIP350_VALID_SEGWIT[7]![0];
    expect(one(`pay ${mutate(segwit, 20, BECH)} now`)).toMatchObject({ chain: 'bitcoin', format: 'segwit-v1+', valid: false, reason: 'checksum' });
    const eth = EIP55_NORMAL[0]!;
    expect(one(`pay ${eth.slice(0, 3)}A${eth.slice(4)} now`)).toMatchObject({ chain: 'ethereum', valid: false, reason: 'checksum' });
    expect(one(`pay ${mutate(TRON_USDT, 5, B58)} now`)).toMatchObject({ chain: 'tron', valid: false, reason: 'checksum' });
    expect(one(`pay ${mutate(MONERO_GENERAL_FUND, 40, B58)} now`)).toMatchObject({ chain: 'monero', valid: false, reason: 'checksum' });
    for (const addr of CORE_KEY_IO_INVALID_MAINNET) expect(one(addr).valid, addr).toBe(false);
    for (const [addr, why] of BIP350_INVALID_SEGWIT.filter(([a]) => /^bc1/i.test(a) && a.length >= 14)) expect(one(addr).valid, why).toBe(false);
  });

  it('accepts a base58 address only with the version byte its leading character stands for', () => {
    // Every version byte over one hash: valid only for 0x00 (1…), 0x05 (3…), 0x30 (L…), 0x32 (M…), 0x41 (T…).
    const hash = hexDecode('a31c06bd463e3923bc1aadbde48b16976c080717');
    const validVersions: number[] = [];
    let wrongVersion = 0;
    for (let v = 0; v < 256; v++) {
      const addr = base58CheckEncode(Uint8Array.from([v, ...hash]));
      for (const m of findCryptoAddresses(addr)) {
        if (m.valid) validVersions.push(v);
        else if (m.reason === 'version') wrongVersion++;
      }
    }
    expect(validVersions).toEqual([0x00, 0x05, 0x30, 0x32, 0x41]);
    expect(wrongVersion).toBeGreaterThan(0); // e.g. 0x31 also encodes to L…
  });

  it('does not report private keys, testnet addresses, or words shaped like addresses', () => {
    for (const s of [
      ...CORE_KEY_IO_NOT_MAINNET,
      'Transaktionsbestätigungsnummer',
      'TheQuickBrownFoxJumpsOverTheLazyDog',
      'Mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm',
      '1111111111111111111111111111111111',
      '0x12345', // too short
      `0x${'a'.repeat(64)}`, // a 32-byte hash, not an address
      'bc1 is a prefix',
    ]) {
      expect(findCryptoAddresses(`see ${s} here`), s).toEqual([]);
    }
  });

  it('requires the address to be a whole word', () => {
    const a = CORE_KEY_IO_VALID[0]![0];
    expect(findCryptoAddresses(`é${a}`)).toEqual([]);
    expect(findCryptoAddresses(`${a}ø`)).toEqual([]);
    expect(findCryptoAddresses(`${a}0`)).toEqual([]); // 0 is no base58 character: not this address, nor any
    expect(one(`${a}x`)).toMatchObject({ valid: false, reason: 'checksum' }); // a longer run is another candidate
    expect(one(`bitcoin:${a}?amount=0.1`).match).toBe(a);
    expect(one(`https://blockchair.com/bitcoin/address/${a}`).match).toBe(a);
  });

  it.each(ADVERSARIAL)('returns on the adversarial 64 KiB input %s', (_, text) => {
    const found = findCryptoAddresses(text);
    expectSpans(text, found);
    expect(found).toEqual([]);
  });

  it('returns every address of a 64 KiB text made of addresses', () => {
    const unit = `${MONERO_GENERAL_FUND} ${EIP55_NORMAL[3]} ${BIP350_VALID_SEGWIT[0]![0]}\n`;
    const n = Math.floor(65536 / unit.length);
    const found = findCryptoAddresses(unit.repeat(n));
    expect(found).toHaveLength(3 * n);
    expect(found.every((m) => m.valid)).toBe(true);
  });
});

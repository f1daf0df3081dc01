/**
 * Every checkable item in a pasted text — message codes, JWS tokens, phone numbers,
 * cryptocurrency addresses, IBANs — each with its exact UTF-16 span in the text as given
 * (docs/EXTRACT.md). Pure and linear: each finder is linear, and overlaps are resolved with one
 * mark per code unit.
 *
 * URLs and e-mail addresses are another module's (src/core/domain); items inside a URL (a code in
 * the fragment of `https://<site>/#NO-…`) are still returned here.
 */
import type { Span } from '../../verdict.js';
import { findCodes, type CodeMatch } from './codes.js';
import { findCryptoAddresses, type CryptoMatch } from './crypto.js';
import { findIbans, type IbanMatch } from './iban.js';
import { findJws, type JwsMatch } from './jws.js';
import { findPhones, type PhoneMatch } from './phone.js';

export type { CodeMatch, CryptoMatch, IbanMatch, JwsMatch, PhoneMatch };
export { findCodes, findCryptoAddresses, findIbans, findJws, findPhones };

export type ExtractedItem =
  | ({ kind: 'code' } & CodeMatch)
  | ({ kind: 'jws' } & JwsMatch)
  | ({ kind: 'crypto' } & CryptoMatch)
  | ({ kind: 'iban' } & IbanMatch)
  | ({ kind: 'phone' } & PhoneMatch);

export type ItemKind = ExtractedItem['kind'];

/**
 * Which item keeps a stretch of text claimed by two finders. A JWS first: its base64url may hold
 * anything. Then items whose checksum holds, then items that failed theirs, phone numbers last
 * (they have no checksum at all). So an IBAN is never also a phone number, and a random piece of
 * a token is never reported as a broken address.
 */
function rank(item: ExtractedItem): number {
  switch (item.kind) {
    case 'jws':
      return 0;
    case 'crypto':
      return item.valid ? 1 : 5;
    case 'iban':
      return item.valid ? 2 : 4;
    case 'code':
      return item.valid ? 3 : 6;
    case 'phone':
      return 7;
  }
}

const width = (s: Span): number => s.end - s.start;

/** All items, overlaps resolved by rank (then the longer, then the earlier), sorted by span start. */
export function extractItems(text: string): ExtractedItem[] {
  const all: ExtractedItem[] = [
    ...findJws(text).map((m) => ({ kind: 'jws' as const, ...m })),
    ...findCryptoAddresses(text).map((m) => ({ kind: 'crypto' as const, ...m })),
    ...findIbans(text).map((m) => ({ kind: 'iban' as const, ...m })),
    ...findCodes(text).map((m) => ({ kind: 'code' as const, ...m })),
    ...findPhones(text).map((m) => ({ kind: 'phone' as const, ...m })),
  ];
  all.sort((a, b) => rank(a) - rank(b) || width(b.span) - width(a.span) || a.span.start - b.span.start);
  // Each finder's own items never overlap, so the marks below are touched O(kinds · n) times.
  const claimed = new Uint8Array(text.length);
  const kept: ExtractedItem[] = [];
  for (const item of all) {
    let free = true;
    for (let k = item.span.start; k < item.span.end && free; k++) if (claimed[k]) free = false;
    if (!free) continue;
    claimed.fill(1, item.span.start, item.span.end);
    kept.push(item);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}

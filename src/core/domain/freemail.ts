/**
 * Free-mail providers (data): anyone can open an address there, so a police claim in the local part
 * (`politiet.saksbehandler@gmail.com`) is a scam sign. The warnings in notes and the corpus quote
 * Gmail, Outlook, AOL, Yahoo and centrum.cz; the rest are the large consumer providers of the
 * countries whose police are on the reference list.
 *
 * Matched on the registrable domain. BRANDS match under any suffix (hotmail.no, yahoo.fr, gmx.at).
 */
import { parse } from 'tldts';

const BRANDS: ReadonlySet<string> = new Set([
  'gmail',
  'googlemail',
  'hotmail',
  'outlook',
  'live',
  'msn',
  'yahoo',
  'ymail',
  'aol',
  'gmx',
  'yandex',
  'protonmail',
  'tutanota',
  'zoho',
]);

const DOMAINS: ReadonlySet<string> = new Set([
  // international
  'icloud.com',
  'me.com',
  'mac.com',
  'aim.com',
  'rocketmail.com',
  'mail.com',
  'email.com',
  'proton.me',
  'pm.me',
  'tuta.io',
  'tuta.com',
  'mailfence.com',
  'hushmail.com',
  'fastmail.com',
  'gmx.net',
  'inbox.com',
  'runbox.com',
  // German-speaking
  'web.de',
  't-online.de',
  'freenet.de',
  'posteo.de',
  'mailbox.org',
  'arcor.de',
  'bluewin.ch',
  // Czech, Slovak, Polish
  'centrum.cz',
  'seznam.cz',
  'email.cz',
  'post.cz',
  'atlas.cz',
  'volny.cz',
  'centrum.sk',
  'azet.sk',
  'zoznam.sk',
  'post.sk',
  'wp.pl',
  'o2.pl',
  'onet.pl',
  'op.pl',
  'interia.pl',
  'interia.eu',
  'poczta.fm',
  'gazeta.pl',
  'tlen.pl',
  'vp.pl',
  // Italian, French, Spanish, Portuguese
  'libero.it',
  'virgilio.it',
  'tiscali.it',
  'alice.it',
  'tim.it',
  'orange.fr',
  'wanadoo.fr',
  'laposte.net',
  'free.fr',
  'sfr.fr',
  'neuf.fr',
  'bbox.fr',
  'telefonica.net',
  'terra.es',
  'sapo.pt',
  // Nordic, Baltic
  'online.no',
  'broadpark.no',
  'getmail.no',
  'telia.com',
  'bredband.net',
  'spray.se',
  'suomi24.fi',
  'luukku.com',
  'inbox.lv',
  'inbox.lt',
  'mail.ee',
  'hot.ee',
  // Benelux, Hungary, Balkans, Greece, Russia
  'telenet.be',
  'skynet.be',
  'ziggo.nl',
  'kpnmail.nl',
  'planet.nl',
  'freemail.hu',
  'citromail.hu',
  'abv.bg',
  'mail.bg',
  'siol.net',
  't-com.hr',
  'net.hr',
  'windowslive.com',
  'otenet.gr',
  'mail.ru',
  'bk.ru',
  'list.ru',
  'inbox.ru',
  'rambler.ru',
  'ya.ru',
]);

/** Is this (registrable) domain a free-mail provider? */
export function isFreeMail(domain: string): boolean {
  const d = domain.toLowerCase().replace(/\.$/, '');
  if (DOMAINS.has(d)) return true;
  const p = parse(d, { allowPrivateDomains: true, extractHostname: false });
  return p.domain === d && p.domainWithoutSuffix !== null && BRANDS.has(p.domainWithoutSuffix);
}

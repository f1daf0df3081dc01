/**
 * The full reference list of official domains that police-impersonation scams copy or point away
 * from: the national police of every EU and EEA country and the UK, Europol, Interpol, the European
 * Commission, national fraud-reporting and traffic-fine services, and the help services that genuine
 * warnings point to. Data only; each entry cites a public page (`source`) that confirms the domain
 * (the sources quoted in notes/DOMAIN.md where there is one, otherwise the organisation's own home
 * page).
 *
 * `domain` is the registrable domain (lower case, no trailing dot). Where the registrable domain is a
 * shared government umbrella (europa.eu, gov.hr, gov.mt, lrv.lt, public.lu, etat.lu, bund.de,
 * coe.int) the entry names the organisation's own host instead, e.g.
 * europol.europa.eu. `police.uk` is itself a public suffix reserved for UK police forces; it is
 * listed as such, next to named forces under it.
 *
 * `email: true` only where a public source (or the force's published contact addresses) shows that
 * it sends mail from that domain. Omitted means "not confirmed", not "never".
 *
 * Only domains the authors are confident are real and official are listed; uncertain candidates
 * were left out (see tests/corpus/README.md).
 */
import type { OfficialDomain } from './official.js';

export const OFFICIAL_REFERENCE: readonly OfficialDomain[] = [
  // ── Europol, Interpol, EU and Council of Europe ───────────────────────────────────────────────
  { domain: 'europol.europa.eu', org: 'Europol', kind: 'europol', email: true, source: 'https://www.europol.europa.eu/media-press/newsroom/news/beware-of-scams-involving-fake-correspondence-europol' },
  { domain: 'interpol.int', org: 'INTERPOL', kind: 'interpol', email: true, source: 'https://www.interpol.int/' },
  { domain: 'eppo.europa.eu', org: "European Public Prosecutor's Office (EPPO)", kind: 'government', source: 'https://www.eppo.europa.eu/' },
  { domain: 'eurojust.europa.eu', org: 'Eurojust', kind: 'government', source: 'https://www.eurojust.europa.eu/' },
  { domain: 'ec.europa.eu', org: 'European Commission', kind: 'government', email: true, source: 'https://commission.europa.eu/' },
  { domain: 'commission.europa.eu', org: 'European Commission', kind: 'government', source: 'https://commission.europa.eu/' },
  { domain: 'echr.coe.int', org: 'European Court of Human Rights (imitated as "CEDH" in fake summonses)', kind: 'government', source: 'https://www.echr.coe.int/' },

  // ── National police: EU ────────────────────────────────────────────────────────────────────────
  { domain: 'polizei.gv.at', org: 'Bundespolizei Österreich', country: 'AT', kind: 'police', email: true, source: 'https://www.polizei.gv.at/' },
  { domain: 'bundeskriminalamt.at', org: 'Bundeskriminalamt Österreich', country: 'AT', kind: 'police', source: 'https://www.bundeskriminalamt.at/' },
  { domain: 'lokalepolitie.be', org: 'Lokale politie (Belgian local police zones)', country: 'BE', kind: 'police', source: 'https://www.lokalepolitie.be/' },
  { domain: 'police.be', org: 'Police fédérale / Federale politie (Belgium)', country: 'BE', kind: 'police', source: 'https://www.police.be/5310/actualites' },
  { domain: 'politie.be', org: 'Federale politie (Belgium, Dutch-language site)', country: 'BE', kind: 'police', source: 'https://www.politie.be/' },
  { domain: 'police.belgium.eu', org: 'Belgian Integrated Police (staff e-mail)', country: 'BE', kind: 'police', email: true, source: 'https://www.police.be/' },
  { domain: 'mvr.bg', org: 'Ministry of Interior of Bulgaria (police)', country: 'BG', kind: 'police', email: true, source: 'https://www.mvr.bg/' },
  { domain: 'policija.gov.hr', org: 'Croatian Police (Ravnateljstvo policije)', country: 'HR', kind: 'police', source: 'https://policija.gov.hr/' },
  { domain: 'police.gov.cy', org: 'Cyprus Police', country: 'CY', kind: 'police', email: true, source: 'https://www.police.gov.cy/' },
  { domain: 'policie.cz', org: 'Policie České republiky', country: 'CZ', kind: 'police', source: 'https://www.policie.cz/clanek/pozor-na-podvodna-predvolani.aspx' },
  { domain: 'policie.gov.cz', org: 'Policie České republiky', country: 'CZ', kind: 'police', source: 'https://policie.gov.cz/' },
  { domain: 'pcr.cz', org: 'Policie České republiky (staff e-mail)', country: 'CZ', kind: 'police', email: true, source: 'https://www.policie.cz/' },
  { domain: 'politi.dk', org: 'Danish Police (Politi)', country: 'DK', kind: 'police', email: true, source: 'https://politi.dk/' },
  { domain: 'politsei.ee', org: 'Police and Border Guard Board (Estonia)', country: 'EE', kind: 'police', email: true, source: 'https://www.politsei.ee/' },
  { domain: 'poliisi.fi', org: 'Police of Finland (Poliisi)', country: 'FI', kind: 'police', email: true, source: 'https://www.mtvuutiset.fi/artikkeli/poliisi-varoittaa-24-tunnin-uhkauksesta-jos-saat-taman-viestin-poista-se/9297482' },
  { domain: 'interieur.gouv.fr', org: "Ministère de l'Intérieur (Police nationale, Gendarmerie nationale, Préfecture de police)", country: 'FR', kind: 'police', email: true, source: 'https://rci.fm/node/3459807' },
  { domain: 'polizei.de', org: 'Polizei (German federal/state police portal)', country: 'DE', kind: 'police', source: 'https://www.polizei.de/' },
  { domain: 'bka.de', org: 'Bundeskriminalamt (Germany)', country: 'DE', kind: 'police', source: 'https://www.bka.de/' },
  { domain: 'bka.bund.de', org: 'Bundeskriminalamt (Germany, e-mail)', country: 'DE', kind: 'police', email: true, source: 'https://www.bka.de/' },
  { domain: 'bundespolizei.de', org: 'Bundespolizei (Germany)', country: 'DE', kind: 'police', source: 'https://www.bundespolizei.de/' },
  { domain: 'polizei.nrw', org: 'Polizei Nordrhein-Westfalen', country: 'DE', kind: 'police', source: 'https://polizei.nrw/' },
  { domain: 'polizei-beratung.de', org: 'Polizeiliche Kriminalprävention der Länder und des Bundes', country: 'DE', kind: 'police', source: 'https://www.polizei-beratung.de/' },
  { domain: 'astynomia.gr', org: 'Hellenic Police', country: 'GR', kind: 'police', source: 'https://www.astynomia.gr/' },
  { domain: 'hellenicpolice.gr', org: 'Hellenic Police', country: 'GR', kind: 'police', source: 'https://www.hellenicpolice.gr/' },
  { domain: 'police.hu', org: 'Hungarian Police (Rendőrség)', country: 'HU', kind: 'police', email: true, source: 'https://www.police.hu/' },
  { domain: 'garda.ie', org: 'An Garda Síochána', country: 'IE', kind: 'police', email: true, source: 'https://www.garda.ie/' },
  { domain: 'poliziadistato.it', org: 'Polizia di Stato', country: 'IT', kind: 'police', email: true, source: 'https://www.poliziadistato.it/' },
  { domain: 'commissariatodips.it', org: 'Polizia Postale e delle Comunicazioni (Commissariato di PS online)', country: 'IT', kind: 'police', source: 'https://www.commissariatodips.it/' },
  { domain: 'carabinieri.it', org: 'Arma dei Carabinieri', country: 'IT', kind: 'police', email: true, source: 'https://www.carabinieri.it/' },
  { domain: 'gdf.gov.it', org: 'Guardia di Finanza', country: 'IT', kind: 'police', source: 'https://www.gdf.gov.it/' },
  { domain: 'vp.gov.lv', org: 'Valsts policija (State Police of Latvia)', country: 'LV', kind: 'police', email: true, source: 'https://www.vp.gov.lv/' },
  { domain: 'policija.lt', org: 'Lietuvos policija (Lithuanian Police)', country: 'LT', kind: 'police', email: true, source: 'https://policija.lrv.lt/' },
  { domain: 'policija.lrv.lt', org: 'Lietuvos policija (Lithuanian Police)', country: 'LT', kind: 'police', source: 'https://policija.lrv.lt/' },
  { domain: 'police.public.lu', org: 'Police grand-ducale (Luxembourg)', country: 'LU', kind: 'police', source: 'https://police.public.lu/' },
  { domain: 'police.etat.lu', org: 'Police grand-ducale (Luxembourg, e-mail)', country: 'LU', kind: 'police', email: true, source: 'https://police.public.lu/' },
  { domain: 'pulizija.gov.mt', org: 'Malta Police Force', country: 'MT', kind: 'police', source: 'https://pulizija.gov.mt/' },
  { domain: 'politie.nl', org: 'Politie (Netherlands Police)', country: 'NL', kind: 'police', email: true, source: 'https://www.politie.nl/' },
  { domain: 'policja.pl', org: 'Policja (Polish Police)', country: 'PL', kind: 'police', source: 'https://www.policja.pl/' },
  { domain: 'policja.gov.pl', org: 'Policja (Polish Police, incl. CBZC and CBŚP)', country: 'PL', kind: 'police', email: true, source: 'https://www.policja.gov.pl/' },
  { domain: 'policiajudiciaria.pt', org: 'Polícia Judiciária (Portugal)', country: 'PT', kind: 'police', source: 'https://www.policiajudiciaria.pt/alerta-ao-cidadao-pretensas-mensagens-com-origem-na-policia-judiciaria/' },
  { domain: 'psp.pt', org: 'Polícia de Segurança Pública (Portugal)', country: 'PT', kind: 'police', source: 'https://www.psp.pt/' },
  { domain: 'gnr.pt', org: 'Guarda Nacional Republicana (Portugal)', country: 'PT', kind: 'police', source: 'https://www.gnr.pt/' },
  { domain: 'politiaromana.ro', org: 'Poliția Română', country: 'RO', kind: 'police', source: 'https://www.politiaromana.ro/' },
  { domain: 'minv.sk', org: 'Ministerstvo vnútra SR / Policajný zbor (Slovakia)', country: 'SK', kind: 'police', email: true, source: 'https://www.minv.sk/' },
  { domain: 'policija.si', org: 'Policija (Slovenia)', country: 'SI', kind: 'police', email: true, source: 'https://www.policija.si/' },
  { domain: 'policia.es', org: 'Policía Nacional (Spain)', country: 'ES', kind: 'police', email: true, source: 'https://www.policia.es/' },
  { domain: 'guardiacivil.es', org: 'Guardia Civil (Spain)', country: 'ES', kind: 'police', source: 'https://www.guardiacivil.es/' },
  { domain: 'polisen.se', org: 'Polismyndigheten (Swedish Police)', country: 'SE', kind: 'police', email: true, source: 'https://polisen.se/' },
  // Regional and other national forces, and interior ministries that run the police.
  { domain: 'mossos.gencat.cat', org: "Policia de la Generalitat – Mossos d'Esquadra (Catalonia, Spain)", country: 'ES', kind: 'police', source: 'https://mossos.gencat.cat/ca/els_mossos_desquadra/' },
  { domain: 'ertzaintza.euskadi.eus', org: 'Ertzaintza (Basque Country police, Spain)', country: 'ES', kind: 'police', source: 'https://www.ertzaintza.euskadi.eus/' },
  { domain: 'jandarmeriaromana.ro', org: 'Jandarmeria Română (Romanian Gendarmerie)', country: 'RO', kind: 'police', source: 'https://www.jandarmeriaromana.ro/' },
  { domain: 'politiadefrontiera.ro', org: 'Poliția de Frontieră Română (Romanian Border Police)', country: 'RO', kind: 'police', source: 'https://www.politiadefrontiera.ro/' },
  { domain: 'mai.gov.ro', org: 'Ministerul Afacerilor Interne (Romania; runs the police)', country: 'RO', kind: 'police', source: 'https://www.mai.gov.ro/' },
  { domain: 'mvcr.cz', org: 'Ministerstvo vnitra České republiky (runs the police)', country: 'CZ', kind: 'police', source: 'https://www.mvcr.cz/' },
  { domain: 'mup.gov.hr', org: 'Ministarstvo unutarnjih poslova (Croatia; runs the police)', country: 'HR', kind: 'police', source: 'https://mup.gov.hr/' },
  // The 16 German state police forces, as linked from the federal police portal polizei.de.
  { domain: 'polizei-bw.de', org: 'Polizei Baden-Württemberg', country: 'DE', kind: 'police', source: 'https://polizei.de/Polizei/DE/Information/information_node.html' },
  { domain: 'polizei.bwl.de', org: 'Polizei Baden-Württemberg (e-mail)', country: 'DE', kind: 'police', email: true, source: 'https://www.polizei-bw.de/' },
  { domain: 'polizei.bayern.de', org: 'Bayerische Polizei', country: 'DE', kind: 'police', source: 'https://polizei.de/Polizei/DE/Information/information_node.html' },
  { domain: 'polizei.berlin.de', org: 'Polizei Berlin', country: 'DE', kind: 'police', source: 'https://polizei.de/Polizei/DE/Information/information_node.html' },
  { domain: 'polizei.brandenburg.de', org: 'Polizei Brandenburg', country: 'DE', kind: 'police', source: 'https://polizei.de/Polizei/DE/Information/information_node.html' },
  { domain: 'polizei.bremen.de', org: 'Polizei Bremen', country: 'DE', kind: 'police', source: 'https://polizei.de/Polizei/DE/Information/information_node.html' },
  { domain: 'polizei.hamburg.de', org: 'Polizei Hamburg', country: 'DE', kind: 'police', source: 'https://polizei.de/Polizei/DE/Information/information_node.html' },
  { domain: 'polizei.hessen.de', org: 'Polizei Hessen', country: 'DE', kind: 'police', source: 'https://polizei.de/Polizei/DE/Information/information_node.html' },
  { domain: 'polizei.mvnet.de', org: 'Landespolizei Mecklenburg-Vorpommern', country: 'DE', kind: 'police', source: 'https://www.polizei.mvnet.de/' },
  { domain: 'polizei-nds.de', org: 'Polizei Niedersachsen', country: 'DE', kind: 'police', source: 'https://de.zxc.wiki/wiki/Polizei_Niedersachsen' },
  { domain: 'polizei.rlp.de', org: 'Polizei Rheinland-Pfalz', country: 'DE', kind: 'police', source: 'https://polizei.de/Polizei/DE/Information/information_node.html' },
  { domain: 'polizei.saarland.de', org: 'Polizei Saarland', country: 'DE', kind: 'police', source: 'https://polizei.de/Polizei/DE/Information/information_node.html' },
  { domain: 'polizei.sachsen.de', org: 'Polizei Sachsen', country: 'DE', kind: 'police', source: 'https://de.teknopedia.teknokrat.ac.id/wiki/Polizei_Sachsen' },
  { domain: 'polizei.sachsen-anhalt.de', org: 'Polizei Sachsen-Anhalt', country: 'DE', kind: 'police', source: 'https://polizei.de/Polizei/DE/Information/information_node.html' },
  { domain: 'polizei.schleswig-holstein.de', org: 'Landespolizei Schleswig-Holstein', country: 'DE', kind: 'police', source: 'https://polizei.de/Polizei/DE/Information/information_node.html' },
  { domain: 'polizei.thueringen.de', org: 'Thüringer Polizei', country: 'DE', kind: 'police', source: 'https://polizei.de/Polizei/DE/Information/information_node.html' },

  // ── National police: EEA (Iceland, Liechtenstein, Norway) and the UK ──────────────────────────
  { domain: 'logreglan.is', org: 'Lögreglan (Icelandic Police)', country: 'IS', kind: 'police', email: true, source: 'https://www.logreglan.is/' },
  { domain: 'lrh.is', org: 'Lögreglan á höfuðborgarsvæðinu (Reykjavík metropolitan police, e-mail)', country: 'IS', kind: 'police', email: true, source: 'https://logreglan.is/?p=29770' },
  { domain: 'landespolizei.li', org: 'Landespolizei Liechtenstein', country: 'LI', kind: 'police', source: 'https://www.landespolizei.li/' },
  { domain: 'politiet.no', org: 'Politiet (Norwegian Police, incl. Kripos)', country: 'NO', kind: 'police', email: true, source: 'https://www.nidaros.no/politiet-advarer-mot-ny-svindelmetode/s/5-113-361867' },
  // ── Police outside Europe that fake letters and phishing domains borrow ───────────────────────
  { domain: 'fbi.gov', org: 'FBI (Federal Bureau of Investigation, USA)', country: 'US', kind: 'police', source: 'https://www.fbi.gov/' },
  { domain: 'ic3.gov', org: 'FBI Internet Crime Complaint Center (IC3, USA)', country: 'US', kind: 'fraud-report', source: 'https://www.ic3.gov/' },
  { domain: 'police.uk', org: 'UK police (public suffix reserved for police forces)', country: 'GB', kind: 'police', source: 'https://www.police.uk/' },
  { domain: 'met.police.uk', org: 'Metropolitan Police Service', country: 'GB', kind: 'police', email: true, source: 'https://www.met.police.uk/' },
  { domain: 'scotland.police.uk', org: 'Police Scotland', country: 'GB', kind: 'police', email: true, source: 'https://www.scotland.police.uk/' },
  { domain: 'psni.police.uk', org: 'Police Service of Northern Ireland', country: 'GB', kind: 'police', email: true, source: 'https://www.psni.police.uk/' },
  { domain: 'nca.gov.uk', org: 'National Crime Agency (UK)', country: 'GB', kind: 'police', email: true, source: 'https://www.nationalcrimeagency.gov.uk/' },
  { domain: 'nationalcrimeagency.gov.uk', org: 'National Crime Agency (UK)', country: 'GB', kind: 'police', source: 'https://www.nationalcrimeagency.gov.uk/' },

  // ── Fraud reporting and cyber-security advice services ───────────────────────────────────────
  { domain: 'actionfraud.police.uk', org: 'Action Fraud', country: 'GB', kind: 'fraud-report', source: 'https://www.actionfraud.police.uk/' },
  { domain: 'ncsc.gov.uk', org: 'National Cyber Security Centre (UK)', country: 'GB', kind: 'fraud-report', source: 'https://www.ncsc.gov.uk/' },
  { domain: 'phishing.gov.uk', org: 'NCSC Suspicious Email Reporting Service (report@phishing.gov.uk)', country: 'GB', kind: 'fraud-report', email: true, source: 'https://ewph.uk/community/neighbourhood-watch/fake-penalty-notice-scam/' },
  { domain: 'safeonweb.be', org: 'Safeonweb (Centre for Cybersecurity Belgium)', country: 'BE', kind: 'fraud-report', source: 'https://safeonweb.be/' },
  { domain: 'cybermalveillance.gouv.fr', org: 'Cybermalveillance.gouv.fr', country: 'FR', kind: 'fraud-report', source: 'https://www.cybermalveillance.gouv.fr/' },
  { domain: 'internet-signalement.gouv.fr', org: 'PHAROS (signalement des contenus illicites)', country: 'FR', kind: 'fraud-report', source: 'https://www.internet-signalement.gouv.fr/' },
  { domain: 'fraudehelpdesk.nl', org: 'Fraudehelpdesk', country: 'NL', kind: 'fraud-report', source: 'https://www.fraudehelpdesk.nl/alert/nepmails-over-bezit-van-kinderporno/' },
  { domain: 'checkjelinkje.nl', org: 'Check je linkje (Fraudehelpdesk)', country: 'NL', kind: 'fraud-report', source: 'https://openrijk.nl/en/rijksinstellingen/politie/artikel/b4f704e4-761c-41cc-822b-a7a8f6003b60/beware-of-phishing-email-in-the-name-of-the-police' },
  { domain: 'incibe.es', org: 'INCIBE / Oficina de Seguridad del Internauta (017)', country: 'ES', kind: 'fraud-report', source: 'https://www.incibe.es/' },
  { domain: 'kiberpajzs.hu', org: 'Kiberpajzs (Hungarian anti-fraud campaign of the police, MNB and banks)', country: 'HU', kind: 'fraud-report', source: 'https://www.kiberpajzs.hu/' },
  { domain: 'sigurantaonline.ro', org: 'Siguranța Online (Romanian DNSC awareness portal)', country: 'RO', kind: 'fraud-report', source: 'https://sigurantaonline.ro/' },
  { domain: 'cert.pl', org: 'CERT Polska', country: 'PL', kind: 'fraud-report', source: 'https://cert.pl/' },
  { domain: 'watchlist-internet.at', org: 'Watchlist Internet (Austria)', country: 'AT', kind: 'fraud-report', source: 'https://www.watchlist-internet.at/' },
  { domain: 'nettvett.no', org: 'Nettvett (Nasjonal sikkerhetsmyndighet)', country: 'NO', kind: 'fraud-report', source: 'https://nettvett.no/' },
  { domain: 'slettmeg.no', org: 'Slettmeg.no (Norsk senter for informasjonssikring)', country: 'NO', kind: 'fraud-report', source: 'https://www.nrk.no/kultur/kraftig-okning-i-_pornosvindel_-1.14998055' },
  { domain: 'kyberturvallisuuskeskus.fi', org: 'Traficom Kyberturvallisuuskeskus (Finland)', country: 'FI', kind: 'fraud-report', source: 'https://www.kyberturvallisuuskeskus.fi/' },
  { domain: 'cert.se', org: 'CERT-SE (Sweden)', country: 'SE', kind: 'fraud-report', source: 'https://www.cert.se/' },
  { domain: 'cert.is', org: 'CERT-IS (Iceland)', country: 'IS', kind: 'fraud-report', source: 'https://frettatiminn.is/30/07/2025/svikapostar-i-nafni-logreglu-rikislogreglustjora-og-rikissaksoknara' },
  { domain: 'cert.lv', org: 'CERT.LV (Latvia)', country: 'LV', kind: 'fraud-report', source: 'https://cert.lv/' },
  { domain: 'cert.si', org: 'SI-CERT (Slovenia)', country: 'SI', kind: 'fraud-report', source: 'https://www.cert.si/' },
  { domain: 'varninainternetu.si', org: 'Varni na internetu (SI-CERT awareness portal)', country: 'SI', kind: 'fraud-report', source: 'https://www.24ur.com/novice/crna-kronika/policija-opozarja-na-krozenje-laznih-obvestil-po-elektronski-posti.html' },
  { domain: 'gemma.gov.mt', org: 'ĠEMMA (Malta government online-safety portal)', country: 'MT', kind: 'fraud-report', source: 'https://gemma.gov.mt/smishing-scam/' },
  { domain: 'dnsc.ro', org: 'Directoratul Național de Securitate Cibernetică (CERT-RO, Romania)', country: 'RO', kind: 'fraud-report', source: 'https://dnsc.ro/' },
  { domain: 'nukib.cz', org: 'NÚKIB (National Cyber and Information Security Agency, Czechia)', country: 'CZ', kind: 'fraud-report', source: 'https://www.nukib.cz/' },
  { domain: 'cybercrime.bg', org: 'Cybercrime unit of the GDBOP (Bulgarian police) reporting site', country: 'BG', kind: 'fraud-report', source: 'https://www.cybercrime.bg/' },
  { domain: 'osi.es', org: 'Oficina de Seguridad del Internauta (INCIBE, Spain)', country: 'ES', kind: 'fraud-report', source: 'https://www.osi.es/' },
  { domain: 'sikkerdigital.dk', org: 'Sikkerdigital.dk (Danish authorities’ advice on phishing and fraud)', country: 'DK', kind: 'fraud-report', source: 'https://sikkerdigital.dk/' },
  { domain: 'nksc.lt', org: 'Nacionalinis kibernetinio saugumo centras (NKSC / CERT-LT, Lithuania)', country: 'LT', kind: 'fraud-report', source: 'https://www.nksc.lt/' },
  { domain: 'bsi.bund.de', org: 'Bundesamt für Sicherheit in der Informationstechnik (Germany)', country: 'DE', kind: 'fraud-report', source: 'https://www.bsi.bund.de/' },

  // ── Traffic-fine services that scam SMS copy ─────────────────────────────────────────────────
  { domain: 'antai.gouv.fr', org: 'ANTAI (Agence nationale de traitement automatisé des infractions)', country: 'FR', kind: 'traffic-fine', source: 'https://www.antai.gouv.fr/' },
  { domain: 'amendes.gouv.fr', org: 'amendes.gouv.fr (official fine payment, ANTAI)', country: 'FR', kind: 'traffic-fine', source: 'https://0000003511.web.ternum-bfc.fr/ce-sms-est-frauduleux' },
  { domain: 'antai.fr', org: 'ANTAI (e-mail: nepasrepondre_noreply@antai.fr)', country: 'FR', kind: 'traffic-fine', email: true, source: 'https://mairie-saint-astier.fr/attention-aux-sms-et-sites-frauduleux/' },
  { domain: 'stationnement.gouv.fr', org: 'Paiement du forfait post-stationnement (ANTAI)', country: 'FR', kind: 'traffic-fine', source: 'https://www.stationnement.gouv.fr/' },
  { domain: 'amendesroutieres.be', org: 'Amendes routières (Belgian federal police fine payment)', country: 'BE', kind: 'traffic-fine', source: 'https://www.amendesroutieres.be/' },
  { domain: 'pagopa.gov.it', org: 'pagoPA (Italian public payments platform)', country: 'IT', kind: 'traffic-fine', source: 'https://www.pagopa.gov.it/' },
  { domain: 'pagopa.it', org: 'pagoPA (payment checkout, checkout.pagopa.it)', country: 'IT', kind: 'traffic-fine', source: 'https://www.pagopa.gov.it/' },
  { domain: 'cjib.nl', org: 'Centraal Justitieel Incassobureau (Netherlands)', country: 'NL', kind: 'traffic-fine', source: 'https://www.cjib.nl/' },
  { domain: 'dgt.es', org: 'Dirección General de Tráfico (Spain)', country: 'ES', kind: 'traffic-fine', source: 'https://www.dgt.es/' },
  { domain: 'ansr.pt', org: 'Autoridade Nacional de Segurança Rodoviária (Portugal)', country: 'PT', kind: 'traffic-fine', source: 'https://www.ansr.pt/' },
  { domain: 'gitd.gov.pl', org: 'Główny Inspektorat Transportu Drogowego (CANARD speed cameras, Poland)', country: 'PL', kind: 'traffic-fine', source: 'https://www.gitd.gov.pl/' },

  // ── Help services that genuine warnings point to, and CSAM reporting hotlines ───────────────
  { domain: 'helplinks.eu', org: 'helplinks.eu (Police2Peer help-link hub)', kind: 'help', source: 'https://www.europol.europa.eu/newsroom/news/unique-police2peer-initiative-combats-child-sexual-exploitation-and-abuse-online' },
  { domain: 'detfinneshjelp.no', org: 'Det finnes hjelp', country: 'NO', kind: 'help', source: 'https://detfinneshjelp.no/snakk-med-oss-anonymt' },
  { domain: 'helsedirektoratet.no', org: 'Helsedirektoratet (runs Det finnes hjelp)', country: 'NO', kind: 'government', source: 'https://www.helsedirektoratet.no/nyheter/skal-forebygge-seksuelle-overgrep-mot-barn' },
  { domain: 'stopitnow.org.uk', org: 'Stop It Now! UK & Ireland (Lucy Faithfull Foundation)', country: 'GB', kind: 'help', source: 'https://www.stopitnow.org.uk/helpline/' },
  { domain: 'lucyfaithfull.org.uk', org: 'Lucy Faithfull Foundation', country: 'GB', kind: 'help', source: 'https://www.lucyfaithfull.org.uk/' },
  { domain: 'stopitnow.nl', org: 'Stop it Now! Nederland', country: 'NL', kind: 'help', source: 'https://stopitnow.nl/' },
  { domain: 'stopitnow.org', org: 'Stop It Now (US)', kind: 'help', source: 'https://www.stopitnow.org/' },
  { domain: 'troubled-desire.com', org: 'Troubled Desire (Charité Berlin)', kind: 'help', source: 'https://kein-taeter-werden.de/pressemitteilungen/troubled-desire-feiert-zweijaehriges-bestehen' },
  { domain: 'kein-taeter-werden.de', org: 'Kein Täter werden', country: 'DE', kind: 'help', source: 'https://kein-taeter-werden.de/faq-items/kritik-anonymitaet' },
  { domain: 'dont-offend.org', org: "Kein Täter werden (English: Don't offend)", country: 'DE', kind: 'help', source: 'https://www.dont-offend.org/' },
  { domain: 'preventell.se', org: 'PrevenTell', country: 'SE', kind: 'help', source: 'https://preventell.se/' },
  { domain: 'mielenterveystalo.fi', org: 'Mielenterveystalo', country: 'FI', kind: 'help', source: 'https://www.mielenterveystalo.fi/' },
  { domain: 'savethechildren.net', org: 'Save the Children International', kind: 'help', source: 'https://www.savethechildren.net/' },
  { domain: 'reddbarna.no', org: 'Redd Barna (Save the Children Norway)', country: 'NO', kind: 'help', source: 'https://www.reddbarna.no/' },
  { domain: 'redbarnet.dk', org: 'Red Barnet (Save the Children Denmark)', country: 'DK', kind: 'help', source: 'https://redbarnet.dk/' },
  { domain: 'raddabarnen.se', org: 'Rädda Barnen (Save the Children Sweden)', country: 'SE', kind: 'help', source: 'https://www.raddabarnen.se/' },
  { domain: 'pelastakaalapset.fi', org: 'Pelastakaa Lapset (Save the Children Finland)', country: 'FI', kind: 'help', source: 'https://www.pelastakaalapset.fi/' },
  { domain: 'iwf.org.uk', org: 'Internet Watch Foundation (CSAM reporting)', country: 'GB', kind: 'help', source: 'https://www.thinkuknow.co.uk/parents/articles/what-to-do-if-you-come-across-child-sexual-abuse-material/' },
  { domain: 'thinkuknow.co.uk', org: 'Thinkuknow (NCA-CEOP education)', country: 'GB', kind: 'help', source: 'https://www.thinkuknow.co.uk/' },
  { domain: 'inhope.org', org: 'INHOPE (network of CSAM reporting hotlines)', kind: 'help', source: 'https://www.inhope.org/' },
  { domain: 'hotline.ie', org: 'Hotline.ie (ISPAI reporting service, Ireland)', country: 'IE', kind: 'help', source: 'https://www.ispai.ie/warning-ransom-ware-scam-dont-pay-this/' },
  { domain: 'offlimits.nl', org: 'Offlimits (Expertisebureau Online Kindermisbruik)', country: 'NL', kind: 'help', source: 'https://www.offlimits.nl/' },
  { domain: 'childfocus.be', org: 'Child Focus (Belgium)', country: 'BE', kind: 'help', source: 'https://childfocus.be/' },

  // ── Other government services named in police advice ─────────────────────────────────────────
  { domain: 'altinn.no', org: 'Altinn (Norwegian public-sector portal; police may contact through it)', country: 'NO', kind: 'government', source: 'https://www.nidaros.no/politiet-advarer-mot-ny-svindelmetode/s/5-113-361867' },
  { domain: 'service-public.fr', org: 'Service-Public.fr (French administration portal)', country: 'FR', kind: 'government', source: 'https://www.service-public.fr/' },
  { domain: 'interno.gov.it', org: "Ministero dell'Interno (Italy)", country: 'IT', kind: 'government', source: 'https://antidroga.interno.gov.it/europol-messaggio-di-alert-per-la-prevenzione-ed-il-contrasto-di-truffe-online-in-danno-dei-cittadini' },
];

// Nordic and Baltic concept lexicons (nb, nn, da, sv, is, fi, et, lv, lt): our own sentences,
// written from each language's grammar and institutions, not corpus wording. In each language the
// scam shapes (a subject line, a fine or arrear SMS, a digital-mail login lure, a second-person
// accusation or summons, an enforcement threat aimed at the reader) read `scam`, and the near
// misses (police news in the third person, a warning that quotes the lure, an ordinary notice
// that shares a word: "innkalling til årsmøte", "de seneste 24 timer", "betalas ut") do not.
import { describe, expect, it } from 'vitest';
import { checkInput } from '../../src/core/check.js';
import { OFFICIAL_REFERENCE } from '../../src/core/domain/official-reference.js';
import { ctxWith, trustPayload, trustState } from '../helpers/fixture.js';

const ctx = ctxWith([], trustState(trustPayload({ official_domains: [...OFFICIAL_REFERENCE] })));
const verdict = (t: string) => checkInput(t, ctx).verdict;

const CASES: Record<string, { scam: string[]; genuine: string[] }> = {
  nb: {
    scam: [
      'Ubetalt bot',
      'Du har mottatt et nytt brev fra Politiet. Følg lenken for å lese det.',
      'Statens innkrevingssentral: Du har et ubetalt krav på 2 380 kr. Betal her for å unngå tvangsinnfordring.',
      'Oslo politidistrikt: Du er anmeldt og innkalles til avhør.',
      'Du er etterlyst. Ta kontakt med politiet.',
      'Kripos: Du er under etterforskning. Svar oss i dag.',
      'Namsmannen: Hvis kravet ikke gjøres opp, vil vi begjære utlegg mot deg.',
      'Det er reist en straffesak mot deg.',
      'Tingretten: Du er stevnet. Se vedlegget.',
      'Politiet: Ditt førerkort er inndratt. Bekreft identiteten din her.',
      'Betal innen 2 dager.',
    ],
    genuine: [
      'Politiet fikk melding om et innbrudd i natt. En mann ble pågrepet og er siktet for tyveri.',
      'Innkalling til årsmøte i borettslaget',
      'Politiet har fått flere henvendelser om SMS-er der det står at du har en ubetalt bot. Meldingen inneholder en lenke.',
      'Du har mottatt en melding som ser ut til å komme fra Skatteetaten. Meldingen ber deg logge inn via lenken.',
      'Tingretten dømte mannen til 60 dagers fengsel.',
      'Politiet rykket ut umiddelbart og stengte veien.',
    ],
  },
  nn: {
    scam: [
      'Ubetalt bot',
      'Du har fått ei innkalling.',
      'Politiet: Du er kalla inn til avhøyr. Sjå vedlagt dokument.',
      'Namsmannen: Viss du ikkje betalar kravet, blir saka sendt til inkasso.',
    ],
    genuine: ['Politiet pågreip ein mann i 40-åra som er sikta for vald.', 'Politiet åtvarar mot falske SMS-ar frå namsmannen. Ikkje trykk på lenkja.'],
  },
  da: {
    scam: [
      'Ubetalt bøde',
      'Gældsstyrelsen: Du har et ubetalt beløb. Hvis beløbet ikke betales, sendes sagen til inddrivelse.',
      'Rigspolitiet: Du er under efterforskning. Send svar i dag.',
      'Fogedretten: Hvis du ikke møder op, vil du blive anholdt.',
      'Der er rejst tiltale mod dig.',
      'Din computer er blokeret af politiet. Betal 2000 kr for at låse op.',
    ],
    genuine: [
      'Indkaldelse til generalforsamling i grundejerforeningen',
      'Politiet har i løbet af de seneste 24 timer modtaget flere anmeldelser.',
      'Politiet oplever flere henvendelser om falske mails, hvor der står at modtageren har en ubetalt bøde.',
      'Byretten idømte manden 60 dages fængsel.',
    ],
  },
  sv: {
    scam: [
      'Obetald bot',
      'Kronofogden: Om beloppet inte betalas lämnas ärendet till utmätning.',
      'Polisregion Stockholm: Du är anmäld och kallas till förhör.',
      'Du har fått ett meddelande från Polisen. Följ länken för att läsa det.',
      'Polismyndigheten: Du är under utredning för olagliga bilder. Skicka svar i dag.',
    ],
    genuine: [
      'Kallelse till årsmöte i bostadsrättsföreningen',
      'Skatteverket: Har du pengar tillgodo betalas de ut i juni.',
      'Kronofogden: Så fungerar utmätning av lön. Om du har skulder kan du ansöka om skuldsanering.',
      'Polisen har inom de senaste 24 timmarna fått flera anmälningar.',
      'Tingsrätten dömde mannen till fängelse i två år.',
    ],
  },
  is: {
    scam: [
      'Ógreidd sekt',
      'Þú hefur fengið ný skilaboð frá lögreglunni. Skráðu þig inn til að lesa þau.',
      'Ríkislögreglustjóri: Þú ert til rannsóknar. Svaraðu strax.',
      'Innheimtumiðstöð sekta: Ef sektin er ekki greidd verður málinu vísað til fjárnáms.',
    ],
    genuine: ['Lögreglan leitar vitna að umferðarslysinu.', 'Héraðsdómur dæmdi manninn í tveggja ára fangelsi.'],
  },
  fi: {
    scam: [
      'Kutsu kuulusteluun',
      'Ulosotto: Jos maksua ei suoriteta, asiasi siirretään ulosottoon.',
      'Keskusrikospoliisi: Olette rikostutkinnan kohteena. Vastatkaa heti.',
      'Teitä vastaan on aloitettu oikeudellinen menettely. Katso liite.',
      'Sinulle on saapunut uusi viesti poliisilta. Kirjaudu sisään lukeaksesi sen.',
    ],
    genuine: [
      'Poliisi on saanut viimeisen 24 tunnin aikana useita ilmoituksia.',
      'Poliisi: Älä klikkaa linkkiä tekstiviestissä.',
      'Poliisi pyytää silminnäkijöitä ottamaan yhteyttä.',
      'Käräjäoikeus tuomitsi miehen kahden vuoden vankeuteen.',
    ],
  },
  et: {
    scam: ['Tasumata trahv', 'Politsei: teile on esitatud süüdistus. Vastake kohe.', 'Kohtutäitur: kui trahvi ei tasuta, antakse asi üle kohtutäiturile.'],
    genuine: ['Politsei: ärge klõpsake lingil.', 'Politsei pidas kinni mehe, keda kahtlustatakse pettuses.'],
  },
  lv: {
    scam: [
      'Neapmaksāts sods',
      'Valsts policija: jums ir izvirzīta apsūdzība. Atbildiet nekavējoties.',
      'Ja sods netiks samaksāts, lieta tiks nodota tiesu izpildītājam.',
    ],
    genuine: [
      'Valsts policija aicina iedzīvotājus nesniegt kartes datus nepazīstamām personām.',
      'Valsts policija aizturēja vīrieti, kurš tiek turēts aizdomās par krāpšanu.',
    ],
  },
  lt: {
    scam: ['Neapmokėta bauda', 'Policija: jums pareikšti įtarimai. Atsakykite nedelsiant.', 'Jei bauda nebus sumokėta, ji bus perduota antstoliams.'],
    genuine: ['Policija primena: neveskite kortelės duomenų nepatikimose svetainėse.', 'Policija sulaikė vyrą, įtariamą sukčiavimu.'],
  },
};

describe('Nordic and Baltic lexicons (lexnorth)', () => {
  for (const [lang, c] of Object.entries(CASES)) {
    describe(lang, () => {
      it.each(c.scam)('%s → scam', (t) => expect(verdict(t)).toBe('scam'));
      it.each(c.genuine)('%s → not scam', (t) => expect(verdict(t)).not.toBe('scam'));
    });
  }
});

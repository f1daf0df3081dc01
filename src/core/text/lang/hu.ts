/**
 * Hungarian scam signs. Sources: delmagyar.hu 2023-02 and 2023-03 (ORFK warnings quoting the fake
 * Interpol/Europol letters: "gyermekpornográfia", "cyberpornográfia", "exhibicionizmus",
 * "48 órát adnak, hogy válaszoljon, különben elfogatóparancsot adnak ki", "családja és barátai
 * megtudják"), szigetujfalu.hu 2024-03 (the "Igazságügyi Rendőrség", "Interpol Központi Iroda"
 * inventions), metropol.hu 2026-02 (visszaigazolás, személyes adatok).
 */
import type { LanguagePatterns } from './types.js';

export const patterns: LanguagePatterns = {
  lang: 'hu',
  name: 'Hungarian',
  signs: {
    payment: ['fizesse meg a bírságot', 'utalja át az összeget', 'azonnali fizetés', 'fizessen bitcoinban', 'bitcoin tárcára'],
    fine: ['bírságot kell fizetnie', 'a bírság összege', 'a bírságot megfizeti', 'pénzbírság megfizetése'],
    deadline: [
      '72 órán belül válaszoljon',
      '48 órán belül válaszoljon',
      '24 órán belül válaszoljon',
      '48 órát adunk',
      '72 órát adunk',
      'utolsó figyelmeztetés',
    ],
    arrest: ['elfogatóparancsot adunk ki', 'elfogatóparancsot adnak ki', 'azonnali letartóztatás', 'őrizetbe vételét'],
    register: ['szexuális bűnelkövetők nyilvántartásába', 'szexuális bűnelkövetők listájára', 'nemzeti nyilvántartásba kerül'],
    exposure: ['családja és barátai megtudják', 'elküldjük a médiának', 'nyilvánosságra hozzuk', 'munkáltatója is megtudja'],
    reply: ['küldje el indoklását', 'indoklását 72 órán belül', 'válaszoljon e-mailben', 'szankciók értékelése'],
    'send-id': ['személyi igazolványa másolatát', 'személyi igazolványának másolatát', 'útlevele másolatát'],
    'device-lock': ['számítógépét zároltuk', 'a számítógépe zárolva van', 'az eszköze zárolva', 'a fájljait titkosítottuk'],
    voucher: ['paysafecard', 'ukash', 'neosurf', 'ajándékkártya kód', 'ajándékkártyát vásároljon'],
    'word-tell': ['cyberpornográfia', 'kiberpornográfia', 'kiberbeszivárgás', 'számítógép lefoglalása', 'igazságügyi rendőrség', 'interpol központi iroda'],
  },
};

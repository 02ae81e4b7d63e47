// Words that make a capitalised sequence an organisation: legal-form suffixes ("Inc.", "GmbH") and
// head nouns of institutions ("Ministry of Energy", "Banque mondiale", "Московский университет").
// Compared lower-cased, without a trailing full stop; Russian heads are matched on their stem.

/** Legal-form suffixes: a sequence ending in one of these is a company. */
export const legalSuffixes: ReadonlySet<string> = new Set(
  `inc corp co ltd llc plc ag gmbh sa se nv bv spa kg ohg oao pao ooo zao llp lp`.split(' '),
);

const englishHeads = `ministry department agency university college school institute institution academy
party union bank fund reserve commission committee council assembly parliament congress senate court
chamber tribunal federation confederation association organization organisation foundation society
league club group company corporation holdings partners programme program office bureau authority
service services network exchange forum alliance coalition movement army navy police guard command
project trust board cross press times post journal news television radio airlines airways railways
museum hospital clinic centre center laboratory laboratories observatory`;

const germanHeads = `ministerium bundesministerium bundesamt amt behörde agentur universität hochschule
institut partei gewerkschaft bundesverband verband verein bank sparkasse stiftung kommission rat
gericht bundesgericht bundestag landtag bundesrat konzern gruppe bundesbahnen bahn werke`;

const frenchHeads = `ministère agence université école institut parti syndicat banque fonds fondation
commission conseil cour tribunal assemblée sénat fédération confédération association organisation
société groupe compagnie réseau office bureau autorité`;

const russianHeadStems = `министерств ведомств агентств университет институт академи парти союз банк фонд
комисси комитет совет парламент дум суд федераци ассоциаци организаци компани корпораци групп
служб управлени холдинг концерн`;

/** Head nouns of institutions in English, German and French, lower-cased. */
export const organisationHeads: ReadonlySet<string> = new Set(
  [englishHeads, germanHeads, frenchHeads].flatMap((list) => list.split(/\s+/)).filter(Boolean),
);

/** Stems of Russian institution head nouns ("университета" starts with "университет"). */
export const russianOrganisationStems: readonly string[] = russianHeadStems.split(/\s+/).filter(Boolean);

/** Whether a lower-cased Russian word is an institution head noun in any case form. */
export function isRussianOrganisationHead(word: string): boolean {
  return russianOrganisationStems.some((stem) => word.startsWith(stem));
}

/**
 * Well-known international bodies whose names are not capitalised sequences in every language
 * ("Banque mondiale", "Nations unies") or carry no head noun ("NATO", "Kremlin").
 */
export const knownOrganisationLines = `United Nations|UN|U.N.|ООН|Vereinte Nationen|Nations unies|ONU
European Union|EU|Евросоюз|Европейский союз|Europäische Union|Union européenne|UE
NATO|НАТО|OTAN
European Commission|Европейская комиссия|Еврокомиссия|Europäische Kommission|Commission européenne
World Bank|Всемирный банк|Weltbank|Banque mondiale
International Monetary Fund|IMF|МВФ|Internationaler Währungsfonds|IWF|Fonds monétaire international|FMI
World Health Organization|WHO|ВОЗ|Weltgesundheitsorganisation|Organisation mondiale de la santé|OMS
Kremlin|Кремль|Kreml
Pentagon|Пентагон
White House|Белый дом|Weißes Haus|Maison Blanche
Élysée|Елисейский дворец
Gazprom|Газпром
Red Cross|Красный Крест|Rotes Kreuz|Croix-Rouge
Greenpeace|Гринпис
Oxfam
Congress|Конгресс|Kongress|Congrès
Parliament|Парламент|Parlament|Parlement
Senate|Сенат|Senat|Sénat
Treasury
Bundestag|Бундестаг
Bundesrat
State Duma|Duma|Госдума|Государственная дума
Knesset|Кнессет
UNICEF|ЮНИСЕФ
Amnesty International
Human Rights Watch`;

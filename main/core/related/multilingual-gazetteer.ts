import { nameKey } from '../entities/normalise-name.ts';

// Names the entity gazetteer lacks: Spanish and Ukrainian forms of often-reported countries and
// cities (and the Slavic languages' own names of a few capitals), and institutions in several languages. Canonical English
// name first, as in main/core/entities/gazetteer-*.ts, so both lists agree on the key.
const lines = `Kazakhstan|Kazajistán|Казахстан|Kasachstan|Kazakhstán
Russia|Rusia|Росія|Russland|Russie|Россия
Ukraine|Ucrania|Україна|Украина
Germany|Alemania|Німеччина
France|Francia|Франція
Spain|España|Іспанія
United States|Estados Unidos|EE. UU.|EEUU|США|Сполучені Штати|Vereinigte Staaten|États-Unis
United Kingdom|Reino Unido|Велика Британія|Großbritannien|Royaume-Uni|Великобритания
China|Китай|Китаї|Chine
Poland|Polonia|Польща|Polen|Pologne
Belarus|Bielorrusia|Білорусь|Беларусь|Weißrussland|Biélorussie
Turkey|Turquía|Туреччина|Türkei|Turquie|Турция|Türkiye
Iran|Irán|Іран|Иран
Israel|Ізраїль|Израиль|Israël
Georgia|Грузія|Грузия|Georgien|Géorgie
Moldova|Moldavia|Молдова|Moldau|Moldavie
Kyiv|Kiev|Київ|Киев|Kiew
Moscow|Moscú|Москва|Moskau|Moscou
Kharkiv|Kharkov|Харків|Харьков|Charkiw
Odesa|Odessa|Одеса|Одесса
Warsaw|Varsovia|Варшава|Warschau|Varsovie|Warszawa|Varšava
Prague|Praha|Praga|Прага
Berlin|Berlín|Берлін|Берлин
London|Londres|Лондон
Brussels|Bruselas|Брюссель|Брюсель|Brüssel|Bruxelles
Geneva|Ginebra|Женева|Genf|Genève
Vienna|Viena|Відень|Вена|Wien|Vienne
Astana|Астана|Nur-Sultan
Almaty|Алмати|Алматы|Alma-Ata|Алма-Ата
Washington|Вашингтон
Beijing|Pekín|Пекін|Пекин|Peking|Pékin
Athens|Αθήνα
Piraeus|Πειραιάς|Πειραιεύς
European Union|EU|Unión Europea|UE|Євросоюз|Евросоюз|Європейський Союз|Европейский союз|Europäische Union|Union européenne
NATO|OTAN|НАТО
United Nations|UN|ONU|ООН|Naciones Unidas|Vereinte Nationen|Nations unies|Організація Об'єднаних Націй
International Monetary Fund|IMF|FMI|МВФ|Fondo Monetario Internacional|Internationaler Währungsfonds|Fonds monétaire international
World Health Organization|WHO|OMS|ВОЗ|ВООЗ|Organización Mundial de la Salud|Weltgesundheitsorganisation|Organisation mondiale de la santé
International Atomic Energy Agency|IAEA|AIEA|МАГАТЭ|МАГАТЕ|OIEA|Internationale Atomenergiebehörde
European Central Bank|ECB|EZB|BCE|ЕЦБ|Europäische Zentralbank|Banque centrale européenne|Banco Central Europeo
Kremlin|Кремль|Kreml|Kremlin
OSCE|ОБСЕ|ОБСЄ|OSZE|OSCE
Court of Justice of the European Union|CJEU|ECJ|European Court of Justice|Court of Justice|EuGH|Europäischer Gerichtshof|Europäische Gerichtshof|Gerichtshof der Europäischen Union|CJUE|Cour de justice de l'Union européenne|Cour de justice|TJUE|Tribunal de Justicia de la Unión Europea|Суд ЕС|Суд Европейского союза|Суд ЄС
European Court of Human Rights|ECHR|ECtHR|EGMR|Europäischer Gerichtshof für Menschenrechte|CEDH|Cour européenne des droits de l'homme|TEDH|ЕСПЧ|ЄСПЛ
European Commission|EU Commission|EU-Kommission|Europäische Kommission|Commission européenne|Comisión Europea|Еврокомиссия|Європейська комісія|Єврокомісія
European Parliament|Europaparlament|Europäisches Parlament|Parlement européen|Parlamento Europeo|Европарламент|Європарламент
UN Security Council|Security Council|UN-Sicherheitsrat|Sicherheitsrat|Conseil de sécurité|Consejo de Seguridad|Совет Безопасности ООН|Совбез ООН|Рада Безпеки ООН
World Bank|Weltbank|Banque mondiale|Banco Mundial|Всемирный банк|Світовий банк
World Trade Organization|WTO|OMC|Welthandelsorganisation|Organisation mondiale du commerce|ВТО|СОТ
International Criminal Court|ICC|IStGH|Internationaler Strafgerichtshof|CPI|Cour pénale internationale|Corte Penal Internacional|МУС|Международный уголовный суд|Міжнародний кримінальний суд
OPEC|OPEP|ОПЕК
Interpol|Интерпол|Інтерпол
Europol|Европол|Європол
Red Cross|ICRC|Красный Крест|Червоний Хрест|Rotes Kreuz|Croix-Rouge|Cruz Roja`;

const index = new Map<string, string>();
for (const line of lines.split('\n')) {
  const [canonical, ...variants] = line.split('|');
  if (canonical === undefined) continue;
  for (const variant of [canonical, ...variants]) {
    const key = nameKey(variant);
    if (!index.has(key)) index.set(key, canonical);
  }
}

/** The canonical English name of a country, city or institution named in en/ru/uk/de/fr/es, or undefined. */
export function lookUpMultilingual(name: string): string | undefined {
  return index.get(nameKey(name));
}

// The 193 UN member states plus observers and common short forms, one country a line:
// canonical English name first, then variants (short forms, Russian, German and French names,
// and the Russian case forms a text is likely to use). A plain string keeps the data compact.

/** Countries: "Canonical|variant|variant…", one a line. */
export const countryLines = `Afghanistan|Афганистан|Afghanistan
Albania|Албания|Albanien|Albanie
Algeria|Алжир|Algerien|Algérie
Andorra|Андорра|Andorre
Angola|Ангола
Antigua and Barbuda
Argentina|Аргентина|Argentinien|Argentine
Armenia|Армения|Armenien|Arménie
Australia|Австралия|Australien|Australie
Austria|Австрия|Österreich|Autriche
Azerbaijan|Азербайджан|Aserbaidschan|Azerbaïdjan
Bahamas|The Bahamas
Bahrain|Бахрейн|Bahreïn
Bangladesh|Бангладеш
Barbados
Belarus|Беларусь|Белоруссия|Belarus|Weißrussland|Biélorussie
Belgium|Бельгия|Belgien|Belgique
Belize
Benin|Bénin
Bhutan|Bhoutan
Bolivia|Боливия|Bolivien|Bolivie
Bosnia and Herzegovina|Bosnia|Босния и Герцеговина|Bosnien und Herzegowina|Bosnie-Herzégovine
Botswana
Brazil|Бразилия|Brasilien|Brésil
Brunei
Bulgaria|Болгария|Bulgarien|Bulgarie
Burkina Faso
Burundi
Cabo Verde|Cape Verde
Cambodia|Камбоджа|Kambodscha|Cambodge
Cameroon|Камерун|Kamerun|Cameroun
Canada|Канада|Kanada
Central African Republic
Chad|Чад|Tschad|Tchad
Chile|Чили|Chili
China|Китай|China|Chine|People's Republic of China|PRC
Colombia|Колумбия|Kolumbien|Colombie
Comoros
Congo|Republic of the Congo|Конго|Kongo
Costa Rica
Côte d'Ivoire|Ivory Coast|Elfenbeinküste
Croatia|Хорватия|Kroatien|Croatie
Cuba|Куба|Kuba
Cyprus|Кипр|Zypern|Chypre
Czech Republic|Czechia|Чехия|Tschechien|Tchéquie
Democratic Republic of the Congo|DRC|DR Congo|Demokratische Republik Kongo|République démocratique du Congo
Denmark|Дания|Dänemark|Danemark
Djibouti
Dominica
Dominican Republic
Ecuador|Эквадор|Équateur
Egypt|Египет|Ägypten|Égypte
El Salvador
Equatorial Guinea
Eritrea|Érythrée
Estonia|Эстония|Estland|Estonie
Eswatini|Swaziland
Ethiopia|Эфиопия|Äthiopien|Éthiopie
Fiji
Finland|Финляндия|Finnland|Finlande
France|Франция|Frankreich
Gabon
Gambia|The Gambia
Georgia|Грузия|Georgien|Géorgie
Germany|Германия|Deutschland|Allemagne|ФРГ
Ghana|Гана
Greece|Греция|Griechenland|Grèce
Grenada
Guatemala
Guinea|Guinée
Guinea-Bissau
Guyana
Haiti|Haïti
Honduras
Hungary|Венгрия|Ungarn|Hongrie
Iceland|Исландия|Island|Islande
India|Индия|Indien|Inde
Indonesia|Индонезия|Indonesien|Indonésie
Iran|Иран
Iraq|Ирак|Irak
Ireland|Ирландия|Irland|Irlande
Israel|Израиль|Israël
Italy|Италия|Italien|Italie
Jamaica|Jamaïque
Japan|Япония|Japon
Jordan|Иордания|Jordanien|Jordanie
Kazakhstan|Казахстан|Kasachstan
Kenya|Кения|Kenia
Kiribati
Kuwait|Кувейт|Koweït
Kyrgyzstan|Киргизия|Кыргызстан|Kirgisistan|Kirghizistan
Laos
Latvia|Латвия|Lettland|Lettonie
Lebanon|Ливан|Libanon|Liban
Lesotho
Liberia
Libya|Ливия|Libyen|Libye
Liechtenstein
Lithuania|Литва|Litauen|Lituanie
Luxembourg|Люксембург|Luxemburg
Madagascar
Malawi
Malaysia|Малайзия|Malaisie
Maldives
Mali|Мали
Malta|Мальта|Malte
Marshall Islands
Mauritania|Mauritanie
Mauritius|Maurice
Mexico|Мексика|Mexiko|Mexique
Micronesia
Moldova|Молдавия|Молдова|Moldawien|Moldavie
Monaco
Mongolia|Монголия|Mongolei|Mongolie
Montenegro|Черногория|Monténégro
Morocco|Марокко|Marokko|Maroc
Mozambique|Mosambik
Myanmar|Burma
Namibia|Namibie
Nauru
Nepal|Népal
Netherlands|Нидерланды|Niederlande|Pays-Bas|Holland
New Zealand|Новая Зеландия|Neuseeland|Nouvelle-Zélande
Nicaragua
Niger
Nigeria|Нигерия|Nigéria
North Korea|КНДР|Nordkorea|Corée du Nord
North Macedonia|Macedonia|Nordmazedonien|Macédoine du Nord
Norway|Норвегия|Norwegen|Norvège
Oman
Pakistan|Пакистан
Palau
Palestine|Палестина|Palästina
Panama
Papua New Guinea
Paraguay
Peru|Перу|Pérou
Philippines|Филиппины|Philippinen
Poland|Польша|Polen|Pologne
Portugal|Португалия
Qatar|Катар|Katar
Romania|Румыния|Rumänien|Roumanie
Russia|Россия|Russland|Russie|Russian Federation|Российская Федерация
Rwanda|Руанда|Ruanda
Saint Kitts and Nevis
Saint Lucia
Saint Vincent and the Grenadines
Samoa
San Marino
Sao Tome and Principe
Saudi Arabia|Саудовская Аравия|Saudi-Arabien|Arabie saoudite
Senegal|Сенегал|Sénégal
Serbia|Сербия|Serbien|Serbie
Seychelles
Sierra Leone
Singapore|Сингапур|Singapur|Singapour
Slovakia|Словакия|Slowakei|Slovaquie
Slovenia|Словения|Slowenien|Slovénie
Solomon Islands
Somalia|Сомали|Somalie
South Africa|ЮАР|Südafrika|Afrique du Sud
South Korea|Южная Корея|Südkorea|Corée du Sud|Korea
South Sudan
Spain|Испания|Spanien|Espagne
Sri Lanka
Sudan|Судан|Soudan
Suriname
Sweden|Швеция|Schweden|Suède
Switzerland|Швейцария|Schweiz|Suisse
Syria|Сирия|Syrien|Syrie
Tajikistan|Таджикистан|Tadschikistan|Tadjikistan
Tanzania|Танзания|Tansania|Tanzanie
Thailand|Таиланд|Thaïlande
Timor-Leste|East Timor
Togo
Tonga
Trinidad and Tobago
Tunisia|Тунис|Tunesien|Tunisie
Turkey|Türkiye|Турция|Türkei|Turquie
Turkmenistan|Туркмения|Туркменистан|Turkménistan
Tuvalu
Uganda|Уганда|Ouganda
Ukraine|Украина
United Arab Emirates|UAE|ОАЭ|Vereinigte Arabische Emirate|Émirats arabes unis
United Kingdom|UK|U.K.|Britain|Great Britain|Великобритания|Großbritannien|Vereinigtes Königreich|Royaume-Uni
United States|United States of America|US|U.S.|USA|U.S.A.|America|США|Соединённые Штаты|Соединенные Штаты|Vereinigte Staaten|États-Unis
Uruguay
Uzbekistan|Узбекистан|Usbekistan|Ouzbékistan
Vanuatu
Venezuela|Венесуэла
Vietnam|Viet Nam|Вьетнам
Yemen|Йемен|Jemen|Yémen
Zambia|Zambie
Zimbabwe|Simbabwe
Vatican City|Holy See|Vatican
Taiwan|Тайвань
Kosovo|Косово
England|Англия|Angleterre
Scotland|Шотландия|Schottland|Écosse
Wales|Уэльс
Northern Ireland
Gaza|Gaza Strip|Сектор Газа|Gazastreifen
West Bank|Westjordanland|Cisjordanie
Hong Kong|Гонконг|Hongkong`;

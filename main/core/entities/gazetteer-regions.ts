// Regions, states and provinces of the larger countries, and the major rivers, mountain ranges, seas
// and other natural features news reports name. English names, comma-separated, variants after "|".
// Curated by hand; names that are also common words or given names (Georgia, Victoria, Jordan) are
// left to the country list and its doubtful-at-sentence-start rule.

/** First-level regions of large countries and the UK's nations, counties and city regions. */
export const worldRegionLines = `England, Scotland, Wales, Northern Ireland, Yorkshire, Lancashire, Cornwall, Devon, Kent, Essex
Sussex, Surrey, Norfolk, Suffolk, Cumbria, Merseyside, Tyneside, Teesside, Northumberland, Durham
Staffordshire, Derbyshire, Nottinghamshire, Lincolnshire, Leicestershire, Warwickshire, Oxfordshire
Hampshire, Dorset, Somerset, Wiltshire, Gloucestershire, Herefordshire, Shropshire, Cheshire
West Midlands, East Midlands, East Anglia, Home Counties, Highlands, Hebrides, Orkney, Shetland
Baden-Württemberg|Baden-Wurttemberg, Bavaria, Berlin-Brandenburg, Brandenburg, Hesse|Hessen
Lower Saxony|Niedersachsen, Saxony|Sachsen, Saxony-Anhalt, Thuringia|Thüringen, Rhineland-Palatinate
North Rhine-Westphalia|Nordrhein-Westfalen, Saarland, Schleswig-Holstein, Mecklenburg-Western Pomerania
Île-de-France|Ile-de-France, Normandy|Normandie, Brittany|Bretagne, Provence, Alsace, Burgundy
Occitanie, Auvergne, Corsica|Corse, Lorraine, Picardy, Aquitaine, Loire Valley, Savoy|Savoie
Tuscany|Toscana, Lombardy|Lombardia, Piedmont|Piemonte, Veneto, Sicily|Sicilia, Sardinia, Calabria
Campania, Apulia|Puglia, Emilia-Romagna, Liguria, South Tyrol, Andalusia|Andalucía, Galicia
Basque Country, Valencia, Castile, Aragon, Asturias, Navarre, Canary Islands, Balearic Islands
Flanders|Vlaanderen, Wallonia|Wallonie, Tyrol|Tirol, Carinthia, Styria, Vorarlberg, Valais, Ticino
Graubünden|Grisons, Bern, Vaud, Zealand, Jutland, Lapland, Silesia, Pomerania, Transylvania, Moldavia
Dalmatia, Istria, Kosovo, Chechnya, Dagestan, Tatarstan, Bashkortostan, Yakutia, Kamchatka, Karelia
Kuban, Urals, Zaporizhzhia, Kherson, Luhansk, Donetsk, Kharkiv, Abkhazia, South Ossetia, Nagorno-Karabakh
Transnistria, Anatolia, Kurdistan, Galilee, West Bank, Gaza, Gaza Strip, Golan Heights, Sinai
Anbar, Nineveh, Idlib, Baluchistan|Balochistan, Sindh, Khyber Pakhtunkhwa, Gujarat, Maharashtra
Tamil Nadu, Uttar Pradesh, Bihar, Rajasthan, Madhya Pradesh, Andhra Pradesh, Telangana, Odisha
Assam, Manipur, Ladakh, Goa, Haryana, Jharkhand, Yunnan, Guangxi, Hubei, Hunan, Henan, Shandong
Jiangsu, Zhejiang, Fujian, Jiangxi, Anhui, Shaanxi, Shanxi, Gansu, Qinghai, Inner Mongolia, Liaoning
Jilin, Heilongjiang, Hainan, Manchuria, Hokkaido, Okinawa, Kyushu, Honshu, Fukushima, Mindanao
Luzon, Java, Sumatra, Borneo, Sulawesi, Papua, Bali, Aceh, Sabah, Sarawak, Nunavut, Yukon, Manitoba
Saskatchewan, Nova Scotia, New Brunswick, Newfoundland, Labrador, South Australia
Northern Territory, Minas Gerais, Bahia, Amazonas, Rio Grande do Sul, Paraná
Patagonia, Chiapas, Sonora, Oaxaca, Baja California, Yucatán|Yucatan, Jalisco, Sinaloa, Chihuahua
Puerto Rico, Guam, Greenland, Faroe Islands, Siberia, Darfur, Kordofan, Katanga, Ituri, South Kivu
Cabo Delgado, Ogaden, Amhara, Oromia, Puntland, Somaliland, Rift Valley, Kivu, Casamance
Western Cape, Eastern Cape, KwaZulu-Natal, Gauteng, Zanzibar, Sahara, Maghreb, Horn of Africa
Low Countries, Benelux, Iberia, Levant, Mesopotamia, Indochina, Polynesia, Melanesia
Micronesia, Oceania, Caribbean, Central America, Andes, Deep South, Midwest, New England, Appalachia
Great Plains, Pacific Northwest, Rust Belt, Sun Belt, Bay Area`;

/** Rivers, mountain ranges, seas, lakes and deserts, comma-separated. */
export const naturalFeatureLines = `Alps, Pyrenees, Apennines, Carpathians, Dolomites, Urals, Himalayas|Himalaya, Karakoram, Hindu Kush
Tian Shan, Pamirs, Altai, Andes, Rockies|Rocky Mountains, Appalachians, Sierra Nevada, Sierra Madre
Atlas Mountains, Drakensberg, Ethiopian Highlands, Scottish Highlands, Pennines, Snowdonia, Lake District
Peak District, Black Forest, Jura, Vosges, Massif Central, Caucasus, Zagros, Mont Blanc, Matterhorn
Kilimanjaro, Everest|Mount Everest, Mount Kenya, Mount Etna|Etna, Vesuvius, Mount Fuji|Fuji
Rhine|Rhein, Danube|Donau, Elbe, Oder, Vistula, Rhône|Rhone, Loire, Seine, Garonne, Po, Tiber, Ebro
Tagus, Douro, Thames, Severn, Mersey, Tyne, Clyde, Volga, Dnieper|Dnipro River
Dniester, Yenisei, Amur, Yangtze, Yellow River, Mekong, Ganges, Indus, Brahmaputra
Irrawaddy, Tigris, Euphrates, Jordan River, Nile, Blue Nile, White Nile, Congo River, Niger River
Zambezi, Limpopo, Orange River, Mississippi River, Missouri River, Colorado River, Rio Grande
Potomac, St. Lawrence|Saint Lawrence, Amazon River, Paraná River, Orinoco, Murray River
Lake Victoria, Lake Tanganyika, Lake Malawi, Lake Chad, Lake Geneva|Lac Léman, Lake Constance
Lake Baikal|Baikal, Great Lakes, Lake Superior, Lake Michigan, Dead Sea, Red Sea, North Sea, Baltic Sea
Aegean, Aegean Sea, Adriatic, Adriatic Sea, Ionian Sea, Irish Sea, Barents Sea, Bering Sea, Arabian Sea
South China Sea, East China Sea, Sea of Japan, Sea of Azov, Caribbean Sea, Gulf of Mexico, Gulf of Aden
Strait of Hormuz, Bosphorus, Dardanelles, English Channel, Suez Canal, Panama Canal, Taiwan Strait
Strait of Gibraltar, Indian Ocean, Southern Ocean, Arctic Ocean, Sahara Desert, Gobi, Kalahari, Namib
Atacama, Mojave, Negev, Sinai Peninsula, Arabian Peninsula, Korean Peninsula, Iberian Peninsula
Crimean Peninsula, Balkan Peninsula, Scandinavian Peninsula, Kamchatka Peninsula, Great Barrier Reef
Serengeti, Masai Mara, Okavango, Everglades, Grand Canyon, Yellowstone, Yosemite, Death Valley`;

// Major cities (capitals and large or often-reported cities), one a line: canonical English name,
// then Russian, German and French names and common Russian case forms where they differ.

/** Cities: "Canonical|variant|variant…", one a line. */
export const cityLines = `London|Лондон|Londres
Paris|Париж
Berlin|Берлин
Moscow|Москва|Moskau|Moscou
Saint Petersburg|St. Petersburg|Санкт-Петербург|Петербург|Saint-Pétersbourg
Kyiv|Kiev|Киев|Kiew
Minsk|Минск
Warsaw|Варшава|Warschau|Varsovie
Prague|Прага|Prag
Vienna|Вена|Wien|Vienne
Budapest|Будапешт
Bucharest|Бухарест|Bukarest|Bucarest
Sofia|София
Belgrade|Белград|Belgrad
Zagreb|Загреб
Sarajevo|Сараево
Pristina|Приштина|Priština
Athens|Афины|Athen|Athènes
Rome|Рим|Rom
Milan|Милан|Mailand
Naples|Неаполь|Neapel
Madrid|Мадрид
Barcelona|Барселона|Barcelone
Lisbon|Лиссабон|Lissabon|Lisbonne
Brussels|Брюссель|Brüssel|Bruxelles
Amsterdam|Амстердам
The Hague|Гаага|Den Haag|La Haye
Luxembourg City
Geneva|Женева|Genf|Genève
Zurich|Цюрих|Zürich
Bern|Берн|Berne
Lausanne|Лозанна
Munich|Мюнхен|München
Hamburg|Гамбург|Hambourg
Frankfurt|Франкфурт|Francfort
Cologne|Кёльн|Köln
Stuttgart|Штутгарт
Düsseldorf|Дюссельдорф
Dresden|Дрезден|Dresde
Leipzig|Лейпциг
Hanover|Hannover|Ганновер
Bremen|Бремен|Brême
Nuremberg|Нюрнберг|Nürnberg
Wolfsburg|Вольфсбург
Ludwigshafen
Bonn|Бонн
Salzburg|Зальцбург|Salzbourg
Lyon|Лион
Marseille|Марсель
Toulouse|Тулуза
Nice|Ницца|Nizza
Strasbourg|Страсбург|Straßburg
Bordeaux|Бордо
Lille|Лилль
Copenhagen|Копенгаген|Kopenhagen|Copenhague
Stockholm|Стокгольм
Oslo|Осло
Helsinki|Хельсинки
Reykjavik|Рейкьявик
Tallinn|Таллин
Riga|Рига
Vilnius|Вильнюс
Dublin|Дублин
Edinburgh|Эдинбург|Édimbourg
Glasgow|Глазго
Manchester|Манчестер
Liverpool|Ливерпуль
Birmingham|Бирмингем
Belfast
Cardiff
Oxford|Оксфорд
Cambridge|Кембридж
Istanbul|Стамбул
Ankara|Анкара
Tbilisi|Тбилиси
Yerevan|Ереван|Eriwan|Erevan
Baku|Баку|Bakou
Astana|Астана|Nur-Sultan
Almaty|Алма-Ата|Алматы
Tashkent|Ташкент|Taschkent|Tachkent
Bishkek|Бишкек
Dushanbe|Душанбе
Ashgabat|Ашхабад
Omsk|Омск
Novosibirsk|Новосибирск
Yekaterinburg|Екатеринбург
Kazan|Казань
Vladivostok|Владивосток
Karaganda|Караганда
Pavlodar|Павлодар
Kaliningrad|Калининград
Sevastopol|Севастополь
Odesa|Odessa|Одесса
Kharkiv|Kharkov|Харьков
Beijing|Пекин|Peking|Pékin
Shanghai|Шанхай
Hong Kong
Shenzhen
Guangzhou
Urumqi|Урумчи
Taipei|Тайбэй
Tokyo|Токио|Tokio
Osaka|Осака
Seoul|Сеул|Séoul
Pyongyang|Пхеньян
Delhi|New Delhi|Дели|Нью-Дели|Neu-Delhi|New Delhi
Mumbai|Bombay|Мумбаи
Bangalore|Bengaluru|Бангалор
Kolkata|Calcutta
Chennai
Karachi
Islamabad|Исламабад
Lahore
Kabul|Кабул|Kaboul
Dhaka
Bangkok|Бангкок
Hanoi|Ханой
Jakarta|Джакарта
Manila|Манила|Manille
Kuala Lumpur
Singapore City
Sydney|Сидней
Melbourne|Мельбурн
Canberra|Канберра
Perth|Перт
Brisbane
Auckland
Wellington
Tehran|Тегеран|Teheran|Téhéran
Baghdad|Багдад|Bagdad
Damascus|Дамаск|Damaskus|Damas
Beirut|Бейрут|Beyrouth
Jerusalem|Иерусалим|Jérusalem
Tel Aviv|Тель-Авив
Amman|Амман
Riyadh|Эр-Рияд|Riad|Riyad
Doha|Доха
Dubai|Дубай|Dubaï
Abu Dhabi|Абу-Даби
Cairo|Каир|Kairo|Le Caire
Alexandria
Tripoli|Триполи
Tunis
Algiers|Алжир|Algier|Alger
Rabat
Casablanca
Dakar|Дакар
Lagos|Лагос
Abuja
Accra
Nairobi|Найроби
Addis Ababa|Аддис-Абеба|Addis Abeba
Khartoum|Хартум
Kinshasa|Киншаса
Goma
Kampala
Kigali
Johannesburg|Йоханнесбург
Cape Town|Кейптаун|Kapstadt|Le Cap
Pretoria
Washington|Washington, D.C.|Вашингтон
New York|New York City|Нью-Йорк
Los Angeles|Лос-Анджелес
Chicago|Чикаго
Houston|Хьюстон
Phoenix
Philadelphia
San Francisco|Сан-Франциско
Seattle
Boston|Бостон
Miami|Майами
Atlanta
Dallas
Detroit|Детройт
New Orleans
Las Vegas
Toronto|Торонто
Montreal|Montréal|Монреаль
Vancouver|Ванкувер
Ottawa|Оттава
Mexico City|Мехико
Havana|Гавана|Havanna|La Havane
Bogotá|Bogota|Богота
Caracas|Каракас
Lima|Лима
Quito
Santiago|Сантьяго
Buenos Aires|Буэнос-Айрес
São Paulo|Sao Paulo|Сан-Паулу
Rio de Janeiro|Рио-де-Жанейро
Brasília|Brasilia|Бразилиа
Belém
La Paz|Ла-Пас
Montevideo`;

/** Continents, seas and regions: "Canonical|variant…", one a line. */
export const regionLines = `Europe|Европа|Europa
Asia|Азия|Asien|Asie
Africa|Африка|Afrika|Afrique
North America|Северная Америка|Nordamerika|Amérique du Nord
South America|Южная Америка|Südamerika|Amérique du Sud
Latin America|Латинская Америка|Lateinamerika|Amérique latine
Antarctica|Антарктида
Middle East|Ближний Восток|Naher Osten|Moyen-Orient
Central Asia|Центральная Азия|Zentralasien|Asie centrale
South Asia|Южная Азия
Southeast Asia|Юго-Восточная Азия|Südostasien|Asie du Sud-Est
East Asia|Восточная Азия
Eastern Europe|Восточная Европа|Osteuropa|Europe de l'Est
Western Europe|Западная Европа|Westeuropa
Scandinavia|Скандинавия|Skandinavien|Scandinavie
Balkans|Балканы|Balkan
Baltic|Baltics|Прибалтика|Baltikum
Caucasus|Кавказ|Kaukasus|Caucase
Siberia|Сибирь|Sibirien|Sibérie
Crimea|Крым|Krim|Crimée
Donbas|Donbass|Донбасс
Sahel|Сахель
Amazon|Амазония|Amazonas|Amazonie
Arctic|Арктика|Arktis|Arctique
Atlantic|Atlantic Ocean|Атлантика|Atlantik|Atlantique
Pacific|Pacific Ocean|Тихий океан|Pazifik|Pacifique
Mediterranean|Средиземноморье|Mittelmeer|Méditerranée
Black Sea|Чёрное море|Schwarzes Meer|mer Noire
Caspian Sea|Каспийское море|Kaspisches Meer
Persian Gulf|Персидский залив
Bavaria|Бавария|Bayern|Bavière
Catalonia|Каталония|Katalonien|Catalogne`;

/** States, provinces and other regions that have no variants: comma-separated. */
export const standaloneRegionNames = `Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Hawaii, Idaho
Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan, Minnesota
Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, North Carolina
North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee
Texas, Utah, Vermont, Virginia, West Virginia, Wisconsin, Wyoming
Quebec, Ontario, British Columbia, Alberta
Western Australia, Queensland, New South Wales, Tasmania
Bengal, Punjab, Kashmir, Karnataka, Kerala, Tibet, Xinjiang, Hebei, Guangdong, Sichuan
Kurdistan, Darfur, North Kivu, Tigray
Mato Grosso, Pará
Silicon Valley`;

// More of the world's large cities and the national capitals the first list lacks, English names
// only (comma-separated, variants after "|"). Curated by hand from population rankings; names that are
// also common given names or surnames (Charlotte, Austin, Florence, Jackson, Madison) are left out
// because a wrong place costs more than a missed one.

/** World cities: "Canonical|variant…", comma-separated. */
export const worldCityLines = `Chongqing, Tianjin, Wuhan, Chengdu, Nanjing, Xi'an|Xian, Hangzhou, Shenyang, Harbin, Dalian
Qingdao, Zhengzhou, Jinan, Changsha, Kunming, Suzhou, Xiamen, Fuzhou, Hefei, Nanning, Shijiazhuang
Taiyuan, Lanzhou, Guiyang, Ningbo, Dongguan, Foshan, Macau|Macao, Kaohsiung, Taichung, Busan
Incheon, Daegu, Gwangju, Yokohama, Nagoya, Kyoto, Kobe, Sapporo, Fukuoka, Hiroshima, Sendai
Kawasaki, Hyderabad, Ahmedabad, Pune, Surat, Jaipur, Lucknow, Kanpur, Nagpur, Indore, Bhopal
Patna, Vadodara, Ludhiana, Agra, Varanasi, Srinagar, Amritsar, Chandigarh, Kochi|Cochin
Coimbatore, Visakhapatnam, Thiruvananthapuram, Guwahati, Faisalabad, Rawalpindi, Multan, Peshawar
Quetta, Chittagong|Chattogram, Kathmandu, Colombo, Thimphu, Malé, Yangon|Rangoon, Naypyidaw
Mandalay, Phnom Penh, Vientiane, Ho Chi Minh City|Saigon, Haiphong, Da Nang, Surabaya, Bandung
Medan, Semarang, Makassar, Denpasar, Quezon City, Cebu, Davao, Penang|George Town
Bandar Seri Begawan, Dili, Ulaanbaatar|Ulan Bator, Mashhad, Isfahan, Tabriz, Shiraz, Qom, Basra
Mosul, Erbil, Kirkuk, Aleppo, Homs, Idlib, Latakia, Sanaa|Sana'a, Aden, Hodeidah, Muscat
Kuwait City, Manama, Jeddah, Mecca, Medina, Dammam, Haifa, Gaza City, Ramallah, Nablus, Hebron
Izmir, Bursa, Antalya, Adana, Gaziantep, Diyarbakir, Giza, Port Said, Suez, Luxor, Aswan, Benghazi
Misrata, Sfax, Oran, Constantine, Marrakesh|Marrakech, Fez|Fes, Tangier, Nouakchott, Bamako
Niamey, Ouagadougou, N'Djamena, Abidjan, Yamoussoukro, Monrovia, Freetown, Conakry, Bissau, Banjul
Lomé, Cotonou, Porto-Novo, Kano, Ibadan, Port Harcourt, Kaduna, Maiduguri, Benin City, Kumasi
Douala, Yaoundé|Yaounde, Bangui, Libreville, Malabo, Brazzaville, Lubumbashi, Kisangani, Bukavu
Luanda, Lusaka, Harare, Bulawayo, Lilongwe, Blantyre, Maputo, Gaborone, Windhoek, Maseru, Mbabane
Durban, Port Elizabeth|Gqeberha, Bloemfontein, Soweto, Antananarivo, Port Louis, Mogadishu
Hargeisa, Djibouti City, Asmara, Juba, Omdurman, Port Sudan, Dodoma, Dar es Salaam, Zanzibar
Mombasa, Kisumu, Eldoret, Nakuru, Mwanza, Arusha, Entebbe, Gulu, Bujumbura, Gitega, Mekelle
Bahir Dar, Dire Dawa, Kandahar, Herat, Mazar-i-Sharif, Jalalabad, Samarkand, Bukhara, Shymkent
Osh, Donetsk, Luhansk, Mariupol, Zaporizhzhia, Dnipro, Lviv, Kherson, Mykolaiv, Bakhmut
Nizhny Novgorod, Samara, Rostov-on-Don|Rostov, Ufa, Krasnoyarsk, Perm, Voronezh, Volgograd
Krasnodar, Saratov, Tyumen, Irkutsk, Khabarovsk, Murmansk, Arkhangelsk, Sochi, Grozny, Belgorod
Kursk, Bryansk, Pskov, Gomel, Brest, Chisinau|Kishinev, Tiraspol, Sukhumi, Batumi, Kutaisi, Gyumri
Ganja, Stepanakert|Khankendi, Skopje, Podgorica, Tirana, Ljubljana, Bratislava, Kosice|Košice
Brno, Ostrava, Krakow|Kraków|Cracow, Gdansk|Gdańsk, Wroclaw|Wrocław, Poznan|Poznań, Lodz|Łódź
Katowice, Szczecin, Lublin, Debrecen, Cluj-Napoca|Cluj, Timisoara|Timișoara, Iasi|Iași
Constanta|Constanța, Varna, Plovdiv, Thessaloniki, Piraeus, Nicosia, Limassol, Valletta, Split
Dubrovnik, Novi Sad, Kaunas, Tartu, Turku, Tampere, Gothenburg|Göteborg, Malmö|Malmo, Uppsala
Bergen, Trondheim, Stavanger, Aarhus, Odense, Rotterdam, Utrecht, Eindhoven, The Hague
Antwerp|Antwerpen|Anvers, Ghent|Gent|Gand, Bruges|Brugge, Liège|Liege, Leuven|Louvain, Charleroi
Basel|Bâle, Lucerne|Luzern, Lugano, Innsbruck, Graz, Linz, Klagenfurt, Essen, Dortmund, Duisburg
Bochum, Mannheim, Karlsruhe, Heidelberg, Freiburg, Augsburg, Regensburg, Würzburg, Kiel, Lübeck
Rostock, Magdeburg, Erfurt, Jena, Chemnitz, Halle, Potsdam, Mainz, Wiesbaden, Saarbrücken, Münster
Bielefeld, Aachen, Kassel, Zwickau, Nantes, Rennes, Montpellier, Grenoble, Rouen, Le Havre, Dijon
Reims, Metz, Avignon, Calais, Dunkirk|Dunkerque, Cannes, Ajaccio, Monaco|Monte Carlo, Turin|Torino
Genoa|Genova, Bologna, Venice|Venezia, Verona, Palermo, Catania, Bari, Trieste, Padua|Padova, Pisa
Seville|Sevilla, Valencia, Bilbao, Malaga|Málaga, Zaragoza, Granada, Palma
San Sebastián|San Sebastian, Porto|Oporto, Coimbra, Faro, Cork, Galway, Limerick
Derry|Londonderry, Aberdeen, Dundee, Inverness, Swansea, Newport, Leeds, Sheffield, Bristol
Newcastle, Nottingham, Leicester, Coventry, Bradford, Southampton, Portsmouth, Plymouth, Brighton
Norwich, Hull, Stoke-on-Trent, Wolverhampton, Sunderland, Middlesbrough, Exeter, York, Bath
Canterbury, Dover, Felixstowe, Wakefield, Huddersfield, Salford, Blackpool, Milton Keynes
Peterborough, Ipswich, Gloucester, Quebec City, Calgary, Edmonton, Winnipeg, Halifax, Saskatoon
San Diego, San Jose, San Antonio, Fort Worth, Jacksonville, Indianapolis, Denver, Nashville
Memphis, Louisville, Baltimore, Milwaukee, Albuquerque, Tucson, Fresno, Sacramento, Kansas City
Omaha, Minneapolis, Saint Paul|St. Paul, St. Louis|Saint Louis, Cleveland, Cincinnati, Pittsburgh
Tampa, Oakland, Newark, Portland, Salt Lake City, Honolulu, Anchorage, Buffalo, New Haven
Hartford, Albany, Birmingham, El Paso, Oklahoma City, Tulsa, Des Moines, Little Rock, Boise
Santa Fe, Guadalajara, Monterrey, Puebla, Tijuana, Ciudad Juárez|Ciudad Juarez, Cancún|Cancun
Guatemala City, San Salvador, Tegucigalpa, Managua, San José, Panama City, Santo Domingo
Port-au-Prince, San Juan, Kingston, Medellín|Medellin, Cali, Barranquilla, Cartagena, Maracaibo
Guayaquil, Cuenca, Arequipa, Cusco|Cuzco, Sucre, Santa Cruz, Cochabamba, Asunción|Asuncion
Córdoba|Cordoba, Rosario, Mendoza, Valparaíso|Valparaiso, Fortaleza, Belo Horizonte, Manaus
Curitiba, Recife, Porto Alegre, Goiânia|Goiania, Paramaribo, Georgetown, Cayenne, Adelaide
Gold Coast, Hobart, Christchurch, Port Moresby, Suva, Nouméa|Noumea`;

// Well-known companies, political parties and international organisations whose names carry no
// legal suffix or head noun, so no rule can type them ("Barclays", "Siemens", "Labour"). Curated by
// hand from the Fortune Global 500 and the FTSE 100, DAX, CAC 40 and similar indices, the main parties
// of large democracies and the main international bodies. Comma-separated, variants after "|". Names
// that are everyday words (Apple, Shell, Next, Target, Total, Orange, Visa, Unite) are left out:
// capitalised at a sentence start they would be wrong more often than right.

/** Companies: "Canonical|variant…", comma-separated. */
export const companyLines = `Amazon.com, Alphabet, Google, Microsoft, Nvidia, Intel, IBM, Cisco, Qualcomm, Broadcom
Samsung, Sony, Panasonic, Toshiba, Hitachi, Fujitsu, Nintendo, Huawei, Xiaomi, Lenovo, Tencent, Alibaba
Baidu, ByteDance, TikTok, Foxconn, TSMC, Infosys, Wipro, Tata, Facebook, Instagram, WhatsApp
Netflix, Spotify, Uber, Airbnb, PayPal, eBay, Tesla, OpenAI, Anthropic, Salesforce, Adobe, SAP, Siemens
Bosch, BASF, Bayer, Allianz, Volkswagen|VW, BMW, Daimler, Mercedes-Benz, Porsche, Audi, Lufthansa
Adidas, Henkel, Infineon, Rheinmetall, Thyssenkrupp|ThyssenKrupp, Commerzbank
Deutsche Bank, Deutsche Telekom, Deutsche Post, DHL, Airbus, Renault, Peugeot, Stellantis, Michelin
TotalEnergies, LVMH, Kering, Hermès|Hermes, Danone, L'Oréal|L'Oreal, Sanofi, Carrefour, Safran
Thales, Dassault, Alstom, EDF, Engie, BNP Paribas, Société Générale|Societe Generale, AXA, Capgemini
Unilever, HSBC, Barclays, Lloyds, NatWest, Standard Chartered, Santander, BBVA, UBS, Credit Suisse
ING, ABN Amro, Rabobank, Nordea, BP, Rio Tinto, Glencore, Anglo American, BHP, AstraZeneca, GSK
GlaxoSmithKline, Diageo, Tesco, Sainsbury's, Vodafone, BT, Rolls-Royce, BAE Systems, Aviva, Prudential
Legal & General, Reckitt, Burberry, Capita, Serco, Ocado, Centrica, Heineken, Carlsberg, AB InBev
Nestlé|Nestle, Novartis, Roche, Zurich Insurance, Swiss Re, ABB, Ericsson, Nokia, Volvo, Saab, IKEA
H&M, Maersk, Novo Nordisk, Equinor, Philips, Shell plc, ArcelorMittal, Gazprom, Rosneft, Lukoil
Sberbank, Aeroflot, Saudi Aramco|Aramco, Toyota, Honda, Nissan, Mitsubishi, Hyundai, Kia, LG, SoftBank
Boeing, Lockheed Martin, Raytheon, Northrop Grumman, General Dynamics, ExxonMobil|Exxon, Chevron
ConocoPhillips, Walmart, Costco, McDonald's, Starbucks, Coca-Cola, PepsiCo, Nike, Disney, Pfizer
Moderna, Johnson & Johnson, Merck, AbbVie, Procter & Gamble, JPMorgan|JPMorgan Chase, Goldman Sachs
Morgan Stanley, Citigroup|Citi, Wells Fargo, BlackRock, Berkshire Hathaway, FedEx, UPS, Verizon
AT&T, Comcast, Deloitte, PwC|PricewaterhouseCoopers, KPMG, EY|Ernst & Young, McKinsey
Accenture, Gartner, Ryanair, easyJet, Qatar Airways, Air France, KLM, Iberia Airlines
Reuters, Moody's, Fitch, Maersk Line, CATL, BYD, Geely, Sinopec, PetroChina, CNOOC`;

/** Political parties of large democracies: "Canonical|variant…", comma-separated. */
export const partyLines = `Labour|Labour Party, Conservatives|Conservative Party|Tories, Liberal Democrats|Lib Dems
Scottish National Party|SNP, Plaid Cymru, Reform UK, Sinn Féin|Sinn Fein, Democratic Unionist Party|DUP
Democrats|Democratic Party, Republicans|Republican Party|GOP, CDU, CSU, SPD, FDP, AfD
Alternative for Germany|Alternative für Deutschland, Greens, Die Linke, Bündnis 90/Die Grünen
National Rally|Rassemblement National, Les Républicains, La France Insoumise
Fidesz, Law and Justice|PiS, Civic Platform, Likud, Fratelli d'Italia|Brothers of Italy, Lega
Forza Italia, Five Star Movement, PSOE, Partido Popular, Podemos, Syriza, New Democracy
Bharatiya Janata Party|BJP, Indian National Congress, Liberal Democratic Party, ANC|African National Congress
Workers' Party, Kuomintang|KMT, Democratic Progressive Party|DPP, United Russia|Единая Россия`;

/** International organisations: "Canonical|variant…", comma-separated. */
export const internationalBodyLines = `OSCE|Organization for Security and Co-operation in Europe, WTO|World Trade Organization
OPEC, OECD, G7, G20, ASEAN, African Union, Arab League, BRICS, Mercosur, Interpol, Europol, Frontex
UNESCO, UNHCR, UNDP, UNEP, World Food Programme|WFP, International Atomic Energy Agency|IAEA
International Criminal Court|ICC, International Court of Justice|ICJ, European Central Bank|ECB
European Parliament, Council of Europe, European Court of Human Rights, Médecins Sans Frontières|MSF
Doctors Without Borders, Transparency International, Wikimedia, Wikipedia, Commonwealth
World Economic Forum, Gulf Cooperation Council, Shanghai Cooperation Organisation, Eurostat`;

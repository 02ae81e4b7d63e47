// Round 48: month and weekday names that a language writes with a capital, of the languages whose
// calendars entities/stopwords.ts does not list. Capitalised inside a sentence, they were read as rare
// names: Maltese "Ġunju" (June) was the only entity two Maltese reports on two village churches shared
// (held-out-43), Hausa "Laraba" (Wednesday) kept a Hausa trap beside a Hausa report (round 46), and
// Maltese "it-Tlieta" (Tuesday) is a name-shaped word once its glued article is cut (capitalised-names.ts).
// Left out as names or places elsewhere: Mayo (County Mayo), Mei (a surname), Pazar (a Turkish town), Kasım and Nisan (given names).

const calendars = [
  // Maltese
  `jannar frar marzu mejju ġunju lulju awwissu settembru ottubru novembru diċembru
  tnejn tlieta erbgħa ħamis ġimgħa sibt ħadd`,
  // Hausa
  `janairu fabrairu maris afrilu mayu yuni yuli agusta satumba oktoba nuwamba disamba
  lahadi litinin talata laraba alhamis asabar`,
  // Swahili
  `januari februari machi aprili julai agosti septemba novemba desemba
  jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili`,
  // Indonesian and Malay
  `maret agustus desember senin selasa rabu kamis jumat sabtu minggu`,
  // Tagalog
  `enero pebrero marso abril hunyo hulyo agosto setyembre oktubre nobyembre disyembre
  lunes martes miyerkules huwebes biyernes sabado linggo`,
  // Welsh and Irish
  `ionawr chwefror ebrill mehefin gorffennaf tachwedd rhagfyr mercher gwener sadwrn
  eanáir feabhra márta aibreán bealtaine meitheamh iúil lúnasa luain máirt céadaoin déardaoin
  aoine satharn domhnach`,
  // isiZulu and isiXhosa (round 51), as read without their prefix (uMgqibelo, ngoMsombuluko: capitalised-names.ts)
  `januwari febhuwari mashi ephreli meyi juni julayi agasti septhemba okthoba novemba disemba
  msombuluko lwesibili lwesithathu lwesine lwesihlanu mgqibelo sonto mvulo lwesibini cawa`,
  // Turkish and Azerbaijani
  `ocak şubat mayıs haziran temmuz ağustos eylül ekim aralık pazartesi salı çarşamba
  perşembe cuma cumartesi yanvar fevral aprel iyun iyul avqust sentyabr oktyabr noyabr dekabr`,
  // Round 59b (the lead, after the blind run of held-out-62 and -63): more languages that write their
  // months and weekdays with a capital, as English does. Tongan "Mōnite, Tūsite" (Monday, Tuesday)
  // were two of the three names a Tongan report shared with the Tongan trap (0.49). Left out: Kirundi
  // Kigarama and Malagasy Jona (a place, a given name), Māori Mane (Mané), Wolof Ut (too short).
  // Tongan
  `sānuali fēpueli maʻasi ʻepeleli sune siulai ʻaokosi sepitema ʻokatopa nōvema tīsema
  mōnite tūsite pulelulu tuʻapulelulu falaite tokonaki sāpate`,
  // Samoan
  `ianuari fepuari aperila iuni aukuso setema oketopa novema tesema
  gafua tofi faraile toʻonaʻi toonai`,
  // Hawaiian
  `ianuali pepeluali malaki ʻapelila iune ʻaukake kepakemapa ʻokakopa nowemapa kekemapa
  pōʻakahi pōʻalua pōʻakolu pōʻahā pōʻalima pōʻaono lāpule`,
  // Māori
  `hānuere pēpuere māehe āperira hune hūrae ākuhata hepetema noema tīhema
  rāhina rātū rāapa rāpare rāmere rāhoroi rātapu tūrei wenerei tāite paraire hātarei`,
  // Fijian
  `janueri feperueri epereli okosita seviteba okotova noveba tiseba
  moniti tusiti vukelulu lotulevu vakaraubuka vakarauwai sigatabu`,
  // Malagasy
  `janoary febroary martsa aprily jolay aogositra septambra oktobra novambra desambra
  alatsinainy talata alarobia alakamisy zoma asabotsy alahady`,
  // Somali
  `janaayo febraayo maarso abriil maajo luuliyo agoosto sebtember oktoobar nofeember diseember
  isniin talaado arbaco khamiis jimco sabti axad`,
  // Kinyarwanda and Kirundi
  `mutarama gashyantare werurwe gicurasi kamena nyakanga kanama nzeri ukwakira ugushyingo ukuboza
  nzero ruhuhuma ntwarante ndamukiza rusama ruheshi mukakaro myandagaro gitugutu munyonyo`,
  // Luganda
  `janwali febwali marisi apuli maayi juuni julaayi agusito sebuttemba okitobba
  bbalaza lwakubiri lwakusatu lwakuna lwakutaano lwamukaaga ssabbiiti`,
  // Shona ("China", Thursday, is left: the country)
  `ndira kukadzi kurume kubvumbi chivabvu chikumi chikunguru nyamavhuvhu gunyana gumiguru mbudzi zvita
  muvhuro chipiri chitatu chishanu mugovera svondo`,
  // Yoruba (Igbo is left: its "Mọnde" is French "Monde" without marks, as in Le Monde)
  `ṣẹ́rẹ́ èrèlè ẹrẹ̀nà ìgbé ẹ̀bibi òkúdu agẹmọ ọ̀wẹ̀wẹ̀ ọ̀wàrà bélú ọ̀pẹ̀
  ajé ìṣẹ́gun ọjọ́rú ọjọ́bọ ẹtì àbámẹ́ta àìkú`,
  // Kurmanji Kurdish ("Nîsan", April, is left: a given name)
  `çile sibat hezîran tîrmeh tebax îlon cotmeh mijdar kanûn
  duşem sêşem çarşem pêncşem şemî yekşem`,
  // Wolof
  `samwiye fewriye awril suwe sulet septàmbar oktoobar nowàmbar desàmbar
  altine talaata àllarba alxamis àjjuma gaawu dibéer`,
  // Scottish Gaelic
  `faoilleach gearran màrt giblean cèitean ògmhios iuchar lùnastal sultain dàmhair samhain dùbhlachd
  diluain dimàirt diciadain diardaoin dihaoine disathairne didòmhnaich`,
];

const withoutMarks = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '');

const names = calendars.flatMap((list) => list.split(/\s+/u)).filter((word) => word !== '');

/** Lower-cased month and weekday names (with and without their marks): never a name. */
export const calendarNames: ReadonlySet<string> = new Set([...names, ...names.map(withoutMarks)]);

/** Whether a lower-cased word is a month or weekday of one of the languages above. */
export const isCalendarName = (lower: string): boolean =>
  calendarNames.has(lower) || calendarNames.has(withoutMarks(lower));

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
];

const withoutMarks = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '');

const names = calendars.flatMap((list) => list.split(/\s+/u)).filter((word) => word !== '');

/** Lower-cased month and weekday names (with and without their marks): never a name. */
export const calendarNames: ReadonlySet<string> = new Set([...names, ...names.map(withoutMarks)]);

/** Whether a lower-cased word is a month or weekday of one of the languages above. */
export const isCalendarName = (lower: string): boolean =>
  calendarNames.has(lower) || calendarNames.has(withoutMarks(lower));

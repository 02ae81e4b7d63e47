// Capitalised words that are not names: sentence-initial function words, months and weekdays,
// and (for German, which capitalises every noun) nothing is a name unless a rule says so.

const english = `the a an in on at by of for to from with without and or but nor so yet if when while after
before since until as because although though this that these those there here it its he she they we
you i his her their our my your one some many most more much few several all both each every any no
not yes under over across outside inside between among against during despite meanwhile however also
according earlier later last next first then now today yesterday tomorrow what which who whom whose
where why how speaking asked asked told said says mr mrs ms only even still just instead other others
another such same those`;

const months = `january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
sunday mon tue wed thu fri sat sun easter christmas`;

const russian = `в во на по с со к ко о об от до из за для при под над и а но или что как это этот эта эти
он она они мы вы я его её их наш ваш по-прежнему также однако кроме после перед между когда где
январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
понедельник вторник среда четверг пятница суббота воскресенье жители аналитики эксперты следующая
окончательные строительство переговоры министр`;

const german = `der die das den dem des ein eine einer eines einem einen und oder aber auch in im am an auf
aus bei mit nach von vor zu zum zur über unter für gegen ohne um bis seit es er sie wir ihr ich man
dieser diese dieses jeder jede jedes kein keine ob wie wenn als dass so nur noch schon januar februar
märz april mai juni juli august september oktober november dezember montag dienstag mittwoch
donnerstag freitag samstag sonntag ostern weihnachten`;

const french = `le la les l un une des du de d au aux et ou mais donc or ni car en dans sur sous par pour
avec sans chez vers entre selon depuis pendant il elle ils elles nous vous je on ce cette ces son sa
ses leur leurs notre votre du côté plusieurs d'autres autres à lors janvier février mars avril mai
juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi
dimanche`;

/** Lower-cased words never suggested as (the start of) a name, in every supported language. */
export const stopwords: ReadonlySet<string> = new Set(
  [english, months, russian, german, french].flatMap((list) => list.split(/\s+/)).filter(Boolean),
);

/** Lower-cased month, weekday and holiday names: not names even in the middle of a sentence. */
export const calendarWords: ReadonlySet<string> = new Set(months.split(/\s+/).filter(Boolean));

/** Lower-case words allowed inside a name ("Luiz Inácio Lula da Silva", "Palais des Nations"). */
export const nameConnectors: ReadonlySet<string> = new Set(
  `bin ibn al da de del della di do dos du van von der den des la le y upon`.split(' '),
);

/** Lower-case words allowed inside an institution's name ("Bank of England", "Institut für …"). */
export const organisationConnectors: ReadonlySet<string> = new Set(
  `of the for de des du la le der die für von`.split(' '),
);

/** Gazetteer places that are also common words, so not trusted at the start of a sentence. */
export const ambiguousPlaces: ReadonlySet<string> = new Set(
  `nice chad jordan turkey china georgia guinea victoria phoenix reading split`.split(' '),
);

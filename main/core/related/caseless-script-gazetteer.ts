import { lookUpPlace } from '../entities/gazetteer.ts';

// Hebrew, Arabic and Korean name the world's countries, major cities and regions in words of their own
// (ירושלים, القاهرة, 미국), not spellings of the English name, so no romanisation meets them: they are
// listed here, canonical gazetteer name first, Hebrew, Arabic, then Korean (Korean cities whose Revised
// Romanization is their English name, such as 부산 Busan, need no line: hangul-romanisation.ts). Words
// that are also common words of the language are left out (Hebrew חלב "milk" for Aleppo, Korean 파리
// "fly" for Paris), as are spellings two places share (Arabic عمان, Oman and Amman without its shadda).
// Round 43: the Persian and Urdu spellings of the region's countries and cities (کراچی Karachi, لاہور
// Lahore, کابل Kabul, اصفهان Isfahan), with their Arabic ones, in lines of their own below. Round 57: the
// Dhivehi (Thaana) names of the Maldives and its capital, last.

const lines = `Israel|ישראל|إسرائيل|이스라엘
Palestine|פלסטין|فلسطين|팔레스타인
Egypt|מצרים|مصر|이집트
Jordan|ירדן|الأردن|요르단
Lebanon|לבנון|لبنان|레바논
Syria|סוריה|سوريا|سورية|시리아
Iraq|עיראק|العراق|이라크
Iran|איראן|إيران|이란
Saudi Arabia|ערב הסעודית|السعودية|사우디아라비아
United Arab Emirates|איחוד האמירויות|الإمارات|아랍에미리트
Qatar|קטר|قطر|카타르
Kuwait|כווית|الكويت|쿠웨이트
Bahrain|בחריין|البحرين|바레인
Oman|עומאן
Yemen|תימן|اليمن|예멘
Tunisia|תוניסיה|تونس|튀니지
Algeria|אלג'יריה|الجزائر|알제리
Morocco|מרוקו|المغرب|모로코
Libya|לוב|ليبيا|리비아
Sudan|סודאן|السودان
Turkey|טורקיה|تركيا|튀르키예|터키
United States|ארצות הברית|ארה"ב|الولايات المتحدة|أمريكا|미국
United Kingdom|בריטניה|بريطانيا|المملكة المتحدة|영국
France|צרפת|فرنسا|프랑스
Germany|גרמניה|ألمانيا|독일
Italy|איטליה|إيطاليا|이탈리아
Spain|ספרד|إسبانيا|스페인
Greece|יוון|اليونان|그리스
Cyprus|קפריסין|قبرص|키프로스
Russia|רוסיה|روسيا|러시아
Ukraine|אוקראינה|أوكرانيا|우크라이나
China|סין|الصين|중국
Japan|יפן|اليابان|일본
South Korea|דרום קוריאה|كوريا الجنوبية|한국|대한민국
North Korea|צפון קוריאה|كوريا الشمالية|북한
India|الهند
Pakistan|פקיסטן|باكستان|파키스탄
Afghanistan|אפגניסטן|أفغانستان|아프가니스탄
Europe|אירופה|أوروبا|유럽
Africa|אפריקה|أفريقيا|아프리카
Asia|אסיה|آسيا|아시아
Middle East|המזרח התיכון|الشرق الأوسط|중동
Jerusalem|ירושלים|القدس|예루살렘
Tel Aviv|תל אביב|تل أبيب|텔아비브
Haifa|חיפה|حيفا|하이파
Gaza|עזה|غزة
West Bank|הגדה המערבית|الضفة الغربية|요르단강 서안
Ramallah|רמאללה|رام الله|라말라
Hebron|חברון|الخليل|헤브론
Cairo|קהיר|القاهرة|카이로
Alexandria|אלכסנדריה|الإسكندرية|알렉산드리아
Amman|עמאן|암만
Beirut|ביירות|بيروت|베이루트
Damascus|דמשק|دمشق|다마스쿠스
Aleppo|حلب|알레포
Baghdad|בגדאד|بغداد|바그다드
Basra|בצרה|البصرة|바스라
Mosul|מוסול|الموصل|모술
Riyadh|ריאד|الرياض|리야드
Jeddah|ג'דה|جدة|제다
Mecca|مكة|메카
Dubai|דובאי|دبي|두바이
Abu Dhabi|אבו דאבי|أبو ظبي|아부다비
Doha|דוחא|الدوحة|도하
Muscat|מוסקט|مسقط|무스카트
Sanaa|צנעא|صنعاء
Tunis|תוניס|تونس العاصمة|튀니스
Sfax|ספאקס|صفاقس|스팍스
Algiers|אלג'יר|الجزائر العاصمة|알제
Rabat|רבאט|الرباط|라바트
Casablanca|קזבלנקה|الدار البيضاء|카사블랑카
Marrakesh|מרקש|مراكش|마라케시
Tripoli|טריפולי|طرابلس|트리폴리
Benghazi|בנגאזי|بنغازي|벵가지
Khartoum|חרטום|الخرطوم|하르툼
Istanbul|איסטנבול|إسطنبول|이스탄불
Ankara|אנקרה|أنقرة|앙카라
Tehran|טהרן|طهران|테헤란
Paris|פריז|باريس
London|לונדון|لندن|런던
Washington|וושינגטון|واشنطن|워싱턴
New York|ניו יורק|نيويورك|뉴욕
Moscow|מוסקבה|موسكو|모스크바
Beijing|בייג'ינג|بكين|베이징
Tokyo|טוקיו|طوكيو|도쿄
Seoul|סיאול|سيول|서울
Pyongyang|פיונגיאנג|بيونغ يانغ|평양
Dead Sea|ים המלח|البحر الميت|사해
Red Sea|ים סוף|البحر الأحمر|홍해
Mediterranean|הים התיכון|البحر الأبيض المتوسط|البحر المتوسط|지중해
Sinai|سيناء|시나이
Negev|הנגב|נגב|النقب|네게브
Galilee|הגליל|الجليل|갈릴리
Golan Heights|רמת הגולן|هضبة الجولان|골란고원
Sahara|סהרה|الصحراء الكبرى|사하라
Persian Gulf|המפרץ הפרסי|الخليج العربي|الخليج الفارسي|페르시아만
Nile|הנילוס|נילוס|النيل|나일강
Jordan River|נהר הירדן|نهر الأردن|요르단강
Pakistan|پاکستان
Afghanistan|افغانستان
India|بھارت|ہندوستان
Tehran|تهران
Karachi|كراتشي|کراچی
Lahore|لاهور|لاہور
Islamabad|إسلام آباد|اسلام آباد
Rawalpindi|راولبندي|راولپنڈی
Peshawar|بيشاور|پشاور
Quetta|كويتا|کوئٹہ
Multan|ملتان
Faisalabad|فيصل آباد|فیصل آباد
Hyderabad|حيدر آباد|حیدرآباد|حیدر آباد
Sindh|سندھ
Punjab|البنجاب|پنجاب
Baluchistan|بلوشستان|بلوچستان
Kabul|كابول|کابل
Kandahar|قندهار
Herat|هرات
Delhi|دلهي|دہلی
Mumbai|مومباي|ممبئی
Bangladesh|بنغلاديش|بنگلہ دیش
Dhaka|دكا|ڈھاکہ
Isfahan|أصفهان|اصفهان
Shiraz|شيراز
Tabriz|تبريز
Malé|މާލެ
Maldives|ދިވެހިރާއްޖެ|މޯލްޑިވްސް`;

/** Persian and Urdu kaf, yeh and heh as Arabic writes them (one pass for all). */
const arabicOf: Readonly<Record<string, string>> = {
  '\u06a9': '\u0643',
  '\u06cc': '\u064a',
  '\u06d2': '\u064a',
  '\u06d3': '\u064a',
  '\u06c1': '\u0647',
  '\u06c2': '\u0647',
  '\u06c3': '\u0647',
  '\u06be': '\u0647',
  '\u06d5': '\u0647',
};
const persianLetter = /[\u06a9\u06cc\u06d2\u06d3\u06c1\u06c2\u06c3\u06be\u06d5]/gu;

/**
 * Round 57: Dhivehi lengthens a name's last vowel before a case ending (މާލެ Malé, މާލޭގެ "of Malé"), so
 * Thaana's long vowel signs are read as the short ones (each is the short one's code point plus one).
 */
function shortThaanaVowels(name: string): string {
  return name.replace(/[\u07a7\u07a9\u07ab\u07ad\u07af]/gu, (sign) =>
    String.fromCodePoint((sign.codePointAt(0) ?? 0) - 1),
  );
}

/**
 * Letters written in more than one way: Arabic hamza seats and madda (أ إ آ ٱ are all read ا), final
 * ى and ة, Persian and Urdu kaf, yeh and heh, diacritics (harakat, Hebrew niqqud), tatweel, Thaana's long
 * vowels. A name is compared with these folded.
 */
export function foldCaseless(name: string): string {
  // Round 43: Persian and Urdu write their own kaf, yeh and heh (ک ی ے ہ ھ ۃ) where Arabic writes ك ي ه:
  // کابل is كابل, ایران is إيران.
  return shortThaanaVowels(
    name
      .normalize('NFC')
      .replace(/[\u0591-\u05c7\u064b-\u065f\u0670\u0640]/gu, '')
      .replace(/[أإآٱ]/gu, 'ا')
      .replace(/ى/gu, 'ي')
      .replace(/ة/gu, 'ه')
      .replace(persianLetter, (letter) => arabicOf[letter] ?? letter),
  )
    .replace(/[״"]/gu, '"')
    .replace(/\s+/gu, ' ')
    .trim();
}

const index = new Map<string, string>();
for (const line of lines.split('\n')) {
  const [canonical, ...variants] = line.split('|');
  if (canonical === undefined || lookUpPlace(canonical) === undefined) continue;
  for (const variant of variants) {
    const key = foldCaseless(variant);
    if (!index.has(key)) index.set(key, canonical);
  }
}

/** The canonical gazetteer name of a place named in Hebrew, Arabic or Korean words, or undefined. */
export function lookUpCaseless(name: string): string | undefined {
  return index.get(foldCaseless(name));
}

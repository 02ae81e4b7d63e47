import { lookUpPlace } from '../entities/gazetteer.ts';

// Round 40: Georgian and Japanese name countries, cities and regions in words of their own
// (საქართველო Georgia, 釧路 Kushiro), and Japanese writes without spaces and capitals, so no reader
// found a place in an article in it and its English report never met it on the place. Major countries,
// cities, regions and prefectures are listed, canonical English name first (the gazetteer's when it has
// one; otherwise the name English reports use, keyed as a name: entity-key.ts), then the names in
// Georgian and Japanese. Georgian names whose romanisation is the English name (თბილისი Tbilisi) need
// no line (georgian-script.ts). Names that are common words too are left out (中国 is also the Chūgoku
// region). Hindi (Devanagari) and Thai names were tried in round 40 and left out: on the fixture sets
// they added a same-place trap for each true pair they found (two Thai reports on one island, two Hindi
// reports from one city); see docs/benchmarks.md.
// Round 44: Chinese (Simplified) names of China's major cities, provinces and rivers and of the
// countries Chinese reports name most, so that 西安 meets the Xi'an of an English report. Chinese too
// is unspaced and found as strings, so names that are often the inside of other words are left out
// (成都 in 完成都, 台北 in 平台北侧, 河南/湖北 and the other compass-point provinces in 运河南岸, 洞庭湖北部),
// and a province is listed before a city its name runs into (陕西 before 西安: 陕西安康). 中国 stays out
// (see above), and so do historical names that are districts now (长安).
// Round 52: Burmese (Myanmar script) writes no space between the words of a phrase and has no capitals,
// so its places are found as strings too: the country, its largest cities, Shan State, the Irrawaddy
// and its best-known lakes and sites, and the neighbours Burmese reports name most. Names that are also
// plain words are left out (တောင်ကြီး Taunggyi is "big hill", ထိုင်း Thailand is inside ထိုင်းမှိုင်း).

const lines = `Georgia|საქართველო
Russia|რუსეთი|ロシア
Turkey|თურქეთი|トルコ
Armenia|სომხეთი|アルメニア
Azerbaijan|აზერბაიჯანი|アゼルバイジャン
Ukraine|უკრაინა|ウクライナ
Germany|გერმანია|ドイツ
France|საფრანგეთი|フランス
United Kingdom|დიდი ბრიტანეთი|イギリス|英国
United States|აშშ|アメリカ|米国
Europe|ევროპა|ヨーロッパ|欧州
Caucasus|კავკასია|コーカサス
India|ინდოეთი|インド
Pakistan|パキスタン
Nepal|ネパール
Bangladesh|バングラデシュ
China|ჩინეთი|中華人民共和国
Japan|იაპონია|日本
South Korea|韓国
Taiwan|台湾
Thailand|タイ王国
Malaysia|マレーシア
Myanmar|ミャンマー
Cambodia|カンボジア
Vietnam|ベトナム
Indonesia|インドネシア
Australia|ავსტრალია|オーストラリア
Tbilisi|თბილისი
Batumi|ბათუმი
Kutaisi|ქუთაისი
Himalayas|ヒマラヤ
Tokyo|東京
Osaka|大阪
Kyoto|京都
Yokohama|横浜
Nagoya|名古屋
Kobe|神戸
Hiroshima|広島
Fukuoka|福岡
Sendai|仙台
Sapporo|札幌
Hokkaido|北海道
Kushiro|釧路
Hakodate|函館
Asahikawa|旭川
Obihiro|帯広
Nemuro|根室
Aomori|青森
Fukushima|福島
Niigata|新潟
Kanazawa|金沢
Nagasaki|長崎
Kumamoto|熊本
Kagoshima|鹿児島
Okinawa|沖縄
Naha|那覇
Bangkok|バンコク
Phuket|プーケット
Chiang Mai|チェンマイ
Pattaya|パタヤ
Andaman Sea|アンダマン海
Mekong|メコン
Shaanxi|陕西省|陕西
Xi'an|西安
Beijing|北京
Shanghai|上海
Guangzhou|广州
Shenzhen|深圳
Tianjin|天津
Chongqing|重庆
Wuhan|武汉
Nanjing|南京
Hangzhou|杭州
Shenyang|沈阳
Harbin|哈尔滨
Dalian|大连
Qingdao|青岛
Xiamen|厦门
Suzhou|苏州
Kunming|昆明
Changsha|长沙
Zhengzhou|郑州
Lanzhou|兰州
Urumqi|乌鲁木齐
Hong Kong|香港
Macau|澳门
Sichuan|四川
Yunnan|云南
Xinjiang|新疆
Tibet|西藏
Gansu|甘肃
Zhejiang|浙江
Jiangsu|江苏
Fujian|福建
Guangdong|广东
Inner Mongolia|内蒙古
Qinghai|青海
Yangtze|长江
Yellow River|黄河
Mongolia|蒙古国
Kazakhstan|哈萨克斯坦
Russia|俄罗斯
United States|美国
South Korea|韩国
Indonesia|印度尼西亚
India|印度
Vietnam|越南
Thailand|泰国
Pakistan|巴基斯坦
Australia|澳大利亚
Italy|意大利
Spain|西班牙
Myanmar|မြန်မာနိုင်ငံ|မြန်မာ
Yangon|ရန်ကုန်
Mandalay|မန္တလေး
Naypyidaw|နေပြည်တော်
Bagan|ပုဂံ
Shan State|ရှမ်းပြည်နယ်
Inle Lake|အင်းလေးကန်|အင်းလေး
Irrawaddy|ဧရာဝတီ
China|တရုတ်
India|အိန္ဒိယ
Bangkok|ဘန်ကောက်`;

/** Each name as written in Georgian, Japanese, Chinese or Burmese with its canonical English name. */
export const asianScriptNames: ReadonlyMap<string, string> = new Map(
  lines.split('\n').flatMap((line) => {
    const [canonical = '', ...variants] = line.split('|');
    const name = lookUpPlace(canonical) ?? canonical;
    return variants.map((variant) => [variant.normalize('NFC'), name] as const);
  }),
);

/** A letter of a script written without spaces between words (round 52: Burmese too); most texts have none. */
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Myanmar}]/u;

/** The listed names written in Japanese, Chinese or Burmese, longest first: none puts a space between words. */
const unspacedNames = [...asianScriptNames.keys()]
  .filter((name) => unspaced.test(name))
  .sort((a, b) => b.length - a.length);

/**
 * The places a Japanese, Chinese or Burmese text names, found as strings (no spaces mark its words), each as
 * written with its canonical name: "釧路市で" → 釧路 → Kushiro. A longer name is taken before a name
 * inside it, and a name is read once where it overlaps another.
 */
export function unspacedScriptPlaces(text: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!unspaced.test(text)) return found;
  let rest = text.normalize('NFC');
  for (const name of unspacedNames) {
    if (!rest.includes(name)) continue;
    found.set(name, asianScriptNames.get(name) ?? name);
    rest = rest.split(name).join('\u0000');
  }
  return found;
}

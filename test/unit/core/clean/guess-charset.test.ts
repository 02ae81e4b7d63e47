import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../../main/core/clean/decode-html.ts';
import { guessCharset } from '../../../../main/core/clean/guess-charset.ts';
import { encodeAs } from './encode-charset.ts';

const russian = 'Москва одобрила продление соглашения о сотрудничестве с США в космосе до конца 2030 года.';
const arabic =
  'وافق المجلس البلدي في مدينة الواحة يوم الخميس على خطة لترميم الجسر القديم فوق النهر، بعد أن ظل مغلقا أمام الشاحنات منذ الخريف الماضي.';
const polish =
  'Rada miejska w czwartek zatwierdziła plan remontu starego mostu nad rzeką. Mieszkańcy obawiają się hałasu, ale większość poparła projekt.';
const japanese = '東京の天気は明日から晴れるでしょう。今年の桜はとても早く咲きました。';
const samples: readonly (readonly [string, string])[] = [
  ['windows-1251', russian],
  ['koi8-r', russian],
  ['shift_jis', japanese],
  ['euc-jp', japanese],
  ['gb18030', '我们今天在北京开会，讨论了中国和世界的经济发展问题。'],
  ['euc-kr', '오늘 서울의 날씨는 맑고 따뜻합니다. 우리는 공원에 가서 산책을 했습니다.'],
  ['windows-1253', 'Η Ελλάδα είναι μια χώρα στη νοτιοανατολική Ευρώπη με πλούσια ιστορία.'],
  ['windows-1255', 'ירושלים היא עיר הבירה של מדינת ישראל והעיר הגדולה ביותר בה.'],
  [
    'windows-1254',
    'Türkiye Cumhuriyeti güneydoğu Avrupa ve batı Asya arasında yer alır; İstanbul şehri çok büyüktür.',
  ],
  ['windows-1250', 'Příliš žluťoučký kůň úpěl ďábelské ódy. Zażółć gęślą jaźń, łódź.'],
  ['windows-1252', 'Le café était très animé ce matin, déjà à sept heures; garçons et serveuses couraient.'],
  ['windows-1256', arabic],
  ['iso-8859-6', arabic],
  ['iso-8859-2', polish],
  ['iso-8859-2', 'Příliš žluťoučký kůň úpěl ďábelské ódy a šel domů přes louku.'],
  ['iso-8859-5', russian],
];

describe('guessCharset', () => {
  for (const [charset, text] of samples) {
    it(`recognises ${charset} text from its bytes alone`, () => {
      expect(guessCharset(encodeAs(charset, `<p>${text}</p>`))).toBe(charset);
    });
  }

  it('reads ISO-8859-8 Hebrew and ISO-8859-7 Greek intact (the windows charsets share their letters)', () => {
    const hebrew = 'ירושלים היא עיר הבירה של מדינת ישראל והעיר הגדולה ביותר בה.';
    const greek = 'Η Ελλάδα είναι μια χώρα στη νοτιοανατολική Ευρώπη με πλούσια ιστορία.';
    for (const [charset, text] of [
      ['iso-8859-8', hebrew],
      ['iso-8859-7', greek],
    ] as const)
      expect(decodeHtml(encodeAs(charset, `<p>${text}</p>`)).html).toBe(`<p>${text}</p>`);
  });

  it('does not take Hebrew windows-1255 bytes for Arabic, nor Arabic bytes for Hebrew', () => {
    const hebrew = 'ירושלים היא עיר הבירה של מדינת ישראל והעיר הגדולה ביותר בה.';
    expect(guessCharset(encodeAs('windows-1255', `<p>${hebrew}</p>`))).toBe('windows-1255');
    expect(guessCharset(encodeAs('windows-1256', `<p>${arabic}</p>`))).toBe('windows-1256');
  });

  it('reads valid UTF-8 as UTF-8', () => {
    expect(guessCharset(new TextEncoder().encode(`<p>${russian}</p>`))).toBe('utf-8');
  });
});

describe('decodeHtml with a guess', () => {
  it('decodes an undeclared windows-1251 page to intact Cyrillic', () => {
    const decoded = decodeHtml(encodeAs('windows-1251', `<p>${russian}</p>`));
    expect(decoded).toEqual({ html: `<p>${russian}</p>`, charset: 'windows-1251' });
  });

  it('decodes an undeclared Shift_JIS page to intact Japanese', () => {
    const decoded = decodeHtml(encodeAs('shift_jis', `<p>${japanese}</p>`));
    expect(decoded).toEqual({ html: `<p>${japanese}</p>`, charset: 'shift_jis' });
  });

  it('overrides a declared windows-1252 that turns UTF-8 Cyrillic into "Ð" mojibake', () => {
    const bytes = new TextEncoder().encode(`<meta charset="windows-1252"><p>${russian}</p>`);
    expect(decodeHtml(bytes).charset).toBe('utf-8');
    expect(decodeHtml(bytes).html).toContain(russian);
  });

  it('overrides a declared UTF-8 that yields replacement characters for windows-1251 bytes', () => {
    const bytes = encodeAs('windows-1251', `<meta charset="utf-8"><p>${russian}</p>`);
    expect(decodeHtml(bytes).charset).toBe('windows-1251');
  });

  it('keeps a correct windows-1252 declaration for French text', () => {
    const bytes = encodeAs(
      'windows-1252',
      '<meta charset="windows-1252"><p>“Le café était déjà très animé,” dit-elle.</p>',
    );
    expect(decodeHtml(bytes)).toEqual({
      html: '<meta charset="windows-1252"><p>“Le café était déjà très animé,” dit-elle.</p>',
      charset: 'windows-1252',
    });
  });

  it('decodes an undeclared windows-1256 page to intact Arabic', () => {
    const decoded = decodeHtml(encodeAs('windows-1256', `<p dir="rtl">${arabic}</p>`));
    expect(decoded).toEqual({ html: `<p dir="rtl">${arabic}</p>`, charset: 'windows-1256' });
  });

  it('overrides a declared ISO-8859-2 over windows-1250 Czech bytes that read as control characters', () => {
    const czech = 'Příliš žluťoučký kůň úpěl ďábelské ódy; šťastný Šimon žil v Žatci.';
    const decoded = decodeHtml(encodeAs('windows-1250', `<meta charset="iso-8859-2"><p>${czech}</p>`));
    expect(decoded.charset).toBe('windows-1250');
    expect(decoded.html).toContain(czech);
  });

  it('keeps a declared charset when only a stray byte is wrong', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`<meta charset="utf-8"><p>${russian}`), 0xff]);
    expect(decodeHtml(bytes).charset).toBe('utf-8');
  });
});

import { describe, expect, it } from 'vitest';
import { addArticles, fillerTopics, relatedTestDb, suggestionsFor } from './related-test-db.ts';

// Session 10, round 29 (issue 6): the English first report and its Bulgarian follow-up share the
// mayor and the developer's manager named in full, each in its own script, the minister (read from
// capitals on both sides) and the small town; no figure and no organisation spelt alike. Their shared
// cast now backs the pair as confident: it was held under the confident line.

const english = {
  text:
    'Two bulldozers flattened the old keeper cottage beside the lighthouse at Shabla on Monday. ' +
    'Mayor Mariana Todorova said the permit was forged. The developer manager Stoyan Velikov declined to comment. ' +
    'Residents gathered at the lighthouse in protest against the demolition of the cottage. ' +
    'The Minister of Culture Lyubomir Petkov promised an inquiry into the permit.',
  entities: [
    ['Mariana Todorova', 'person'],
    ['Stoyan Velikov', 'person'],
    ['Shabla', 'place'],
  ],
  date: '2026-05-06',
  lang: 'en',
} as const;
const bulgarian = {
  text:
    'Прокуратурата разследва събарянето на къщата до фара в град Шабла. ' +
    'Кметът Мариана Тодорова заяви, че разрешението е подправено. ' +
    'Управителят Стоян Великов отказа коментар пред журналисти в понеделник. ' +
    'Министърът на културата Любомир Петков обеща проверка на разрешението.',
  date: '2026-05-09',
  lang: 'bg',
} as const;

describe('a first report and its follow-up in another script sharing the named cast', () => {
  it('are confidently related both ways', async () => {
    const { db, related } = await relatedTestDb();
    const [en, bg] = addArticles(db, related, [english, bulgarian, ...fillerTopics]);

    const fromEnglish = await suggestionsFor(related, en);
    const fromBulgarian = await suggestionsFor(related, bg);

    expect(fromEnglish[0]?.article.id).toBe(bg);
    expect(fromEnglish[0]?.score).toBeGreaterThanOrEqual(0.5);
    expect(fromBulgarian[0]?.article.id).toBe(en);
    expect(fromBulgarian[0]?.score).toBeGreaterThanOrEqual(0.5);
  });
});

import { describe, expect, it } from 'vitest';
import { caselessScriptPlaces } from '../../../../main/core/related/caseless-script-places.ts';

// Round 44 (issue 6): held-out-39's Chinese first report read as nothing against its English partners
// ("entities []"): Chinese writes without spaces or capitals, and no list held its names of places, so
// 西安 never met the Xi'an of an English report.

describe('a Chinese text', () => {
  it("names the gazetteer's Chinese cities and provinces by their English names", () => {
    const places = caselessScriptPlaces('记者从陕西省考古研究院获悉，西安地铁一处在建车站的基坑内发现古墓。');

    expect(places.get('西安')).toBe("Xi'an");
    expect(places.get('陕西省')).toBe('Shaanxi');
  });

  it('reads a province before the city its name runs into', () => {
    const places = caselessScriptPlaces('陕西安康的一处工地');

    expect([...places.values()]).toEqual(['Shaanxi']);
  });

  it('names countries the way Chinese reports write them', () => {
    const places = caselessScriptPlaces('哈萨克斯坦和印度尼西亚的代表团访问了上海。');

    expect(new Set(places.values())).toEqual(new Set(['Kazakhstan', 'Indonesia', 'Shanghai']));
  });

  it('finds no place in a city name that is the inside of other words', () => {
    expect(caselessScriptPlaces('工程已经完成都要验收，平台北侧封闭。').size).toBe(0);
  });
});

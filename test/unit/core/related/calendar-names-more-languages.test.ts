import { describe, expect, it } from 'vitest';
import { isCalendarName } from '../../../../main/core/related/calendar-names.ts';
import { capitalisedNames } from '../../../../main/core/related/capitalised-names.ts';

// Round 59b: held-out-62's Tongan report met the Tongan trap on three names, two of them weekdays
// ("Mōnite, Tūsite"), which Tongan writes with a capital as English does.

describe('month and weekday names of more languages that capitalise them', () => {
  it('are no names in Tongan, while the place is', () => {
    const tongan =
      'Naʻe pehē ʻe he kau fafine ʻo Kolonga ʻi he ʻaho Mōnite naʻe maumau ʻa e ngatu ʻe fā, pea ʻi he ʻaho Tūsite naʻa nau fakamaha ia ʻi he fale.';

    expect(capitalisedNames(tongan)).toEqual(['Kolonga']);
  });

  it('are no names in Māori, Malagasy or Somali', () => {
    const maori =
      'I kitea te waka e ngā kaihī i te ata o te Rāhina, ā, i tae mai ngā tohunga o Rotorua i te Rātū.';
    const malagasy =
      'Nilaza ny ben’ny tanàna tao Morondava ny Alatsinainy fa hotapahina ny sampana ny Zoma ho avy izao.';
    const somali =
      'Guddoomiyaha gobolka Gabiley ayaa sheegay maalinta Isniin in diyaaradaha ay bilaabi doonaan Khamiis.';

    expect(capitalisedNames(maori)).toEqual(['Rotorua']);
    expect(capitalisedNames(malagasy)).toEqual(['Morondava']);
    expect(capitalisedNames(somali)).toEqual(['Gabiley']);
  });

  it('leave the names that share a spelling: Le Monde, Sadio Mané, Jona, Kigarama', () => {
    for (const name of ['monde', 'mané', 'jona', 'kigarama', 'china'])
      expect(isCalendarName(name)).toBe(false);
    for (const day of ['mōnite', 'monite', 'rātapu', 'alakamisy', 'isniin', 'chipiri', 'diluain'])
      expect(isCalendarName(day)).toBe(true);
  });
});

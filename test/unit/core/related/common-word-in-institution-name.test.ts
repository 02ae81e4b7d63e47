import { describe, expect, it } from 'vitest';
import { capitalisedNames } from '../../../../main/core/related/capitalised-names.ts';

// Round 44: held-out-39's two Albanian reports on one site met on "Kombëtar" ("national"), left of
// "Parkut Kombëtar" once "Parkut" ("the park's") was cut as the adjective of Pará ("Par" + "a").

describe('a common word capitalised inside an institution name', () => {
  it('is never cut as a place adjective, so the run it begins is no name', () => {
    const text = [
      'Reshjet e dendura kanë ngritur nivelin e liqenit dhe uji ka mbuluar mozaikun romak pranë forumit.',
      'Sipas Parkut Kombëtar të Butrintit, dyshemeja me figura peshqish ndodhet nën rreth tridhjetë centimetra ujë.',
      'Roja i parkut Fatos Dervishi tha se në mëngjes nuk dukej asgjë, vetëm një pellg i madh me baltë.',
    ].join(' ');
    const names = capitalisedNames(text);

    expect(names).not.toContain('Kombëtar');
    expect(names).toContain('Fatos Dervishi');
    expect(names).toContain('Butrintit');
  });

  it('still cuts a place adjective the text never writes in lower case', () => {
    const text =
      'The talks began early in the morning. Officials from the ministry met the Russian Olga Petrova in the old hall of the station, where the delegation waited for hours.';

    expect(capitalisedNames(text)).toContain('Olga Petrova');
  });
});

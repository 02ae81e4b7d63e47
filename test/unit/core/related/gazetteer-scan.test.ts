import { describe, expect, it } from 'vitest';
import { entityKey } from '../../../../main/core/related/entity-key.ts';
import { gazetteerNames } from '../../../../main/core/related/gazetteer-scan.ts';

const keysIn = (text: string): (string | null)[] =>
  [...gazetteerNames(text)].map((name) => entityKey(name, 'other'));

describe('places and institutions read from the text by the related engine', () => {
  it('finds the Court of Justice under its German names, as the English key', () => {
    const keys = keysIn('Der Europäische Gerichtshof hat entschieden. Der EuGH urteilte in Luxemburg.');

    expect(keys).toContain('e:g:court of justice of the european union');
    expect(keys).toContain('e:c:luxembourg');
  });

  it('prefers the longest known name to a shorter one inside it', () => {
    const names = gazetteerNames('The Court of Justice of the European Union ruled on Tuesday.');

    expect([...names]).toContain('Court of Justice of the European Union');
    expect([...names]).not.toContain('Court of Justice');
  });

  it('gives a company its own kind of key, not a scene key', () => {
    expect(entityKey('BASF', 'organisation')).toBe('e:o:basf');
  });

  it('keys a longer name by the known name at its end ("Chemiekonzern BASF")', () => {
    expect(entityKey('Chemiekonzern BASF', 'organisation')).toBe(entityKey('BASF', 'organisation'));
  });

  it('does not key a name by a known place that is not its last word', () => {
    expect(entityKey('Cornwall County Cup', 'other')).not.toBe('e:c:cornwall');
  });
});

import { cityLines, regionLines, standaloneRegionNames } from './gazetteer-cities.ts';
import { countryLines } from './gazetteer-countries.ts';
import { companyLines, internationalBodyLines, partyLines } from './gazetteer-organisations.ts';
import { naturalFeatureLines, worldRegionLines } from './gazetteer-regions.ts';
import { worldCityLines } from './gazetteer-world-cities.ts';
import { knownOrganisationLines } from './organisation-words.ts';
import { nameKey } from './normalise-name.ts';

/** Maps every variant's key to its canonical name; the first entry of a line is canonical. */
function buildIndex(lines: readonly string[]): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  for (const line of lines) {
    const [canonical, ...variants] = line.split('|').map((part) => part.trim());
    if (canonical === undefined || canonical === '') continue;
    for (const variant of [canonical, ...variants]) {
      const key = nameKey(variant);
      if (!index.has(key)) index.set(key, canonical);
    }
  }
  return index;
}

const placeIndex = buildIndex([
  ...countryLines.split('\n'),
  ...cityLines.split('\n'),
  ...regionLines.split('\n'),
  ...standaloneRegionNames.split(/[,\n]/u),
  ...[worldCityLines, worldRegionLines, naturalFeatureLines].flatMap((list) => list.split(/[,\n]/u)),
]);

const organisationIndex = buildIndex([
  ...knownOrganisationLines.split('\n'),
  ...[companyLines, partyLines, internationalBodyLines].flatMap((list) => list.split(/[,\n]/u)),
]);

/** The canonical name of a known place (country, major city, region), or undefined. */
export function lookUpPlace(name: string): string | undefined {
  return placeIndex.get(nameKey(name));
}

/** The canonical name of a well-known organisation (UN, NATO, Gazprom…), or undefined. */
export function lookUpOrganisation(name: string): string | undefined {
  return organisationIndex.get(nameKey(name));
}

/** Last words of place names ("Threadneedle Street", "Sonoran Desert"). */
export const placeSuffixes: ReadonlySet<string> = new Set(
  `street avenue road square park dock docks river sea ocean desert valley gap lake bay island islands
  mountains hills peninsula strait canal province region district county coast alps range glacier
  plateau basin delta heights highlands forest fjord estuary falls moor reef straße platz see fluss
  tal gebirge rue place fleuve mer lac vallée`.split(/\s+/u),
);

/** First words of place names ("River Mersey", "Port Hedland", "Mount Everest"). */
export const placePrefixes: ReadonlySet<string> = new Set(
  `river lake mount port cape gulf fort saint st san sierra isle loch lough lac mont golfe palais`.split(
    /\s+/u,
  ),
);

/**
 * Streets and squares in the languages that name the kind first, before a particle: "Rue de Rivoli",
 * "Calle de Alcalá", "Rua de Costa Cabral", "Avenida da Liberdade". The particle is required: Calle is
 * a Swedish given name and Rue an English one (Rue McClanahan).
 */
export const streetWords: ReadonlySet<string> = new Set(
  `rue avenue boulevard calle avenida rua praça plaza piazza via`.split(/\s+/u),
);
export const streetParticles: ReadonlySet<string> = new Set(
  `de del du des la le do da dos das della delle dei di`.split(/\s+/u),
);

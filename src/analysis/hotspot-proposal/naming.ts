import { distanceMetres } from './geodesy';
import type { CellInfo, LngLat, Town } from './types';

/** police.uk writes every location as 'On or near <street or place>'. */
export function placeName(location: string): string {
  return location.replace(/^\s*on or near\s+/i, '').trim();
}

/**
 * police.uk's snap points named by what they are rather than where ("On or near Supermarket"): the commonest in the
 * June 2024 Leicestershire month. Useless as a hotspot's name for a briefing, so a street is preferred to them.
 */
export const GENERIC_PLACES = new Set([
  'Supermarket',
  'Parking Area',
  'No Location',
  'Petrol Station',
  'Shopping Area',
  'Sports/Recreation Area',
  'Hospital',
  'Nightclub',
  'Further/Higher Educational Building',
  'Police Station',
  'Park/Open Space',
  'Theatre/Concert Hall',
  'Motorway Service Area',
  'Conference/Exhibition Centre',
  'Prison',
  'Bus/Coach Station',
  'Airport/Airfield',
]);

/**
 * The street or place holding most of the cells' crimes (ties: alphabetical), passing over police.uk's generic place
 * types while any named street has crimes; null when none is known.
 */
export function busiestPlace(cells: CellInfo[]): string | null {
  const counts = new Map<string, number>();
  for (const cell of cells)
    for (const { place, crimes } of cell.places) {
      const name = placeName(place);
      if (name) counts.set(name, (counts.get(name) ?? 0) + crimes);
    }
  if ([...counts.keys()].some((name) => !GENERIC_PLACES.has(name)))
    for (const generic of GENERIC_PLACES) counts.delete(generic);
  let best: string | null = null;
  let bestCrimes = 0;
  for (const [name, crimes] of counts)
    if (crimes > bestCrimes || (crimes === bestCrimes && best !== null && name < best)) {
      best = name;
      bestCrimes = crimes;
    }
  return best;
}

/** The nearest town centre in the same district (the nearest anywhere when the district has none listed). */
export function nearestTown([lng, lat]: LngLat, district: string | null, towns: Town[]): Town | null {
  const inDistrict = towns.filter((t) => t.district === district);
  let best: Town | null = null;
  let bestMetres = Infinity;
  for (const town of inDistrict.length > 0 ? inDistrict : towns) {
    const metres = distanceMetres(lat, lng, town.lngLat[1], town.lngLat[0]);
    if (metres < bestMetres || (metres === bestMetres && best !== null && town.name < best.name)) {
      best = town;
      bestMetres = metres;
    }
  }
  return best;
}

/** "Haymarket, Leicester"; the town is not repeated when the place already ends with it. */
export function hotspotName(street: string | null, town: string | null, fallback: string): string {
  if (street && town) return street.toLowerCase().endsWith(`, ${town.toLowerCase()}`) ? street : `${street}, ${town}`;
  return street ?? town ?? fallback;
}

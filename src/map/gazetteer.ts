// The offline place search: names matched by prefix after folding case, accents and punctuation, best match first.
// Pure (no DOM), so it runs the same in the app, in a worker and in Node tests.

/** What a gazetteer entry is, most important first: the order breaks ties between equally good matches. */
export const GAZETTEER_KINDS = [
  'city',
  'town',
  'district',
  'suburb',
  'ward',
  'village',
  'hamlet',
  'locality',
  'hotspot',
  'street',
] as const;

export type GazetteerKind = (typeof GAZETTEER_KINDS)[number];

/** The kind as the search list shows it ("Street · Leicester"). */
export const GAZETTEER_KIND_LABELS: Record<GazetteerKind, string> = {
  city: 'City',
  town: 'Town',
  district: 'District',
  suburb: 'Suburb',
  ward: 'Ward',
  village: 'Village',
  hamlet: 'Hamlet',
  locality: 'Place',
  hotspot: 'GRIP hotspot',
  street: 'Street',
};

export interface GazetteerEntry {
  name: string;
  kind: GazetteerKind;
  /** Where to go: a point on the street, inside the ward, the place's OSM node. */
  lngLat: [number, number];
  /** [west, south, east, north] in degrees, for fitting the map to a street, ward or district. */
  bbox?: [number, number, number, number];
  /** Where it is, for telling apart the county's many High Streets: "Oakham, Rutland", "Charnwood". */
  context?: string;
  /** Importance within its kind, higher first: population for towns and villages, length in metres for streets. */
  rank?: number;
}

/** "Street · Oakham, Rutland": the second line of a search result. */
export function describeGazetteerEntry(entry: GazetteerEntry): string {
  const label = GAZETTEER_KIND_LABELS[entry.kind];
  return entry.context ? `${label} · ${entry.context}` : label;
}

/**
 * Lower case, accents dropped (NFD then strip combining marks), apostrophes removed so "St John's" and "St Johns"
 * meet, "&" read as "and", every other run of punctuation or space one space.
 */
export function normaliseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Entries with their names normalised once, so a keystroke only compares strings. */
export interface GazetteerIndex {
  entries: readonly GazetteerEntry[];
  names: string[];
  /** Normalised context with a leading space, so " " + prefix finds any of its words. */
  contexts: string[];
  kindOrder: Uint8Array;
}

const KIND_ORDER = new Map<GazetteerKind, number>(GAZETTEER_KINDS.map((kind, i) => [kind, i]));
const cache = new WeakMap<readonly GazetteerEntry[], GazetteerIndex>();

/** Normalises every name; `searchGazetteer` does this on first use of an array and keeps it. */
export function indexGazetteer(entries: readonly GazetteerEntry[]): GazetteerIndex {
  const cached = cache.get(entries);
  if (cached) return cached;
  const index: GazetteerIndex = {
    entries,
    names: entries.map((e) => normaliseName(e.name)),
    contexts: entries.map((e) => ` ${normaliseName(e.context ?? '')}`),
    kindOrder: Uint8Array.from(entries, (e) => KIND_ORDER.get(e.kind) ?? GAZETTEER_KINDS.length),
  };
  cache.set(entries, index);
  return index;
}

/** How well a name matches, best (lowest) first. */
const Match = {
  Exact: 0,
  /** The query is the name followed by words of its context: "high street oakham". */
  NameAndContext: 1,
  NamePrefix: 2,
  WordPrefix: 3,
  None: 4,
} as const;
type Match = (typeof Match)[keyof typeof Match];

/** The query, normalised, and the forms the scan compares with (built once per keystroke, not once per entry). */
interface Query {
  name: string;
  /** " " + name: a later word of an entry's name starting with the query. */
  word: string;
  /** " " + the part after a comma, or "" when there is none. */
  contextWord: string;
}

function matchLevel(name: string, context: string, query: Query): Match {
  let level: Match = Match.None;
  if (name === query.name) level = Match.Exact;
  else if (name.startsWith(query.name)) level = Match.NamePrefix;
  else if (name.includes(query.word)) level = Match.WordPrefix;
  else if (
    query.contextWord === '' &&
    query.name.length > name.length + 1 &&
    query.name.charCodeAt(name.length) === 32 &&
    query.name.startsWith(name) &&
    context.includes(query.name.slice(name.length))
  )
    return Match.NameAndContext;
  // "high street, oakham": the part after the comma must start a word of the context.
  if (level !== Match.None && query.contextWord !== '' && !context.includes(query.contextWord)) return Match.None;
  return level;
}

interface Hit {
  i: number;
  level: Match;
}

function better(a: Hit, b: Hit, index: GazetteerIndex): boolean {
  if (a.level !== b.level) return a.level < b.level;
  const kindA = index.kindOrder[a.i];
  const kindB = index.kindOrder[b.i];
  if (kindA !== kindB) return kindA < kindB;
  const rankA = index.entries[a.i].rank ?? 0;
  const rankB = index.entries[b.i].rank ?? 0;
  if (rankA !== rankB) return rankA > rankB;
  const nameA = index.names[a.i];
  const nameB = index.names[b.i];
  return nameA !== nameB ? nameA < nameB : a.i < b.i;
}

/**
 * The best `limit` entries whose name, or any word of it, starts with the query: exact names first, then names that
 * start with it, then names with a later word that does ("gate" finds Gateway Street before Gallowtree Gate); ties go
 * to the more important kind, then the higher rank, then the name. Text after a comma narrows by context
 * ("high street, oakham"). One pass with a small sorted buffer, no sort of all the matches.
 */
export function searchGazetteer(
  entries: readonly GazetteerEntry[] | GazetteerIndex,
  query: string,
  limit = 8,
): GazetteerEntry[] {
  const index = Array.isArray(entries) ? indexGazetteer(entries) : (entries as GazetteerIndex);
  const [namePart, ...rest] = query.split(',');
  const name = normaliseName(namePart);
  const context = normaliseName(rest.join(' '));
  if (name === '' || limit <= 0) return [];
  const q: Query = { name, word: ` ${name}`, contextWord: context === '' ? '' : ` ${context}` };
  const best: Hit[] = [];
  for (let i = 0; i < index.names.length; i++) {
    const level = matchLevel(index.names[i], index.contexts[i], q);
    if (level === Match.None) continue;
    const hit = { i, level };
    if (best.length === limit && !better(hit, best[limit - 1], index)) continue;
    let at = best.length;
    while (at > 0 && better(hit, best[at - 1], index)) at--;
    best.splice(at, 0, hit);
    if (best.length > limit) best.pop();
  }
  return best.map((hit) => index.entries[hit.i]);
}

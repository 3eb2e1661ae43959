import { DEFAULT_FILTER, sanitiseFilter, type CrimeFilter } from '../analysis/crime-filter';

/** The filter lives in the URL hash so a view can be bookmarked or sent to a colleague (the hash never leaves the browser). */
export function filterFromHash(hash: string): CrimeFilter {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return sanitiseFilter({
    resolution: Number(params.get('res') ?? DEFAULT_FILTER.resolution),
    crimeTypes: params.get('types')?.split('|').filter(Boolean) ?? [],
    fromMonth: params.get('from'),
    toMonth: params.get('to'),
  });
}

export function filterToHash(filter: CrimeFilter): string {
  const params = new URLSearchParams();
  params.set('res', String(filter.resolution));
  if (filter.crimeTypes.length > 0) params.set('types', filter.crimeTypes.join('|'));
  if (filter.fromMonth) params.set('from', filter.fromMonth);
  if (filter.toMonth) params.set('to', filter.toMonth);
  return `#${params.toString()}`;
}

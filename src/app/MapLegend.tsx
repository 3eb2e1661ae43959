import type { ColourClass } from '../map/colour-scale';
import type { MapSettings } from '../map/map-settings';
import { Legend } from '../ui/Legend';
import { ClustersLegend, EmergingLegend, GiLegend } from '../ui/StatisticLegend';
import { countBy } from './png-legend';
import type { MapData } from './use-map-data';

/** The legend of what the map shows now, with how many hexes fall in each class. */
export function MapLegend(props: { settings: MapSettings; data: MapData; classes: ColourClass[]; loading: boolean }) {
  const { settings, data, classes, loading } = props;
  const { harm, fdr } = settings;
  if (settings.mode === 'gi')
    return <GiLegend harm={harm} fdr={fdr} counts={countBy(data.gi.map((g) => g.bin))} frame={data.info} />;
  if (settings.mode === 'emerging')
    return <EmergingLegend counts={countBy(data.emerging.map((e) => e.category))} frame={data.info} />;
  if (settings.mode === 'clusters')
    return (
      <ClustersLegend
        harm={harm}
        fdr={fdr}
        counts={countBy(data.clusters.map((c) => c.quadrant))}
        frame={data.info}
        permutations={data.info?.permutations ?? null}
      />
    );
  return (
    <Legend
      title={harm ? 'Harm per hex' : 'Crimes per hex'}
      classes={classes}
      unit={harm ? 'harm-days' : 'crimes'}
      loading={loading}
    />
  );
}

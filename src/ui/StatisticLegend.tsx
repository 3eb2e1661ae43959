import {
  CLUSTER_QUADRANTS,
  clusterMeaning,
  type ClusterQuadrant,
  EMERGING_CATEGORIES,
  EMERGING_HATCH,
  emergingHatched,
  GI_BIN_COLOURS,
  giBinMeaning,
} from '../map/hot-spot-palettes';

const swatch = (rgb: [number, number, number]) => (
  <span className="swatch" style={{ background: `rgb(${rgb.join(',')})` }} />
);

/** The map's hatch in CSS: a gradient at -45° runs its stripes bottom-left to top-right, as deck.gl's 45° does. */
function hatchedSwatch(rgb: [number, number, number]) {
  const { stripePixels, gapPixels, stripeColour } = EMERGING_HATCH;
  const colour = `rgb(${rgb.join(',')})`;
  const stripe = `rgb(${stripeColour.join(',')})`;
  const background = `repeating-linear-gradient(-45deg, ${colour} 0 ${gapPixels}px, ${stripe} ${gapPixels}px ${gapPixels + stripePixels}px)`;
  return <span className="swatch" style={{ background }} />;
}

/** "Compared within Leicester city (4,210 hexes); neighbours: adjacent hexes (1 ring)." */
export interface StatisticFrame {
  studyAreaLabel: string;
  studyCellCount: number;
  neighbourhoodLabel: string;
}

const frameText = (frame: StatisticFrame | null | undefined) =>
  frame
    ? `Compared within ${frame.studyAreaLabel} (${frame.studyCellCount.toLocaleString('en-GB')} hexes); neighbours: ${frame.neighbourhoodLabel}.`
    : '';

/** Gi* bins in plain words: what the test compares, and where. */
export function GiLegend(props: {
  harm: boolean;
  fdr: boolean;
  counts: Record<number, number>;
  frame?: StatisticFrame | null;
}) {
  const { harm, fdr, counts, frame } = props;
  return (
    <section className="legend" aria-label="Map legend">
      <h2>Hot and cold spots (Getis-Ord Gi*)</h2>
      <ul>
        {[3, 2, 1, -1, -2, -3].map((bin) => (
          <li key={bin}>
            {swatch(GI_BIN_COLOURS[bin])}
            <span>
              {giBinMeaning(bin, harm)}{' '}
              <span className="legend-count">({(counts[bin] ?? 0).toLocaleString('en-GB')})</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="legend-note">
        {frameText(frame)} Each hex together with its neighbours is compared with the whole study area. Uncoloured hexes
        are not significant.
        {fdr
          ? ' Confidence is corrected for testing thousands of hexes at once (false discovery rate).'
          : ' Without the false-discovery-rate correction, about 1 hex in 10 can reach 90% by chance.'}
      </p>
    </section>
  );
}

export function EmergingLegend({ counts, frame }: { counts: Record<string, number>; frame?: StatisticFrame | null }) {
  const present = EMERGING_CATEGORIES.filter((c) => counts[c.name]);
  return (
    <section className="legend" aria-label="Map legend">
      <h2>Emerging hot spots (monthly)</h2>
      {present.length === 0 ? (
        <p>No hex shows a hot or cold spot pattern.</p>
      ) : (
        <ul>
          {present.map((c) => (
            <li key={c.name}>
              {emergingHatched(c.name) ? hatchedSwatch(c.colour) : swatch(c.colour)}
              <span>
                <strong>{c.name}</strong>: {c.meaning}{' '}
                <span className="legend-count">({counts[c.name].toLocaleString('en-GB')})</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="legend-note">
        {frameText(frame)} ArcGIS Pro's categories: Gi* each month (90% confidence), Mann-Kendall trend of each hex's
        z-scores. Hatched: the patterns that come and go (sporadic, oscillating, historical).
      </p>
    </section>
  );
}

/** Local Moran's I quadrants (Anselin 1995; ArcGIS Pro's Cluster and Outlier Analysis), with how many hexes each. */
export function ClustersLegend(props: {
  harm: boolean;
  fdr: boolean;
  counts: Partial<Record<ClusterQuadrant, number>>;
  frame?: StatisticFrame | null;
  permutations: number | null;
}) {
  const { harm, fdr, counts, frame, permutations } = props;
  return (
    <section className="legend" aria-label="Map legend">
      <h2>Clusters and outliers (local Moran&apos;s I)</h2>
      <ul>
        {CLUSTER_QUADRANTS.map((q) => (
          <li key={q.quadrant}>
            {swatch(q.colour)}
            <span>
              {clusterMeaning(q.quadrant, harm)}{' '}
              <span className="legend-count">({(counts[q.quadrant] ?? 0).toLocaleString('en-GB')})</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="legend-note">
        {frameText(frame)} Significant at 95% by {permutations ? permutations.toLocaleString('en-GB') : '999'}{' '}
        conditional permutations (pseudo p-values, seeded: the same view gives the same answer)
        {fdr ? ', corrected for testing every hex at once (false discovery rate)' : ''}. Uncoloured hexes are not
        significant.
      </p>
    </section>
  );
}

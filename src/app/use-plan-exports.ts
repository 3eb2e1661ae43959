import type { RefObject } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { PREVENTION_TIER_NAMES } from '../analysis/reference/prevention-tiers';
import type { EngineClient } from '../data/engine-client';
import { hotspotListCsv, loadReportCsv, profileFiguresCsv } from '../data/exports/table-csv';
import type { ColourClass } from '../map/colour-scale';
import type { GripHotspotShape } from '../map/grip-hotspot-layers';
import { canvasPng, composeMapCanvas, type MapPngText, type PngLegendEntry } from '../map/map-png';
import type { MapSettings } from '../map/map-settings';
import { planActionsCsv, type HotspotNames } from '../plans/plan-summary';
import type { SaraPlan } from '../plans/plan-types';
import { downloadBlob, downloadText } from '../ui/download';
import type { HotspotSetView } from '../ui/hotspots/hotspot-set-view';
import type { ExportChoice } from '../ui/plans/PlansPanel';
import type { ProfileView } from '../ui/profile/ProfilePanel';
import { fileNamePart } from './plan-subject';
import { hexLegend } from './png-legend';
import { selectionArea } from './selection-area';
import type { AppState } from './store';
import type { MapData } from './use-map-data';

export interface PlanExportInputs {
  engine: EngineClient;
  settings: MapSettings;
  state: AppState;
  classes: ColourClass[];
  /** What the map draws now (the statistic views' bins and categories, for the PNG's legend). */
  mapData: Pick<MapData, 'gi' | 'emerging' | 'clusters'>;
  gripHotspots: GripHotspotShape[];
  hotspotSet: HotspotSetView;
  mapRef: RefObject<MapLibreMap | null>;
  view: ProfileView | null;
  plans: SaraPlan[];
  names: HotspotNames;
}

const CSV_TYPE = 'text/csv;charset=utf-8';
const MODE_TITLES = { gi: 'Gi* hot spots', emerging: 'Emerging hot spots', clusters: "Local Moran's I clusters" };

/** What the PNG says around the map: its title, the data period, a legend of what is drawn and the attribution. */
function pngText(inputs: PlanExportInputs, title: string): MapPngText {
  const { settings, classes, state } = inputs;
  const legend: PngLegendEntry[] = hexLegend(settings, inputs.mapData, classes);
  if (settings.showGripHotspots) legend.push({ kind: 'outline', colour: [17, 24, 39], label: 'GRIP hotspot' });
  for (const tier of PREVENTION_TIER_NAMES)
    if (settings.tiers[tier])
      legend.push({ kind: 'symbol', tier, label: `${tier} prevention (interventions, plan actions)` });
  const range = state.monthRange;
  const months = state.filter.fromMonth || state.filter.toMonth ? state.filter : null;
  const from = months?.fromMonth ?? range?.first ?? '?';
  const to = months?.toMonth ?? range?.last ?? '?';
  const attribution = document.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.trim();
  return {
    title,
    period: `Data: ${from} to ${to} · ${state.dataSource === 'demo' ? 'synthetic demo data' : 'loaded files'} · exported ${new Date().toISOString().slice(0, 10)}`,
    legendTitle:
      settings.mode === 'counts' ? (settings.harm ? 'Harm per hex' : 'Crimes per hex') : MODE_TITLES[settings.mode],
    legend,
    attribution: attribution || '© OpenStreetMap contributors (ODbL) · © OpenMapTiles',
  };
}

/** The map, tables and records as files: each export returns the sentence the panel shows. */
export function usePlanExports(inputs: PlanExportInputs) {
  const { engine, settings, state, gripHotspots, hotspotSet, mapRef, view, plans, names } = inputs;
  const area = selectionArea(settings.selection, gripHotspots, settings.studyArea);
  const title = view && !view.isForce ? view.heading : 'GRIP Hotspot Explorer: Leicester, Leicestershire and Rutland';

  const mapPng = async (): Promise<Blob> => {
    if (!mapRef.current) throw new Error('the map is not ready');
    return canvasPng(await composeMapCanvas(mapRef.current, pngText(inputs, title)));
  };

  const csv = (text: string, fileName: string) => {
    downloadText(text, fileName, CSV_TYPE);
    return `Downloaded ${fileName}.`;
  };
  const working = hotspotSet.state?.working?.hotspots ?? [];
  const choices: ExportChoice[] = [
    {
      id: 'map-png',
      label: 'Map as PNG',
      unavailable: null,
      run: async () => {
        downloadBlob(await mapPng(), 'grip-map.png');
        return 'Downloaded grip-map.png.';
      },
    },
    {
      id: 'load-report',
      label: 'Load report (CSV)',
      unavailable: state.report && state.report.files.length > 0 ? null : 'Load files first.',
      run: async () => csv(loadReportCsv(state.report?.files ?? []), 'grip-load-report.csv'),
    },
    {
      id: 'hotspots',
      label: 'GRIP hotspots (CSV)',
      unavailable: working.length > 0 ? null : 'No GRIP hotspot set in use.',
      run: async () =>
        csv(
          hotspotListCsv(
            working.map((h) => ({ ...h, cells: h.cells.length, measured: hotspotSet.measured.get(h.hotspotId) })),
          ),
          'grip-hotspots.csv',
        ),
    },
    {
      id: 'profile',
      label: 'Profile figures (CSV)',
      unavailable: view ? null : 'Open the profile first.',
      run: async () =>
        csv(
          profileFiguresCsv(view!.heading, view!.period, view!.profile),
          `grip-profile-${fileNamePart(area?.id ?? 'force')}.csv`,
        ),
    },
    {
      id: 'plan-actions',
      label: 'Plan actions (CSV)',
      unavailable: plans.some((p) => p.response.actions.length > 0) ? null : 'No plan has actions yet.',
      run: async () => csv(planActionsCsv(plans, names), 'grip-plan-actions.csv'),
    },
    {
      id: 'records',
      label: 'Crime records of the selection (CSV)',
      unavailable: area ? null : 'Select a GRIP hotspot, hex or area first.',
      run: async () => {
        const { fromMonth, toMonth, crimeTypes, hours, weekdays } = state.filter;
        const out = await engine.selectionRecordsCsv({
          polygon: area!.polygon,
          filter: { fromMonth, toMonth, crimeTypes, hours, weekdays },
        });
        const fileName = `grip-records-${fileNamePart(area!.id)}.csv`;
        downloadText(out.text, fileName, CSV_TYPE);
        return `Downloaded ${fileName} (${out.rows.toLocaleString('en-GB')} records).`;
      },
    },
  ];
  return { choices, mapPng };
}

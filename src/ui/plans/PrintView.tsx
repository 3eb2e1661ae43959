import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { HotspotProfile } from '../../analysis/hotspot-profile';
import type { SaraPlan } from '../../plans/plan-types';
import { ProfileFigures } from '../profile/ProfileFigures';
import { PlanPrintout } from './PlanPrintout';
import './print.css';

export interface PrintViewProps {
  /** The hotspot's or area's name. */
  title: string;
  period: string;
  /** The map PNG (a blob: URL), or null when the map could not be drawn. */
  mapUrl: string | null;
  profile: HotspotProfile | null;
  /** Copies of the profile panel's charts (SVG made by React and Plot: text nodes, no markup from data). */
  charts: SVGElement[];
  plan: SaraPlan;
  /** Called once the map picture and charts are in place (the app then opens the print dialog). */
  onReady: () => void;
}

/**
 * The printable A4 profile: hidden on screen, the only thing printed (print.css). A portal into <body>, so the print
 * rules can hide the app beside it.
 */
export function PrintView(props: PrintViewProps) {
  const chartsRef = useRef<HTMLDivElement>(null);
  const [mapLoaded, setMapLoaded] = useState(props.mapUrl === null);
  const [chartsPlaced, setChartsPlaced] = useState(false);
  const { charts, onReady } = props;
  useEffect(() => {
    const box = chartsRef.current;
    if (!box) return;
    box.replaceChildren(...charts.map((svg) => svg.cloneNode(true)));
    setChartsPlaced(true);
  }, [charts]);
  const ready = mapLoaded && chartsPlaced;
  useEffect(() => {
    if (ready) onReady();
  }, [ready, onReady]);
  return createPortal(
    <article className="print-view" data-testid="print-view" data-ready={ready} aria-hidden="true">
      <header>
        <h1>{props.title}</h1>
        <p>{`GRIP hotspot profile · ${props.period} · printed ${new Date().toISOString().slice(0, 10)}`}</p>
      </header>
      {props.mapUrl && (
        <img
          className="print-map"
          src={props.mapUrl}
          alt={`Map of ${props.title}`}
          onLoad={() => setMapLoaded(true)}
          onError={() => setMapLoaded(true)}
        />
      )}
      {props.profile && (
        <section>
          <h2>Key figures</h2>
          <ProfileFigures profile={props.profile} isForce={false} />
        </section>
      )}
      <section>
        <h2>Charts</h2>
        <div className="print-charts" ref={chartsRef} />
      </section>
      <PlanPrintout plan={props.plan} />
    </article>,
    document.body,
  );
}

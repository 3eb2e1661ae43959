import * as maplibregl from 'maplibre-gl';
import { Protocol } from 'pmtiles';

let registered = false;

/** Lets MapLibre read `pmtiles://` sources: tiles come by HTTP range requests from the one archive on our origin. */
export function registerPmtilesProtocol() {
  if (registered) return;
  registered = true;
  const protocol = new Protocol();
  maplibregl.addProtocol('pmtiles', protocol.tile);
}

import * as maplibregl from 'maplibre-gl';
import { PMTiles, Protocol } from 'pmtiles';

const protocol = new Protocol();
let registered = false;

/** Lets MapLibre read `pmtiles://` sources: tiles come by HTTP range requests from the one archive on our origin. */
export function registerPmtilesProtocol() {
  if (registered) return;
  registered = true;
  maplibregl.addProtocol('pmtiles', protocol.tile);
}

/** The reader of an archive at `url`: the same one the map's tiles come through, so its directory is read once. */
export function pmtilesArchive(url: string): PMTiles {
  const known = protocol.get(url);
  if (known) return known;
  const archive = new PMTiles(url);
  protocol.add(archive);
  return archive;
}

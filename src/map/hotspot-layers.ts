// Old name kept only until src/app/use-hotspots.ts (being moved with the engine client) imports grip-hotspot-layers.
export type { GripHotspotShape as HotspotShape } from './grip-hotspot-layers';

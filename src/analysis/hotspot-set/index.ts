// The GRIP hotspot set in use (issue 13): pure edits, versions compared, the saved document. No DuckDB, no DOM.
export * from './types';
export {
  addHotspot,
  deleteHotspot,
  HotspotEditError,
  nextHotspotId,
  renameHotspot,
  reshapeHotspot,
  setLocked,
  toggleCell,
  type HotspotEditProblem,
  type NewHotspot,
} from './edits';
export {
  DEMO_SET_NAME,
  definitions,
  fromFeatures,
  fromProposal,
  hotspotFromShape,
  lockedDefinitions,
  proposalBasis,
  setOfHotspots,
  type ShapeHotspot,
} from './convert';
export { compareVersions, MOVED_THRESHOLD_M } from './compare';
export { checkSet, readSetsDocument, SETS_DOCUMENT_NAME, writeSetsDocument, type SetsDocument } from './document';
export { cellsOfShape, centreOfCells, isUnionOfCells, metresBetween, type HotspotShape } from './shapes';
export { measureSet, setGeoJson, type MeasuredSet } from './measure-set';

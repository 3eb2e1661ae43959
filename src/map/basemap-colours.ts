/**
 * The basemap's palette: light and low in saturation so crime colours on top stay the loudest thing on the map.
 * Land stays at #f7f7f4 (the colour-vision tests composite every legend colour over it), and no colour here is "warm"
 * (red more than 40 above blue), the browser tests' measure of hex pixels.
 */
export const BASEMAP_COLOURS = {
  outside: '#dfe3e8',
  land: '#f7f7f4',
  wood: '#e1e9da',
  grass: '#e7eedf',
  park: '#e2ebd7',
  residential: '#f0efeb',
  commercial: '#efebe7',
  industrial: '#eceae8',
  institution: '#f1ece5',
  cemetery: '#e2e8dc',
  water: '#c7d8e6',
  waterway: '#a9c3d9',
  building: '#e3e0db',
  buildingOutline: '#d2cec7',
  roadCasing: '#c2c7ce',
  majorCasing: '#c4b9a6',
  motorway: '#e9dccb',
  trunk: '#efe5d6',
  primary: '#f8efda',
  road: '#ffffff',
  path: '#b3b8bf',
  rail: '#9ea4ad',
  roadName: '#4a505a',
  placeName: '#5a616c',
  waterName: '#4f7391',
  halo: '#ffffff',
  wardLine: '#b9bec6',
  districtLine: '#7d8591',
  llrOutline: '#3d4450',
} as const;

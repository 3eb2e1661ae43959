import { CALL_SIGN_NAMES, normaliseColumnName, RADIO_ID_NAMES } from './column-mapping';

/** A radio id → call sign lookup's two columns, as the file names them. */
export interface RadioUnitColumns {
  radioId: string;
  callSign: string;
}

/** The radio id (ISSI, TEI) and call sign columns, or null when the header lacks either. */
export function radioUnitColumns(header: string[]): RadioUnitColumns | null {
  const find = (names: string[]) => header.find((h) => names.includes(normaliseColumnName(h)));
  const radioId = find(RADIO_ID_NAMES);
  const callSign = find(CALL_SIGN_NAMES);
  return radioId && callSign ? { radioId, callSign } : null;
}

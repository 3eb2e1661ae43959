import type { SetAsideReason } from '../formats/set-aside-reasons';
import { sqlString } from './literals';

/** A set-aside reason as an SQL literal: the codes staging SQL writes are checked against the reason union. */
export function reasonSql(reason: SetAsideReason): string {
  return sqlString(reason);
}

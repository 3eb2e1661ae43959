import { describe, expect, it } from 'vitest';
import { homeOfficeCsv } from '../../../src/app/patrol-exports';

describe('the Home Office returns CSV', () => {
  it('has a BOM, CRLF lines, hours to two decimals, and a formula-like id neutralised', () => {
    const csv = homeOfficeCsv([
      { hotspotId: 'H01', monthIso: '2025-01', patrolDays: 3, visits: 4, patrolHours: 50 / 60, officerHours: 1.005 },
      { hotspotId: '=H2', monthIso: '2025-02', patrolDays: 0, visits: 0, patrolHours: 0, officerHours: 0 },
    ]);
    expect(csv).toBe(
      '\uFEFFhotspot_id,month,patrol_days,visits,patrol_hours,officer_hours\r\n' +
        'H01,2025-01,3,4,0.83,1\r\n' +
        "'=H2,2025-02,0,0,0,0\r\n",
    );
  });
});

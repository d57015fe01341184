import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createWorld, neighbourhood, type TestWorld } from '../../../../test/support/app.js';

let world: TestWorld;
let units: Awaited<ReturnType<typeof neighbourhood>>;
let province: Client;

const visit = (unitId: string, groupSize: number, receivedAt: string) => ({
  unitId,
  receivedAt,
  place: 'Trụ sở UBND',
  kind: 'regular',
  groupSize,
  citizens: [{ fullName: 'Nguyễn Văn Hùng', isRepresentative: groupSize >= 5 }],
  content: 'Đề nghị giải quyết bồi thường giải phóng mặt bằng',
  outcome: 'petition_received',
});
const petition = (unitId: string, kind: string) => ({
  unitId,
  channel: 'post',
  kind,
  receivedOn: '2026-10-05',
  subject: 'Đơn đề nghị xem xét bồi thường',
  content: 'Đề nghị xem xét lại mức bồi thường khi thu hồi đất ở',
  sender: { name: 'Lê Thị Hoa' },
});

async function sheetOf(res: { rawPayload: Buffer }) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet');
  const rows: string[][] = [];
  ws.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (c) => {
      // exceljs leaves out a formula's cached result of 0; Excel recomputes it on opening.
      const formula = c.value && typeof c.value === 'object' && 'formula' in c.value;
      cells.push(formula ? String(c.result ?? 0) : c.text);
    });
    rows.push(cells);
  });
  return rows;
}

beforeAll(async () => {
  world = await createWorld();
  units = await neighbourhood(world);
  await world.newUser('tinh.tiepdan', [['reception_officer', units.province]]);
  await world.newUser('hatu.lanhdao', [['leader', units.haTu]]);
  province = await world.as('tinh.tiepdan');
  for (const [unit, size] of [
    [units.haTu, 1],
    [units.haTu, 12],
    [units.baiChay, 6],
    [units.baiChayVillage, 1],
  ] as const) {
    expect(
      (await province.post('/api/reception/visits', visit(unit.id, size, '2026-10-06T02:00:00Z'))).statusCode,
    ).toBe(201);
  }
  for (const [unit, kind] of [
    [units.haTu, 'complaint'],
    [units.haTu, 'feedback'],
    [units.baiChay, 'denunciation'],
  ] as const) {
    expect((await province.post('/api/petitions', petition(unit.id, kind))).statusCode).toBe(201);
  }
});
afterAll(() => world.close());

describe('report forms in Excel', () => {
  it('01/TCD has one row per ward with the group columns, and a total row that sums them', async () => {
    const res = await province.get(
      `/api/reports/reception.xlsx?unitId=${units.province.id}&from=2026-10-01&to=2026-10-31`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const rows = await sheetOf(res);
    expect(rows.some((r) => r.includes('BIỂU TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN'))).toBe(true);
    expect(rows.some((r) => r.includes('(Số liệu tính từ ngày 01/10/2026 đến ngày 31/10/2026)'))).toBe(true);
    const haTu = rows.find((r) => r[1] === 'Phường Hà Tu');
    const baiChay = rows.find((r) => r[1] === 'Phường Bãi Cháy');
    const total = rows.find((r) => r[1] === 'Tổng cộng');
    // visits, people, matters | regular, periodic, unannounced | leaders | groups5 (n, people) | groups10 (n, people, matters)
    expect(haTu?.slice(2, 13)).toEqual(['2', '13', '2', '2', '0', '0', '0', '1', '12', '1', '12']);
    expect(baiChay?.slice(2, 5)).toEqual(['2', '7', '2']);
    expect(total?.slice(2, 5)).toEqual(['4', '20', '4']);
  });

  it('02/XLD counts petitions by content and competence per ward', async () => {
    const res = await province.get(
      `/api/reports/petitions.xlsx?unitId=${units.province.id}&from=2026-10-01&to=2026-10-31`,
    );
    const rows = await sheetOf(res);
    const haTu = rows.find((r) => r[1] === 'Phường Hà Tu');
    // carried over, received | one, many, anonymous | complaint, denunciation, recommendation
    expect(haTu?.slice(2, 10)).toEqual(['0', '2', '2', '0', '0', '1', '0', '1']);
    expect(rows.find((r) => r[1] === 'Tổng cộng')?.slice(2, 4)).toEqual(['0', '3']);
  });

  it('reports only inside the caller scope', async () => {
    const leader = await world.as('hatu.lanhdao');
    expect(
      (
        await leader.get(
          `/api/reports/reception.xlsx?unitId=${units.baiChay.id}&from=2026-10-01&to=2026-10-31`,
        )
      ).statusCode,
    ).toBe(404);
  });
});

describe('petition statistics', () => {
  it('counts the period and compares with a year earlier', async () => {
    const res = await province.get(
      `/api/petitions/stats?unitId=${units.province.id}&from=2026-10-01&to=2026-10-31`,
    );
    expect(res.json().current).toMatchObject({
      received: 3,
      complaints: 1,
      denunciations: 1,
      recommendations: 1,
    });
    expect(res.json().previousYear.received).toBe(0);
    expect(res.json().change.received).toBeNull();
  });
});

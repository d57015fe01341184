import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createWorld, neighbourhood, type TestWorld } from '../../../../test/support/app.js';

let world: TestWorld;
let units: Awaited<ReturnType<typeof neighbourhood>>;
let provinceAdmin: Client;
let haTuAdmin: Client;

beforeAll(async () => {
  world = await createWorld();
  units = await neighbourhood(world);
  await world.newUser('tinh.quantri', [['unit_admin', units.province]]);
  await world.newUser('hatu.quantri', [['unit_admin', units.haTu]]);
  provinceAdmin = await world.as('tinh.quantri');
  haTuAdmin = await world.as('hatu.quantri');
});
afterAll(() => world.close());

const HEADER = ['Mã', 'Tên', 'Loại', 'Mã cấp trên', 'Vùng khó khăn'];
let seq = 0;
/** A code no other test uses: codes are unique among units in force. */
const newCode = (prefix: string) => `${prefix}${process.pid}-${++seq}`;

const csv = (rows: string[][]) => [HEADER, ...rows].map((r) => r.join(',')).join('\n');

async function xlsx(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Đơn vị');
  for (const row of [HEADER, ...rows]) sheet.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** POST /api/units/import as multipart/form-data, the way a browser form sends it. */
async function upload(
  client: Client,
  file: { name: string; data: string | Buffer },
  fields: Record<string, string> = {},
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const bytes = typeof file.data === 'string' ? file.data : new Uint8Array(file.data);
  form.append('file', new Blob([bytes]), file.name);
  const encoded = new Response(form);
  return client.request({
    method: 'POST',
    url: '/api/units/import',
    payload: Buffer.from(await encoded.arrayBuffer()),
    headers: { 'content-type': encoded.headers.get('content-type') ?? '' },
  });
}

async function findByName(client: Client, name: string) {
  const res = await client.get(`/api/units/search?q=${encodeURIComponent(name)}`);
  expect(res.statusCode).toBe(200);
  return (
    res.json().items as {
      id: string;
      name: string;
      code: string;
      kind: string;
      isRemote: boolean;
      parentId: string;
    }[]
  ).filter((u) => u.name === name);
}

async function importEntries(client: Client) {
  const res = await client.get('/api/audit?action=import&limit=200');
  expect(res.statusCode).toBe(200);
  return res.json().items.length as number;
}

describe('reading the file', () => {
  it('reads a CSV with Vietnamese headers and Vietnamese kind names', async () => {
    const ward = newCode('P');
    const group = newCode('TDP');
    const res = await upload(provinceAdmin, {
      name: 'don-vi.csv',
      data: csv([
        [ward, 'Phường Hồng Hà', 'Phường', units.province.code, ''],
        [group, 'Tổ dân phố 5 Hồng Hà', 'Tổ dân phố', ward, 'x'],
      ]),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ total: 2, imported: 2, dryRun: false, errors: [] });
    const [wardUnit] = await findByName(provinceAdmin, 'Phường Hồng Hà');
    expect(wardUnit).toMatchObject({
      code: ward,
      kind: 'ward',
      isRemote: false,
      parentId: units.province.id,
    });
    const [groupUnit] = await findByName(provinceAdmin, 'Tổ dân phố 5 Hồng Hà');
    expect(groupUnit).toMatchObject({
      code: group,
      kind: 'residential_group',
      isRemote: true,
      parentId: wardUnit?.id,
    });
  });

  it('reads an XLSX workbook with the same columns', async () => {
    const code = newCode('TDP');
    const res = await upload(haTuAdmin, {
      name: 'don-vi.xlsx',
      data: await xlsx([[code, 'Tổ dân phố 6 Hà Tu', 'Tổ dân phố', units.haTu.code, 'có']]),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ total: 1, imported: 1, errors: [] });
    expect(await findByName(haTuAdmin, 'Tổ dân phố 6 Hà Tu')).toEqual([
      expect.objectContaining({ code, kind: 'residential_group', isRemote: true, parentId: units.haTu.id }),
    ]);
  });

  it('accepts the ASCII column names and kind codes too', async () => {
    const code = newCode('T');
    const data = `ma,ten,loai,ma_cap_tren\n${code},Thôn Khe Ngát,village,${units.haTu.code}\n`;
    const res = await upload(haTuAdmin, { name: 'don-vi.CSV', data });
    expect(res.json()).toMatchObject({ imported: 1, errors: [] });
  });

  it('refuses a file that is neither CSV nor XLSX with 400 naming the file', async () => {
    const res = await upload(haTuAdmin, { name: 'don-vi.txt', data: csv([]) });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors).toEqual([{ path: 'file', message: 'Chỉ nhận tệp .csv hoặc .xlsx' }]);
  });

  it('refuses a damaged .xlsx with 400 naming the file', async () => {
    const res = await upload(haTuAdmin, { name: 'don-vi.xlsx', data: 'không phải tệp Excel' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('file');
  });

  it('refuses a CSV saved as UTF-16 with 400 naming the file', async () => {
    const data = Buffer.from(csv([['X1', 'Tổ 1', 'Tổ dân phố', units.haTu.code, '']]), 'utf16le');
    const res = await upload(haTuAdmin, { name: 'don-vi.csv', data });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('file');
  });

  it('refuses a request without a file with 400 naming the file', async () => {
    const json = await haTuAdmin.post('/api/units/import', { mode: 'all' });
    expect(json.statusCode).toBe(400);
    expect(json.json().errors[0].path).toBe('file');
    const empty = await upload(haTuAdmin, { name: 'don-vi.csv', data: HEADER.join(',') });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].path).toBe('file');
  });
});

describe('bad rows', () => {
  // Row 1 is the header: the second good row is row 4, the bad ones rows 3 and 5.
  const rows = () => {
    const good = [newCode('G'), newCode('G')];
    return {
      good,
      data: csv([
        [good[0] ?? '', 'Tổ dân phố 11 Hà Tu', 'Tổ dân phố', units.haTu.code, ''],
        [newCode('B'), 'Tổ dân phố 12 Hà Tu', 'Tổ sao Hỏa', units.haTu.code, ''],
        [good[1] ?? '', 'Tổ dân phố 13 Hà Tu', 'Tổ dân phố', units.haTu.code, ''],
        ['mã có dấu', 'Tổ dân phố 14 Hà Tu', 'Tổ dân phố', units.haTu.code, ''],
      ]),
    };
  };

  it('mode=all: one bad row is 422, every bad row is reported, and nothing is imported', async () => {
    const before = await importEntries(haTuAdmin);
    const res = await upload(haTuAdmin, { name: 'don-vi.csv', data: rows().data }, { mode: 'all' });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json();
    expect(problem.type).toBe('/problems/unprocessable');
    expect(problem.errors.map((e: { path: string }) => e.path)).toEqual(['rows.3.loai', 'rows.5.ma']);
    expect(problem.errors[0].message).toMatch(/^Dòng 3: /);
    for (const name of ['Tổ dân phố 11 Hà Tu', 'Tổ dân phố 13 Hà Tu'])
      expect(await findByName(haTuAdmin, name)).toEqual([]);
    expect(await importEntries(haTuAdmin)).toBe(before);
  });

  it('mode=valid: the good rows are imported and the bad ones reported', async () => {
    const { good, data } = rows();
    const res = await upload(haTuAdmin, { name: 'don-vi.csv', data }, { mode: 'valid' });
    expect(res.statusCode).toBe(200);
    const result = res.json();
    expect(result).toMatchObject({ total: 4, imported: 2, dryRun: false });
    expect(result.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [3, 'loai'],
      [5, 'ma'],
    ]);
    expect((await findByName(haTuAdmin, 'Tổ dân phố 11 Hà Tu')).map((u) => u.code)).toContain(good[0]);
    expect((await findByName(haTuAdmin, 'Tổ dân phố 13 Hà Tu')).map((u) => u.code)).toContain(good[1]);
    expect(await findByName(haTuAdmin, 'Tổ dân phố 12 Hà Tu')).toEqual([]);
  });

  it('mode=valid: a row whose parent is a bad earlier row is reported too', async () => {
    const bad = newCode('B');
    const res = await upload(
      haTuAdmin,
      {
        name: 'don-vi.csv',
        data: csv([
          [bad, 'Khu sao Hỏa', 'Khu sao Hỏa', units.haTu.code, ''],
          [newCode('C'), 'Tổ con của khu sao Hỏa', 'Tổ dân phố', bad, ''],
        ]),
      },
      { mode: 'valid' },
    );
    expect(res.json()).toMatchObject({
      imported: 0,
      errors: [
        expect.objectContaining({ row: 2, field: 'loai' }),
        expect.objectContaining({ row: 3, field: 'ma_cap_tren' }),
      ],
    });
  });

  it('reports a code repeated within the file on its second row', async () => {
    const code = newCode('D');
    const res = await upload(
      haTuAdmin,
      {
        name: 'don-vi.csv',
        data: csv([
          [code, 'Tổ dân phố 21 Hà Tu', 'Tổ dân phố', units.haTu.code, ''],
          [code, 'Tổ dân phố 22 Hà Tu', 'Tổ dân phố', units.haTu.code, ''],
        ]),
      },
      { mode: 'valid' },
    );
    expect(res.json()).toMatchObject({
      imported: 1,
      errors: [expect.objectContaining({ row: 3, field: 'ma' })],
    });
  });
});

describe('dry run', () => {
  it('writes nothing but reports what would be imported', async () => {
    const before = await importEntries(haTuAdmin);
    const res = await upload(
      haTuAdmin,
      {
        name: 'don-vi.csv',
        data: csv([
          [newCode('R'), 'Tổ dân phố 31 Hà Tu', 'Tổ dân phố', units.haTu.code, ''],
          [newCode('R'), 'Tổ dân phố 32 Hà Tu', 'Tổ dân phố', units.haTu.code, ''],
        ]),
      },
      { mode: 'all', dryRun: 'true' },
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ total: 2, imported: 2, dryRun: true, errors: [] });
    expect(await findByName(haTuAdmin, 'Tổ dân phố 31 Hà Tu')).toEqual([]);
    expect(await importEntries(haTuAdmin)).toBe(before);
  });

  it('reports the bad rows with 200 rather than 422, since nothing was to be written', async () => {
    const res = await upload(
      haTuAdmin,
      {
        name: 'don-vi.csv',
        data: csv([[newCode('R'), 'Tổ dân phố 33 Hà Tu', 'Tổ sao Hỏa', units.haTu.code, '']]),
      },
      { mode: 'all', dryRun: 'true' },
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      dryRun: true,
      errors: [expect.objectContaining({ row: 2, field: 'loai' })],
    });
  });
});

describe('parents', () => {
  it('takes as parent a row that comes earlier in the same file, three levels deep', async () => {
    const [ward, quarter, group] = [newCode('P'), newCode('K'), newCode('T')];
    const res = await upload(provinceAdmin, {
      name: 'don-vi.xlsx',
      data: await xlsx([
        [ward, 'Phường Tuần Châu', 'Phường', units.province.code, ''],
        [quarter, 'Khu phố 2 Tuần Châu', 'Khu phố', ward, ''],
        [group, 'Tổ 7 khu phố 2 Tuần Châu', 'Tổ dân phố', quarter, ''],
      ]),
    });
    expect(res.json()).toMatchObject({ imported: 3, errors: [] });
    const [deepest] = await findByName(provinceAdmin, 'Tổ 7 khu phố 2 Tuần Châu');
    const detail = (await provinceAdmin.get(`/api/units/${deepest?.id}`)).json();
    expect(detail.ancestors.map((a: { code: string }) => a.code)).toEqual([
      units.province.code,
      ward,
      quarter,
    ]);
  });

  it('treats a parent outside the caller scope as an error, like a parent that does not exist', async () => {
    const res = await upload(
      haTuAdmin,
      {
        name: 'don-vi.csv',
        data: csv([
          [newCode('O'), 'Tổ dân phố 41', 'Tổ dân phố', units.baiChay.code, ''],
          [newCode('O'), 'Tổ dân phố 42', 'Tổ dân phố', 'KHONG-CO-MA-NAY', ''],
          [newCode('O'), 'Tổ dân phố 43 Hà Tu', 'Tổ dân phố', units.haTu.code, ''],
        ]),
      },
      { mode: 'valid' },
    );
    expect(res.statusCode).toBe(200);
    const { imported, errors } = res.json();
    expect(imported).toBe(1);
    expect(errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [2, 'ma_cap_tren'],
      [3, 'ma_cap_tren'],
    ]);
    // The same words for both: the answer must not tell that the neighbour's code exists.
    expect(errors[0].message).toBe(errors[1].message);
    const bcChildren = (await provinceAdmin.get(`/api/units?parentId=${units.baiChay.id}`)).json().items;
    expect(bcChildren.map((u: { name: string }) => u.name)).not.toContain('Tổ dân phố 41');
  });

  it('refuses an account that may only read (403)', async () => {
    await world.newUser('hatu.lanhdao', [['leader', units.haTu]]);
    const leader = await world.as('hatu.lanhdao');
    const res = await upload(leader, {
      name: 'don-vi.csv',
      data: csv([[newCode('L'), 'Tổ dân phố 51', 'Tổ dân phố', units.haTu.code, '']]),
    });
    expect(res.statusCode).toBe(403);
  });
});

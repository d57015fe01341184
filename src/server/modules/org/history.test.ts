import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, neighbourhood, type TestWorld } from '../../../../test/support/app.js';
import { loadConfig } from '../../config.js';
import type { AuthedCtx } from '../../context.js';
import { loadScope } from '../auth/repo.js';
import { importUnits } from './import.js';

let world: TestWorld;
let ctx: AuthedCtx;
let provinceCode: string;

beforeAll(async () => {
  world = await createWorld();
  const { country, province } = await neighbourhood(world);
  provinceCode = province.code;
  const adminId = await world.newUser('quantri.lichsu', [['system_admin', country]]);
  const { db } = world.database;
  ctx = {
    db,
    config: loadConfig({}),
    scope: await loadScope(db, adminId, 'Quản trị'),
    sessionId: null,
    ip: null,
    memo: {},
  };
});
afterAll(() => world.close());

const row = (ma: string, ten: string, loai: string, cap: string, den?: string) => ({
  ma,
  ten,
  loai,
  ma_cap_tren: cap,
  hieu_luc_tu: '2019-01-01',
  ...(den ? { hieu_luc_den: den } : {}),
});

describe('history: the province → district → commune → village structure before 01/7/2025', () => {
  it('loads a four-tier tree whose tier names are data, beside the current units', async () => {
    const result = await importUnits(
      ctx,
      [
        row('193', 'Thành phố Hạ Long', 'Thành phố thuộc tỉnh', provinceCode, '2025-06-30'),
        row('06652', 'Phường Hà Tu', 'Phường', '193', '2025-06-30'),
        row('06652-K1', 'Khu 1', 'Khu phố', '06652', '2025-06-30'),
        row('199', 'Huyện Bình Liêu', 'Huyện', provinceCode, '2025-06-30'),
        row('06841', 'Xã Hoành Mô', 'Xã', '199', '2025-06-30'),
      ],
      'all',
      false,
    );
    expect(result.errors).toEqual([]);
    expect(result.imported).toBe(5);
    const units = await world.database.db
      .selectFrom('admin_unit')
      .select(['code', 'kind', 'valid_to', 'path'])
      .where('valid_to', 'is not', null)
      .orderBy('code')
      .execute();
    expect(units.map((u) => [u.code, u.kind, u.path.split('.').length])).toEqual([
      ['06652', 'ward', 4],
      ['06652-K1', 'quarter', 5],
      ['06841', 'commune', 4],
      ['193', 'provincial_city', 3],
      ['199', 'district', 3],
    ]);
  });

  it('still refuses a current unit whose code is already in force', async () => {
    const result = await importUnits(ctx, [row(provinceCode, 'Tỉnh trùng mã', 'Tỉnh', 'VN')], 'valid', true);
    expect(result.errors).toEqual([{ row: 2, field: 'ma', message: 'Mã đã tồn tại' }]);
  });
});

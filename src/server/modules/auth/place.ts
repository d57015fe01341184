import type { Ctx } from '../../context.js';

/** Entries with no unit (a login of a user without a home unit) go to this chain. */
export const SYSTEM_PROVINCE_ID = '00000000-0000-0000-0000-000000000000';

/** Where a user's own acts are audited: the chain of his home unit's province. */
export async function placeOfUser(ctx: Ctx, homeUnitId: string | null) {
  if (!homeUnitId) return { provinceId: SYSTEM_PROVINCE_ID, unitPath: null };
  const unit = await ctx.db
    .selectFrom('admin_unit')
    .select(['province_id', 'path'])
    .where('id', '=', homeUnitId)
    .executeTakeFirst();
  return unit
    ? { provinceId: unit.province_id, unitPath: unit.path }
    : { provinceId: SYSTEM_PROVINCE_ID, unitPath: null };
}

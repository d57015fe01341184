import { isRole } from '../../../domain/roles.js';
import type { Scope, ScopeGrant } from '../../auth/scope.js';
import type { Db } from '../../db/database.js';

export function findUserByUsername(db: Db, username: string) {
  return db
    .selectFrom('app_user')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirst();
}

export function findUserById(db: Db, id: string) {
  return db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The scope is read from the grants at every request, so a revoked grant takes effect at once. */
export async function loadScope(db: Db, userId: string, userName: string): Promise<Scope> {
  const rows = await db
    .selectFrom('user_grant as g')
    .innerJoin('admin_unit as u', 'u.id', 'g.admin_unit_id')
    .select([
      'g.id',
      'g.role',
      'u.id as unitId',
      'u.name as unitName',
      'u.code as unitCode',
      'u.kind as unitKind',
      'u.path',
      'u.province_id as provinceId',
    ])
    .where('g.user_id', '=', userId)
    .orderBy('u.path')
    .execute();
  const grants: ScopeGrant[] = [];
  for (const r of rows) if (isRole(r.role)) grants.push({ ...r, role: r.role });
  return { userId, userName, grants };
}

export function insertSession(
  db: Db,
  s: {
    tokenHash: string;
    userId: string;
    csrfToken: string;
    expiresAt: Date;
    ip: string | null;
    userAgent: string | null;
  },
) {
  return db
    .insertInto('user_session')
    .values({
      token_hash: s.tokenHash,
      user_id: s.userId,
      csrf_token: s.csrfToken,
      expires_at: s.expiresAt,
      ip: s.ip,
      user_agent: s.userAgent,
    })
    .execute();
}

export function findLiveSession(db: Db, tokenHash: string) {
  return db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .select([
      's.token_hash',
      's.csrf_token',
      's.user_id',
      'u.full_name',
      'u.disabled_at',
      'u.must_change_password',
    ])
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', new Date())
    .executeTakeFirst();
}

export function deleteSession(db: Db, tokenHash: string) {
  return db.deleteFrom('user_session').where('token_hash', '=', tokenHash).execute();
}

export function deleteSessionsOfUser(db: Db, userId: string, except?: string) {
  let q = db.deleteFrom('user_session').where('user_id', '=', userId);
  if (except) q = q.where('token_hash', '!=', except);
  return q.execute();
}

export type ThrottleKind = 'password' | 'totp';

export function findThrottle(db: Db, kind: ThrottleKind, subject: string) {
  return db
    .selectFrom('login_throttle')
    .select(['failures', 'last_failure_at'])
    .where('kind', '=', kind)
    .where('subject', '=', subject)
    .executeTakeFirst();
}

/** One more failure; a count older than `forgetBefore` starts again at one. */
export async function recordFailure(
  db: Db,
  kind: ThrottleKind,
  subject: string,
  now: Date,
  forgetBefore: Date,
) {
  await db
    .insertInto('login_throttle')
    .values({ kind, subject, failures: 1, last_failure_at: now })
    .onConflict((oc) =>
      oc.columns(['kind', 'subject']).doUpdateSet((eb) => ({
        failures: eb
          .case()
          .when('login_throttle.last_failure_at', '<', forgetBefore)
          .then(1)
          .else(eb('login_throttle.failures', '+', 1))
          .end(),
        last_failure_at: now,
      })),
    )
    .execute();
  // Names tried by a guesser would otherwise stay for ever.
  await db.deleteFrom('login_throttle').where('last_failure_at', '<', forgetBefore).execute();
}

export function clearFailures(db: Db, kind: ThrottleKind, subject: string) {
  return db.deleteFrom('login_throttle').where('kind', '=', kind).where('subject', '=', subject).execute();
}

/**
 * Spends a TOTP time step: true only if it is later than the last one used, checked in the UPDATE so
 * two logins racing with one code cannot both win.
 */
export async function claimTotpStep(db: Db, userId: string, step: number): Promise<boolean> {
  const res = await db
    .updateTable('app_user')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return res.numUpdatedRows > 0n;
}

import { foldVietnamese } from '../../../domain/text.js';
import { hasPermission, pathsFor } from '../../auth/scope.js';
import type { Config } from '../../config.js';
import type { AuthedCtx } from '../../context.js';
import { secretBox } from '../../crypto/secret-box.js';
import type { Db } from '../../db/database.js';
import { problem } from '../../http/problem.js';
import { recordAudit } from '../audit/service.js';
import { handlesDenunciationOfVisit } from '../petitions/service/queries.js';
import * as repo from './repo.js';
import type { Citizen } from './schemas.js';

/**
 * A visit at which a denunciation is received names the denouncer as surely as the petition does (Luật Tố
 * cáo 2018, Điều 47): its citizens are sealed like the petition's sender. What stays in clear keeps the
 * visit countable (how many came, who represented the group) and names nobody.
 */
export function placeholderCitizens(citizens: Citizen[]): Citizen[] {
  return citizens.map((c, i) => ({
    fullName: `Công dân ${i + 1} (bảo mật)`,
    idNumber: null,
    address: null,
    phone: null,
    isRepresentative: c.isRepresentative,
  }));
}

/** The logbook's search words: the citizens' names, ID numbers and phones, unless they are sealed. */
export function visitSearchText(citizens: Citizen[] | null, content: string, receiptNo: string): string {
  const identity = (citizens ?? []).flatMap((c) => [c.fullName, c.idNumber ?? '', c.phone ?? '']);
  return foldVietnamese([...identity, content, receiptNo].join(' '));
}

/** The citizens as stored: in clear, or placeholders with the sealed originals beside them. */
export function storedCitizens(config: Pick<Config, 'DENOUNCER_KEY'>, citizens: Citizen[], sealed: boolean) {
  return sealed
    ? { citizens: placeholderCitizens(citizens), secret: secretBox(config).seal(citizens) }
    : { citizens, secret: null };
}

/**
 * Seals the citizens of a visit once a denunciation is received from it (staff intake from the receipt).
 * Runs in the intake's transaction; the intake has already checked the visit is in the caller's scope.
 */
export async function sealVisit(
  trx: Db,
  config: Pick<Config, 'DENOUNCER_KEY'>,
  provinceId: string,
  id: string,
) {
  const visit = await repo.findVisitInProvince(trx, provinceId, id);
  if (!visit || visit.citizens_secret) return;
  const citizens = visit.citizens as Citizen[];
  await repo.sealVisitCitizens(trx, provinceId, id, {
    citizens: placeholderCitizens(citizens),
    citizensSecret: secretBox(config).seal(citizens),
    searchText: visitSearchText(null, visit.content, visit.receipt_no),
  });
}

/** The sealed citizens of a visit, for the handler of its denunciation only (checked by the caller). */
export function openVisitCitizens(config: Pick<Config, 'DENOUNCER_KEY'>, secret: string): Citizen[] {
  return secretBox(config).open<Citizen[]>(secret);
}

/**
 * The lead citizen of a sealed visit (its representative, else its first citizen), to become the sender
 * of the denunciation received there: the officer never sees him, the petition seals him again.
 */
export async function sealedLeadOfVisit(
  db: Db,
  config: Pick<Config, 'DENOUNCER_KEY'>,
  provinceId: string,
  id: string,
) {
  const visit = await repo.findVisitInProvince(db, provinceId, id);
  if (!visit?.citizens_secret) return null;
  const citizens = openVisitCitizens(config, visit.citizens_secret);
  return citizens.find((c) => c.isRepresentative) ?? citizens[0] ?? null;
}

/**
 * Who came to a visit at which a denunciation was received: for the handler assigned to that denunciation
 * and nobody else, not even his leader (Luật Tố cáo 2018, Điều 47). Every reveal is audited.
 */
export async function revealVisitCitizens(ctx: AuthedCtx, id: string): Promise<Citizen[]> {
  if (!hasPermission(ctx.scope, 'reception.read')) throw problem.forbidden();
  const row = await repo.findVisit(ctx.db, pathsFor(ctx.scope, 'reception.read'), id);
  if (!row) throw problem.notFound('Lượt tiếp');
  if (!row.citizens_secret) throw problem.notFound('Thông tin công dân được bảo mật');
  if (!(await handlesDenunciationOfVisit(ctx, row.province_id, row.id))) {
    throw problem.forbidden('Chỉ cán bộ được giao thụ lý đơn tố cáo được xem thông tin người tố cáo');
  }
  const citizens = openVisitCitizens(ctx.config, row.citizens_secret);
  await ctx.db.transaction().execute((trx) =>
    recordAudit(
      trx,
      ctx,
      { provinceId: row.province_id, unitPath: row.unit_path },
      {
        action: 'reveal',
        entity: 'reception_visit',
        entityId: row.id,
        summary: `Xem thông tin người tố cáo của lượt tiếp, phiếu ${row.receipt_no}`,
      },
    ),
  );
  return citizens;
}

import { createHash, randomUUID } from 'node:crypto';
import { coversPath, hasPermission, pathsFor } from '../../../auth/scope.js';
import type { AuthedCtx } from '../../../context.js';
import type { Db } from '../../../db/database.js';
import { problem } from '../../../http/problem.js';
import { recordAudit } from '../../audit/service.js';
import * as repo from '../repo.js';

/** What a petition may carry: scans and photos of papers, office documents. Checked by content too. */
const allowed: { mime: string; ext: RegExp; magic: number[] }[] = [
  { mime: 'application/pdf', ext: /\.pdf$/i, magic: [0x25, 0x50, 0x44, 0x46] },
  { mime: 'image/jpeg', ext: /\.jpe?g$/i, magic: [0xff, 0xd8, 0xff] },
  { mime: 'image/png', ext: /\.png$/i, magic: [0x89, 0x50, 0x4e, 0x47] },
  {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ext: /\.docx$/i,
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
];
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

async function petitionFor(ctx: AuthedCtx, id: string, permission: 'petition.read' | 'petition.write') {
  if (!hasPermission(ctx.scope, permission)) throw problem.forbidden();
  const p = await repo.findPetition(ctx.db, pathsFor(ctx.scope, 'petition.read'), id);
  if (!p || !coversPath(ctx.scope, permission, p.unit_path)) throw problem.notFound('Đơn');
  return p;
}

/** A denunciation's papers may show who wrote them: like the identity, only its handler opens them. */
function assertMayOpen(ctx: AuthedCtx, p: repo.PetitionRow) {
  if (p.kind === 'denunciation' && p.handler_id !== ctx.scope.userId) {
    throw problem.forbidden(
      'Tài liệu của đơn tố cáo chỉ cán bộ được giao thụ lý được mở (Luật Tố cáo 2018, Điều 47)',
    );
  }
}

/** The kind of a file a petition may carry, or the reason it may not (checked by name and by content). */
export function checkAttachment(name: string, data: Buffer): { mime: string } | { error: string } {
  return checkFileHead(name, data.length, data);
}

/** The same check on a file streamed to disk: its size and its first bytes are all it needs. */
export function checkFileHead(
  name: string,
  size: number,
  head: Buffer,
): { mime: string } | { error: string } {
  const kind = allowed.find((a) => a.ext.test(name));
  if (!kind) return { error: 'Chỉ nhận tệp PDF, JPG, PNG hoặc DOCX' };
  if (size === 0) return { error: 'Tệp rỗng' };
  if (size > MAX_ATTACHMENT_BYTES) return { error: 'Tệp lớn hơn 5 MB' };
  if (!kind.magic.every((b, i) => head[i] === b)) return { error: 'Nội dung tệp không khớp với đuôi tệp' };
  return { mime: kind.mime };
}

/** The longest magic number above: how much of a file's start the check needs. */
export const HEAD_BYTES = Math.max(...allowed.map((a) => a.magic.length));

/** Stores one checked file with its petition. Runs in the caller's transaction. */
export async function insertAttachment(
  trx: Db,
  p: { provinceId: string; petitionId: string },
  file: { name: string; mime: string; data: Buffer },
  uploadedBy: string | null,
) {
  const id = randomUUID();
  await trx
    .insertInto('petition_attachment')
    .values({
      province_id: p.provinceId,
      petition_id: p.petitionId,
      id,
      file_name: file.name.slice(0, 200),
      mime_type: file.mime,
      size_bytes: file.data.length,
      sha256: createHash('sha256').update(file.data).digest('hex'),
      data: file.data,
      uploaded_by: uploadedBy,
    })
    .execute();
  return id;
}

export async function addAttachment(
  ctx: AuthedCtx,
  id: string,
  file: { name: string; mime: string; data: Buffer },
) {
  const p = await petitionFor(ctx, id, 'petition.write');
  const checked = checkAttachment(file.name, file.data);
  if ('error' in checked) throw problem.validation([{ path: 'file', message: checked.error }]);
  const attachmentId = await ctx.db.transaction().execute(async (trx) => {
    const added = await insertAttachment(
      trx,
      { provinceId: p.province_id, petitionId: p.id },
      { name: file.name, mime: checked.mime, data: file.data },
      ctx.scope.userId,
    );
    await recordAudit(
      trx,
      ctx,
      { provinceId: p.province_id, unitPath: p.unit_path },
      {
        action: 'attach',
        entity: 'petition',
        entityId: p.id,
        summary: `Đính kèm tệp vào đơn ${p.tracking_code} (${Math.ceil(file.data.length / 1024)} KB)`,
      },
    );
    return added;
  });
  const added = (await listAttachments(ctx, id)).find((a) => a.id === attachmentId);
  if (!added) throw problem.notFound('Tệp đính kèm');
  return added;
}

export async function listAttachments(ctx: AuthedCtx, id: string) {
  const p = await petitionFor(ctx, id, 'petition.read');
  const rows = await ctx.db
    .selectFrom('petition_attachment')
    .select(['id', 'file_name', 'mime_type', 'size_bytes', 'created_at'])
    .where('province_id', '=', p.province_id)
    .where('petition_id', '=', p.id)
    // Files sent together share one timestamp (one transaction): their names break the tie.
    .orderBy('created_at')
    .orderBy('file_name')
    .execute();
  // The names of a denunciation's files may name the denouncer ("Don to cao - Nguyen Van A.pdf").
  const hidden = p.kind === 'denunciation' && p.handler_id !== ctx.scope.userId;
  return rows.map((r, i) => ({
    id: r.id,
    fileName: hidden ? `Tài liệu ${i + 1} (được bảo mật)` : r.file_name,
    mimeType: r.mime_type,
    sizeBytes: r.size_bytes,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}

export async function openAttachment(ctx: AuthedCtx, id: string, attachmentId: string) {
  const p = await petitionFor(ctx, id, 'petition.read');
  assertMayOpen(ctx, p);
  const row = await ctx.db
    .selectFrom('petition_attachment')
    .selectAll()
    .where('province_id', '=', p.province_id)
    .where('petition_id', '=', p.id)
    .where('id', '=', attachmentId)
    .executeTakeFirst();
  if (!row) throw problem.notFound('Tệp đính kèm');
  if (p.kind === 'denunciation') {
    await ctx.db.transaction().execute((trx) =>
      recordAudit(
        trx,
        ctx,
        { provinceId: p.province_id, unitPath: p.unit_path },
        {
          action: 'reveal',
          entity: 'petition',
          entityId: p.id,
          summary: `Mở tài liệu của đơn tố cáo ${p.tracking_code}`,
        },
      ),
    );
  }
  return row;
}

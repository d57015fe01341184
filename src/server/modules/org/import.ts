import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { z } from 'zod';
import { foldVietnamese, headerKey } from '../../../domain/text.js';
import { hasPermission, pathsFor } from '../../auth/scope.js';
import type { AuthedCtx } from '../../context.js';
import { problem } from '../../http/problem.js';
import { recordAudit } from '../audit/service.js';
import * as repo from './repo.js';
import { calendarDate } from './schemas.js';
import { PROVINCE_KINDS } from './service.js';

export interface ImportError {
  row: number;
  field: string;
  message: string;
}
export type ImportMode = 'all' | 'valid';

const yes = new Set(['1', 'x', 'co', 'true', 'yes']);
const ImportRow = z.object({
  ma: z
    .string()
    .trim()
    .min(1)
    .max(20)
    .regex(/^[A-Za-z0-9._-]+$/, { error: 'Mã chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang' }),
  ten: z.string().trim().min(2).max(200),
  loai: z.string().trim().min(1),
  ma_cap_tren: z.string().trim().min(1, { error: 'Thiếu mã đơn vị cấp trên' }),
  vung_kho_khan: z
    .string()
    .trim()
    .optional()
    .transform((v) => yes.has(foldVietnamese(v ?? ''))),
  hieu_luc_tu: calendarDate('Ngày hiệu lực theo định dạng YYYY-MM-DD, từ năm 1900').optional(),
  // Units that no longer exist (the districts before 01/7/2025) load with an end date, for history.
  hieu_luc_den: calendarDate('Ngày hết hiệu lực theo định dạng YYYY-MM-DD, từ năm 1900').optional(),
});
type ImportRow = z.infer<typeof ImportRow>;

/** Reads the first sheet of an .xlsx or a UTF-8 .csv into records keyed by folded header. */
export async function readTable(fileName: string, data: Buffer): Promise<Record<string, string>[]> {
  if (/\.xlsx$/i.test(fileName)) {
    const wb = new ExcelJS.Workbook();
    // A renamed or damaged file is the user's mistake, not ours: 400 on the field, not a 500.
    await wb.xlsx.load(data as unknown as ArrayBuffer).catch(() => {
      throw problem.validation([
        { path: 'file', message: 'Tệp Excel bị hỏng hoặc không phải định dạng .xlsx' },
      ]);
    });
    const sheet = wb.worksheets[0];
    if (!sheet) return [];
    const headers: string[] = [];
    sheet.getRow(1).eachCell((cell, col) => {
      headers[col] = headerKey(cell.text);
    });
    const rows: Record<string, string>[] = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const rec: Record<string, string> = {};
      sheet.getRow(r).eachCell((cell, col) => {
        const key = headers[col];
        if (key) rec[key] = cell.text;
      });
      rows.push(rec);
    }
    return rows;
  }
  if (/\.csv$/i.test(fileName)) {
    const text = data.toString('utf8').replace(/^\uFEFF/, '');
    // NUL bytes mean UTF-16 ("Unicode text" in Excel); PostgreSQL text cannot hold them either.
    if (text.includes('\u0000'))
      throw problem.validation([{ path: 'file', message: 'Tệp CSV phải được lưu với bảng mã UTF-8' }]);
    const parsed = Papa.parse<Record<string, string>>(text, {
      header: true,
      skipEmptyLines: 'greedy',
      transformHeader: headerKey,
    });
    return parsed.data;
  }
  throw problem.validation([{ path: 'file', message: 'Chỉ nhận tệp .csv hoặc .xlsx' }]);
}

interface Planned extends ImportRow {
  id: string;
  rowNo: number;
  kind: string;
}

/** Mode 'all' with a bad row is the user's mistake to answer with 422, listing every bad row. */
export function importRefused(result: { dryRun: boolean; errors: ImportError[] }, mode: ImportMode) {
  if (mode !== 'all' || result.dryRun || result.errors.length === 0) return null;
  return problem.unprocessable(
    result.errors.map((e) => ({ path: `rows.${e.row}.${e.field}`, message: `Dòng ${e.row}: ${e.message}` })),
    `Có ${result.errors.length} lỗi; không dòng nào được nhập`,
  );
}

/**
 * Validates every row (a parent may be an existing unit or an earlier row) and imports them in one
 * transaction: all or nothing in mode 'all', the good rows in mode 'valid'. Row 1 is the header.
 */
export async function importUnits(
  ctx: AuthedCtx,
  records: Record<string, string>[],
  mode: ImportMode,
  dryRun: boolean,
) {
  if (!hasPermission(ctx.scope, 'org.write')) throw problem.forbidden();
  const paths = pathsFor(ctx.scope, 'org.write');
  const kinds = await repo.listUnitKinds(ctx.db);
  const kindOf = (v: string) =>
    kinds.find((k) => k.code === v || foldVietnamese(k.name) === foldVietnamese(v))?.code ?? null;
  const errors: ImportError[] = [];
  const planned: Planned[] = [];
  const seen = new Map<string, number>();
  for (const [i, rec] of records.entries()) {
    const rowNo = i + 2;
    const parsed = ImportRow.safeParse(rec);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({ row: rowNo, field: String(issue.path[0] ?? ''), message: issue.message });
      continue;
    }
    const kind = kindOf(parsed.data.loai);
    if (!kind)
      errors.push({
        row: rowNo,
        field: 'loai',
        message: `Loại đơn vị "${parsed.data.loai}" không có trong danh mục`,
      });
    if (seen.has(parsed.data.ma))
      errors.push({ row: rowNo, field: 'ma', message: `Mã trùng với dòng ${seen.get(parsed.data.ma)}` });
    // Codes are unique among units in force; a historical unit may share its code with today's.
    else if (!parsed.data.hieu_luc_den && (await repo.findUnitByCode(ctx.db, parsed.data.ma)))
      errors.push({ row: rowNo, field: 'ma', message: 'Mã đã tồn tại' });
    seen.set(parsed.data.ma, rowNo);
    if (kind) planned.push({ ...parsed.data, id: randomUUID(), rowNo, kind });
  }
  const badRows = new Set(errors.map((e) => e.row));
  const importable = planned.filter((p) => !badRows.has(p.rowNo));
  const result = { total: records.length, dryRun, errors, imported: 0 };
  await ctx.db
    .transaction()
    .execute(async (trx) => {
      const placed = new Map<string, { id: string; path: string; provinceId: string }>();
      for (const p of importable) {
        const parent = placed.get(p.ma_cap_tren) ?? (await resolveParent(trx, paths, p.ma_cap_tren));
        if (!parent) {
          errors.push({
            row: p.rowNo,
            field: 'ma_cap_tren',
            message: 'Mã cấp trên không tồn tại, ngoài phạm vi hoặc ở dòng lỗi',
          });
          continue;
        }
        const provinceId = PROVINCE_KINDS.has(p.kind) ? p.id : parent.provinceId;
        const path = await repo.insertUnit(trx, {
          id: p.id,
          parentId: parent.id,
          parentPath: parent.path,
          provinceId,
          code: p.ma,
          name: p.ten,
          kind: p.kind,
          isRemote: p.vung_kho_khan,
          validFrom: p.hieu_luc_tu,
          validTo: p.hieu_luc_den,
        });
        placed.set(p.ma, { id: p.id, path, provinceId });
        await recordAudit(
          trx,
          ctx,
          { provinceId, unitPath: path },
          {
            action: 'import',
            entity: 'admin_unit',
            entityId: p.id,
            summary: `Nhập đơn vị ${p.ten} (${p.ma}) từ tệp`,
            after: { code: p.ma, name: p.ten, kind: p.kind, parentCode: p.ma_cap_tren },
          },
        );
        result.imported += 1;
      }
      errors.sort((a, b) => a.row - b.row);
      // Rolling back is how "import nothing" and "check only" keep the database untouched.
      if (dryRun || (mode === 'all' && errors.length > 0)) throw new RollBack();
    })
    .catch((e: unknown) => {
      if (!(e instanceof RollBack)) throw e;
    });
  if (mode === 'all' && errors.length > 0) result.imported = 0;
  return result;
}

class RollBack extends Error {}

async function resolveParent(db: AuthedCtx['db'], paths: string[], code: string) {
  const unit = await repo.findUnitByCode(db, code);
  if (!unit) return null;
  const visible = await repo.findUnit(db, paths, unit.id);
  return visible ? { id: unit.id, path: visible.path, provinceId: visible.province_id } : null;
}

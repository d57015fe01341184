import { z } from 'zod';

const unitCode = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .regex(/^[A-Za-z0-9._-]+$/, { error: 'Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang' });
const unitName = z.string().trim().min(2, { error: 'Tên đơn vị phải có ít nhất 2 ký tự' }).max(200);
const kindCode = z.string().trim().min(1).max(40);

export const IdParam = z.object({ id: z.uuid() });

/**
 * 'YYYY-MM-DD' from 1900 to 2100. The ISO pattern alone lets year 0000 through, which PostgreSQL has no
 * date for (and PGlite cannot send a JS Date before year 1); 9999-12-31 overflowed the deadline and
 * period arithmetic. Both failed as a 500. The calendar of days off is kept up to 2100 (YearParam).
 */
export const calendarDate = (error?: string) =>
  z.iso
    .date({ error, abort: true })
    .refine((d) => d >= '1900-01-01', { error: error ?? 'Ngày phải từ năm 1900 trở đi', abort: true })
    .refine((d) => d <= '2100-12-31', { error: error ?? 'Ngày phải trước năm 2101' });

export const UnitListQuery = z.object({
  parentId: z.uuid().optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export const UnitSearchQuery = z.object({ q: z.string().trim().min(1).max(100) });

export const UnitCreate = z.object({
  parentId: z.uuid(),
  code: unitCode,
  name: unitName,
  kind: kindCode,
  isRemote: z.boolean().default(false),
  validFrom: calendarDate().optional(),
});
export type UnitCreate = z.infer<typeof UnitCreate>;

export const UnitUpdate = z
  .object({
    code: unitCode.optional(),
    name: unitName.optional(),
    kind: kindCode.optional(),
    isRemote: z.boolean().optional(),
    validTo: calendarDate().nullable().optional(),
  })
  .strict();
export type UnitUpdate = z.infer<typeof UnitUpdate>;

export const UnitMove = z.object({ parentId: z.uuid() });

export const Unit = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  provinceId: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  kindName: z.string(),
  level: z.number(),
  isRemote: z.boolean(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  childCount: z.number(),
  path: z.string(),
});
export type Unit = z.infer<typeof Unit>;

export const Ancestor = z.object({ id: z.string(), name: z.string(), code: z.string() });
export const UnitDetail = Unit.extend({ ancestors: z.array(Ancestor) });
export const UnitPage = z.object({ items: z.array(Unit), nextCursor: z.string().nullable() });
export const UnitSearchResult = z.object({ items: z.array(UnitDetail) });

export const Kind = z.object({ code: z.string(), name: z.string() });

export const ImportResult = z.object({
  total: z.number(),
  imported: z.number(),
  dryRun: z.boolean(),
  errors: z.array(z.object({ row: z.number(), field: z.string(), message: z.string() })),
});

export const OrganizationQuery = z.object({ unitId: z.uuid(), q: z.string().trim().max(100).optional() });
export const OrganizationCreate = z.object({
  unitId: z.uuid(),
  parentId: z.uuid().nullable().optional(),
  kind: kindCode,
  name: z.string().trim().min(2).max(300),
  code: z.string().trim().max(40).nullable().optional(),
});
export type OrganizationCreate = z.infer<typeof OrganizationCreate>;
export const OrganizationUpdate = OrganizationCreate.omit({ unitId: true }).partial().strict();
export type OrganizationUpdate = z.infer<typeof OrganizationUpdate>;
export const Organization = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  parentId: z.string().nullable(),
  kind: z.string(),
  kindName: z.string(),
  name: z.string(),
  code: z.string().nullable(),
});

export const HomeStats = z.object({
  units: z.number(),
  communes: z.number(),
  villages: z.number(),
  organizations: z.number(),
  users: z.number(),
  auditToday: z.number(),
});

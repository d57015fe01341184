import { z } from 'zod';
import { roles } from '../../../domain/roles.js';
import { NewPassword } from '../auth/schemas.js';

export const UserIdParam = z.object({ id: z.uuid() });
export const GrantParams = z.object({ id: z.uuid(), grantId: z.uuid() });

export const UserListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  unitId: z.uuid().optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type UserListQuery = z.infer<typeof UserListQuery>;

const phone = z
  .string()
  .trim()
  .regex(/^(\+84|0)\d{9,10}$/, { error: 'Số điện thoại không hợp lệ (ví dụ 0912345678)' });

export const UserCreate = z.object({
  username: z
    .string()
    .trim()
    .min(3)
    .max(50)
    .regex(/^[a-z0-9._-]+$/i, { error: 'Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang' }),
  fullName: z.string().trim().min(2).max(200),
  email: z.email().nullable().optional(),
  phone: phone.nullable().optional(),
  kind: z.enum(['staff', 'citizen']),
  homeUnitId: z.uuid(),
  password: NewPassword,
});
export type UserCreate = z.infer<typeof UserCreate>;

export const UserUpdate = z
  .object({
    fullName: z.string().trim().min(2).max(200).optional(),
    email: z.email().nullable().optional(),
    phone: phone.nullable().optional(),
    homeUnitId: z.uuid().optional(),
    disabled: z.boolean().optional(),
  })
  .strict();
export type UserUpdate = z.infer<typeof UserUpdate>;

export const PasswordReset = z.object({ password: NewPassword });
export const GrantCreate = z.object({ role: z.enum(roles), unitId: z.uuid() });
export type GrantCreate = z.infer<typeof GrantCreate>;

export const Grant = z.object({
  id: z.string(),
  role: z.enum(roles),
  unitId: z.string(),
  unitName: z.string(),
});
export const User = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  kind: z.enum(['staff', 'citizen']),
  homeUnitId: z.string().nullable(),
  homeUnitName: z.string().nullable(),
  disabled: z.boolean(),
  totpEnabled: z.boolean(),
  createdAt: z.string(),
  grants: z.array(Grant),
});
export type User = z.infer<typeof User>;
export const UserPage = z.object({ items: z.array(User), nextCursor: z.string().nullable() });

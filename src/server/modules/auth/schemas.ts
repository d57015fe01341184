import { z } from 'zod';
import { permissions, roles } from '../../../domain/roles.js';

export const LoginBody = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
  totpCode: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: 'Mã xác thực gồm 6 chữ số' })
    .optional(),
});
export type LoginBody = z.infer<typeof LoginBody>;

/** One rule for every new password, so the admin reset and the user's own change agree. */
export const NewPassword = z
  .string()
  .min(10, { error: 'Mật khẩu phải có ít nhất 10 ký tự' })
  .max(200)
  .refine((p) => /[A-Za-zÀ-ỹ]/.test(p) && /\d/.test(p), { error: 'Mật khẩu phải có cả chữ và số' });

export const PasswordChangeBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: NewPassword,
});

export const TotpCodeBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: 'Mã xác thực gồm 6 chữ số' }),
});
export const TotpDisableBody = z.object({ password: z.string().min(1).max(200) });
export const TotpSetup = z.object({ secret: z.string(), otpauthUrl: z.string() });

export const Me = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  kind: z.enum(['staff', 'citizen']),
  totpEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
  grants: z.array(
    z.object({
      id: z.string(),
      role: z.enum(roles),
      unitId: z.string(),
      unitName: z.string(),
      unitCode: z.string(),
    }),
  ),
  permissions: z.array(z.enum(permissions)),
});

export const Session = z.object({ user: Me, csrfToken: z.string() });

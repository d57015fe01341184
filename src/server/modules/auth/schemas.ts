import { z } from 'zod';
import { normalizeUsername } from '../../../domain/login-throttle.js';
import { passwordWeaknesses } from '../../../domain/password-policy.js';
import { permissions, roles } from '../../../domain/roles.js';

export const LoginBody = z.object({
  // Normalized here, before the rate limit keys on it and the service looks it up.
  username: z.string().trim().min(1).max(100).transform(normalizeUsername),
  password: z.string().min(1).max(200),
  totpCode: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: 'Mã xác thực gồm 6 chữ số' })
    .optional(),
});
export type LoginBody = z.infer<typeof LoginBody>;

/**
 * The password rule without its owner, so a form names the field with every other bad field; the
 * service checks again against the owner's name (passwordWeaknesses with the user).
 */
export const NewPassword = z
  .string()
  // No .max(): the rule refuses a long one first, before the strength estimate reads it.
  .superRefine((password, ctx) => {
    for (const message of passwordWeaknesses(password)) ctx.addIssue({ code: 'custom', message });
  });

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

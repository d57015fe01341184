/**
 * The part of the server's password rule (src/domain/password-policy.ts) worth checking before a round
 * trip: the length. The common-password list stays on the server; its answer lands on the field.
 */
export const strongPassword = {
  validator: (_: unknown, value: string | undefined) => {
    if (!value) return Promise.resolve();
    if ([...value].length < 12) return Promise.reject(new Error('Mật khẩu phải có ít nhất 12 ký tự'));
    return Promise.resolve();
  },
};

/** Shown under every new-password field. */
export const passwordHint =
  'Ít nhất 12 ký tự, không chứa tên đăng nhập, không phải mật khẩu phổ biến; nên dùng một câu dễ nhớ.';

/** Mirrors the server's rule (at least 10 characters, letters and digits) to answer before a round trip. */
export const strongPassword = {
  validator: (_: unknown, value: string | undefined) => {
    if (!value) return Promise.resolve();
    if (value.length < 10) return Promise.reject(new Error('Mật khẩu phải có ít nhất 10 ký tự'));
    if (!/[A-Za-zÀ-ỹ]/.test(value) || !/\d/.test(value))
      return Promise.reject(new Error('Mật khẩu phải có cả chữ và số'));
    return Promise.resolve();
  },
};

export interface FieldError {
  path: string;
  message: string;
}

/**
 * An error meant for the user: RFC 9457 problem+json with a stable `type` and a Vietnamese `title`.
 * Services throw these; one error handler writes them.
 */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    readonly errors: FieldError[] = [],
    readonly detail?: string,
    /** Seconds, sent as Retry-After: a client told to wait is told how long. */
    readonly retryAfter?: number,
  ) {
    super(title);
  }

  toJSON() {
    return {
      type: this.type,
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(this.errors.length ? { errors: this.errors } : {}),
    };
  }
}

export const problem = {
  validation: (errors: FieldError[], detail?: string) =>
    new Problem(400, '/problems/validation', 'Dữ liệu không hợp lệ', errors, detail),
  unprocessable: (errors: FieldError[], detail?: string) =>
    new Problem(422, '/problems/unprocessable', 'Không thể xử lý dữ liệu', errors, detail),
  // Outside the caller's scope the answer is 404, never 403, so existence does not leak.
  notFound: (what = 'Bản ghi') => new Problem(404, '/problems/not-found', `${what} không tồn tại`),
  unauthorized: (detail?: string) =>
    new Problem(401, '/problems/unauthorized', 'Bạn cần đăng nhập', [], detail),
  forbidden: (detail?: string) =>
    new Problem(403, '/problems/forbidden', 'Bạn không có quyền thực hiện thao tác này', [], detail),
  conflict: (path: string, message: string) =>
    new Problem(409, '/problems/conflict', 'Dữ liệu bị trùng hoặc xung đột', [{ path, message }]),
  // Someone else changed the record between this user's read and his write: nothing was saved.
  stale: (what = 'Bản ghi') =>
    new Problem(409, '/problems/stale', `${what} vừa được người khác xử lý, hãy tải lại`),
  throttled: (path: string, message: string, seconds: number) =>
    new Problem(
      429,
      '/problems/login-throttled',
      'Nhập sai quá nhiều lần, vui lòng chờ rồi thử lại',
      [{ path, message }],
      undefined,
      seconds,
    ),
  passwordChangeRequired: () =>
    new Problem(
      403,
      '/problems/password-change-required',
      'Bạn cần đổi mật khẩu trước khi tiếp tục',
      [],
      'Mật khẩu do quản trị viên cấp chỉ dùng để đặt mật khẩu mới.',
    ),
  csrf: () => new Problem(403, '/problems/csrf', 'Phiên làm việc không hợp lệ, vui lòng tải lại trang'),
};

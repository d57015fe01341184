import { type core, z } from 'zod';

const typeNames: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'đúng/sai',
  array: 'danh sách',
  object: 'đối tượng',
  date: 'ngày',
};

const formatNames: Record<string, string> = {
  uuid: 'Mã định danh',
  email: 'Địa chỉ email',
  url: 'Địa chỉ URL',
  date: 'Ngày (định dạng YYYY-MM-DD)',
  datetime: 'Thời điểm',
  regex: 'Định dạng',
};

function sizeMessage(issue: core.$ZodRawIssue, bound: 'min' | 'max'): string {
  const limit = String(bound === 'min' ? issue.minimum : issue.maximum);
  switch (issue.origin) {
    case 'string':
      if (bound === 'min' && limit === '1') return 'Không được để trống';
      return bound === 'min' ? `Phải có ít nhất ${limit} ký tự` : `Không được quá ${limit} ký tự`;
    case 'array':
    case 'set':
      return bound === 'min' ? `Phải có ít nhất ${limit} mục` : `Không được quá ${limit} mục`;
    case 'file':
      return bound === 'min' ? 'Tệp rỗng' : `Tệp không được lớn hơn ${limit} byte`;
    default:
      return bound === 'min' ? `Phải lớn hơn hoặc bằng ${limit}` : `Phải nhỏ hơn hoặc bằng ${limit}`;
  }
}

/** Vietnamese messages for every Zod issue; a schema's own `error` still wins over these. */
export function vietnameseIssueMessage(issue: core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'Trường này là bắt buộc';
      return `Sai kiểu dữ liệu: cần ${typeNames[String(issue.expected)] ?? String(issue.expected)}`;
    case 'too_small':
      return sizeMessage(issue, 'min');
    case 'too_big':
      return sizeMessage(issue, 'max');
    case 'invalid_format':
      return `${formatNames[String(issue.format)] ?? 'Định dạng'} không hợp lệ`;
    case 'invalid_value':
      return `Giá trị không hợp lệ; chỉ chấp nhận: ${(issue.values ?? []).map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `Trường không được chấp nhận: ${(issue.keys ?? []).join(', ')}`;
    case 'not_multiple_of':
      return `Phải là bội số của ${String(issue.divisor)}`;
    default:
      return 'Giá trị không hợp lệ';
  }
}

let installed = false;
/** Installs the Vietnamese messages once for the process (server, CLI and web share it). */
export function installVietnameseZodMessages(): void {
  if (installed) return;
  z.config({ customError: (issue) => vietnameseIssueMessage(issue) });
  installed = true;
}

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { installVietnameseZodMessages } from './zod-vi.js';

installVietnameseZodMessages();

const messageOf = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues[0]?.message;

describe('Vietnamese validation messages', () => {
  it.each([
    ['a missing field', z.object({ a: z.string() }), {}, 'Trường này là bắt buộc'],
    ['a wrong type', z.number(), 'x', 'Sai kiểu dữ liệu: cần số'],
    ['an empty string', z.string().min(1), '', 'Không được để trống'],
    ['a short string', z.string().min(5), 'abc', 'Phải có ít nhất 5 ký tự'],
    ['a long string', z.string().max(3), 'abcd', 'Không được quá 3 ký tự'],
    ['a small number', z.number().min(1), 0, 'Phải lớn hơn hoặc bằng 1'],
    ['a bad uuid', z.uuid(), 'abc', 'Mã định danh không hợp lệ'],
    ['a bad email', z.email(), 'abc', 'Địa chỉ email không hợp lệ'],
    ['a bad date', z.iso.date(), '31/12/2026', 'Ngày (định dạng YYYY-MM-DD) không hợp lệ'],
    [
      'a value outside an enum',
      z.enum(['all', 'valid']),
      'x',
      'Giá trị không hợp lệ; chỉ chấp nhận: all, valid',
    ],
    ['an unknown key', z.object({}).strict(), { x: 1 }, 'Trường không được chấp nhận: x'],
  ])('explains %s', (_what, schema, value, want) => expect(messageOf(schema, value)).toBe(want));

  it("lets a schema's own message win", () =>
    expect(messageOf(z.string().min(3, { error: 'Tên quá ngắn' }), 'a')).toBe('Tên quá ngắn'));
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { foldVietnamese, headerKey } from './text.js';

const vietnameseChars = [
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ ',
];
const vietnameseText = fc
  .array(fc.constantFrom(...vietnameseChars, ...vietnameseChars.map((c) => c.toUpperCase())), {
    maxLength: 40,
  })
  .map((cs) => cs.join(''));

describe('foldVietnamese', () => {
  it.each([
    ['Phường Hà Tu', 'phuong ha tu'],
    ['Đặc khu Vân Đồn', 'dac khu van don'],
    ['NGUYỄN VĂN AN', 'nguyen van an'],
    ['Xã Điền Xá', 'xa dien xa'],
    ['Tổ dân phố 5', 'to dan pho 5'],
  ])('folds %s to %s', (input, want) => expect(foldVietnamese(input)).toBe(want));

  test.prop([vietnameseText])('leaves only ASCII letters and spaces', (s) => {
    expect(foldVietnamese(s)).toMatch(/^[a-z ]*$/);
  });
  test.prop([vietnameseText])('is idempotent', (s) => {
    expect(foldVietnamese(foldVietnamese(s))).toBe(foldVietnamese(s));
  });
  test.prop([vietnameseText])('keeps the length of precomposed text', (s) => {
    expect(foldVietnamese(s.normalize('NFC'))).toHaveLength(s.normalize('NFC').length);
  });
  it('treats decomposed and precomposed input alike', () =>
    expect(foldVietnamese('Hà Tu'.normalize('NFD'))).toBe(foldVietnamese('Hà Tu'.normalize('NFC'))));
});

describe('headerKey', () => {
  it.each([
    ['Mã cấp trên', 'ma_cap_tren'],
    ['  Tên đơn vị ', 'ten_don_vi'],
    ['Vùng khó khăn (x)', 'vung_kho_khan_x'],
    ['ma', 'ma'],
  ])('makes %s the key %s', (input, want) => expect(headerKey(input)).toBe(want));
});

import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH, passwordWeaknesses } from './password-policy.js';

const owner = { username: 'nguyen.van.a', fullName: 'Nguyễn Văn An' };
const tooShort = `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự`;
const ownName = 'Mật khẩu không được chứa tên đăng nhập';
const common = expect.stringContaining('Mật khẩu quá phổ biến');

describe('passwordWeaknesses', () => {
  it.each([
    ['abcdefghi1', [tooShort]],
    ['Password123', [tooShort]],
    ['DanVan@2026', [tooShort]], // the demo password
    ['Password1234', [common]],
    ['qwertyuiop12', [common]],
    ['123456789012', [common]],
    ['iloveyou1234', [common]],
    ['nguyen.van.a12345', [ownName]],
    ['NGUYEN.VAN.A-mua-thu', [ownName]],
    ['NguyenVanAn1990', [common]], // his full name and a year
    ['Ngõ hẻm lá me bay 2027', []],
    ['MatKhauRieng2027', []],
    ['trâu-cày-ruộng-sáng-sớm', []],
  ])('%j gives %j', (password, want) => expect(passwordWeaknesses(password, owner)).toEqual(want));

  it('counts characters, not bytes: twelve Vietnamese letters are enough', () =>
    expect(passwordWeaknesses('ỗ'.repeat(11))).toEqual([tooShort]));

  it('refuses a password longer than 200 characters', () =>
    expect(passwordWeaknesses('x'.repeat(201))).toEqual(['Mật khẩu không được dài quá 200 ký tự']));
});

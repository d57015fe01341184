import { describe, expect, it } from 'vitest';
import { fileNameOf } from './download';

describe('fileNameOf', () => {
  it.each([
    ['attachment; filename="02-XLD_2026-01-01_2026-11-24.xlsx"', '02-XLD_2026-01-01_2026-11-24.xlsx'],
    ['attachment; filename=01-TCD.xlsx', '01-TCD.xlsx'],
    ['attachment; filename*=UTF-8\'\'Bi%E1%BB%83u%2001.xlsx; filename="Bieu 01.xlsx"', 'Biểu 01.xlsx'],
    ['attachment; filename*=UTF-8\'\'%E0%A4%A; filename="plain.xlsx"', 'plain.xlsx'],
  ])('reads the name of %s', (header, want) => expect(fileNameOf(header, 'x.xlsx')).toBe(want));

  it('falls back when the server sends no name', () => {
    expect(fileNameOf(null, 'bieu.xlsx')).toBe('bieu.xlsx');
    expect(fileNameOf('attachment', 'bieu.xlsx')).toBe('bieu.xlsx');
  });
});

/**
 * Folds Vietnamese text for comparison: lower case, no diacritics, đ → d. Matches the database's
 * vn_fold() so that the same words compare equal in code and in SQL.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .normalize('NFC');
}

/** A column header as a key: "Mã cấp trên" → "ma_cap_tren". */
export function headerKey(header: string): string {
  return foldVietnamese(header)
    .trim()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

import ExcelJS from 'exceljs';
import { formatVietnameseDate } from '../../../domain/dates.js';

export interface Column {
  /** Header of the top row; columns sharing a group are merged under it. */
  group: string;
  /** Sub-header under the group; empty when the group is the column itself. */
  title: string;
  key: string;
}

export interface FormSpec {
  code: string;
  title: string;
  unitName: string;
  from: string;
  to: string;
  columns: Column[];
  rows: { name: string; values: Record<string, number> }[];
  basis: string;
}

const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * A report form in the administrative layout: national motto, title, period, a two-level header, one
 * row per unit and a total row whose cells are SUM formulas, so the figures check themselves in Excel.
 * Times New Roman as NĐ 30/2020 asks.
 */
export async function buildForm(spec: FormSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Dân Vận Số';
  const ws = wb.addWorksheet(spec.code.replace('/', '-'), {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1 },
  });
  const width = spec.columns.length + 2;
  const font = { name: 'Times New Roman', size: 12 };
  ws.properties.defaultRowHeight = 18;
  const put = (row: number, col: number, value: string, extra: Partial<ExcelJS.Style> = {}) => {
    const cell = ws.getCell(row, col);
    cell.value = value;
    cell.font = { ...font, ...extra.font };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true, ...extra.alignment };
  };
  const half = Math.max(2, Math.floor(width / 2));
  ws.mergeCells(1, 1, 1, half);
  put(1, 1, spec.unitName.toUpperCase(), { font: { ...font, bold: true } });
  ws.mergeCells(1, half + 1, 1, width);
  put(1, half + 1, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { font: { ...font, bold: true } });
  ws.mergeCells(2, half + 1, 2, width);
  put(2, half + 1, 'Độc lập - Tự do - Hạnh phúc', { font: { ...font, bold: true, underline: true } });
  ws.mergeCells(2, 1, 2, half);
  put(2, 1, `Biểu số ${spec.code}`, { font: { ...font, italic: true } });
  ws.mergeCells(4, 1, 4, width);
  put(4, 1, spec.title, { font: { ...font, size: 14, bold: true } });
  ws.mergeCells(5, 1, 5, width);
  put(
    5,
    1,
    `(Số liệu tính từ ngày ${formatVietnameseDate(spec.from)} đến ngày ${formatVietnameseDate(spec.to)})`,
    { font: { ...font, italic: true } },
  );

  const h1 = 7;
  const h2 = 8;
  ws.mergeCells(h1, 1, h2, 1);
  put(h1, 1, 'STT', { font: { ...font, bold: true } });
  ws.mergeCells(h1, 2, h2, 2);
  put(h1, 2, 'Đơn vị', { font: { ...font, bold: true } });
  let col = 3;
  while (col - 3 < spec.columns.length) {
    const first = spec.columns[col - 3];
    if (!first) break;
    let span = 1;
    while (spec.columns[col - 3 + span]?.group === first.group && first.title) span += 1;
    if (!first.title) {
      ws.mergeCells(h1, col, h2, col);
      put(h1, col, first.group, { font: { ...font, bold: true } });
    } else {
      if (span > 1) ws.mergeCells(h1, col, h1, col + span - 1);
      put(h1, col, first.group, { font: { ...font, bold: true } });
      for (let i = 0; i < span; i++)
        put(h2, col + i, spec.columns[col - 3 + i]?.title ?? '', { font: { ...font, bold: true } });
    }
    col += span;
  }
  // The column numbers row, as official forms have.
  const numbering = h2 + 1;
  for (let c = 1; c <= width; c++) put(numbering, c, String(c), { font: { ...font, italic: true } });

  const firstData = numbering + 1;
  spec.rows.forEach((r, i) => {
    const row = firstData + i;
    put(row, 1, String(i + 1));
    put(row, 2, r.name, { alignment: { horizontal: 'left' } });
    spec.columns.forEach((c, j) => {
      const cell = ws.getCell(row, j + 3);
      cell.value = r.values[c.key] ?? 0;
      cell.font = font;
      cell.numFmt = '#,##0';
    });
  });
  const total = firstData + spec.rows.length;
  put(total, 2, 'Tổng cộng', { font: { ...font, bold: true } });
  spec.columns.forEach((c, j) => {
    const letter = ws.getColumn(j + 3).letter;
    const sum = spec.rows.reduce((acc, r) => acc + (r.values[c.key] ?? 0), 0);
    const cell = ws.getCell(total, j + 3);
    cell.value = spec.rows.length
      ? { formula: `SUM(${letter}${firstData}:${letter}${total - 1})`, result: sum }
      : 0;
    cell.font = { ...font, bold: true };
    cell.numFmt = '#,##0';
  });
  for (let r = h1; r <= total; r++) for (let c = 1; c <= width; c++) ws.getCell(r, c).border = border;
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 30;
  for (let c = 3; c <= width; c++) ws.getColumn(c).width = 12;
  ws.getRow(h2).height = 60;
  ws.mergeCells(total + 2, 1, total + 2, width);
  put(total + 2, 1, `Căn cứ: ${spec.basis}. Số liệu trích từ hệ thống Dân Vận Số.`, {
    font: { ...font, italic: true, size: 10 },
    alignment: { horizontal: 'left' },
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

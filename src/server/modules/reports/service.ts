import type { AuthedCtx } from '../../context.js';
import { unitNamesByPath } from '../org/service.js';
import { petitionFiguresByUnit } from '../petitions/service/stats.js';
import { receptionFiguresByUnit } from '../reception/service.js';
import { buildForm, type Column } from './excel.js';

/**
 * Reception report, shaped after form 01/TCD of the inspection sector (TT 06/2025/TT-TTCP replaced
 * TT 02/2021; its exact columns are UNVERIFIED, so they are data here): visits, people, matters and
 * large groups, split into regular, leaders' periodic and unannounced reception.
 */
const receptionColumns: Column[] = [
  { group: 'Tổng số', title: 'Lượt', key: 'visits' },
  { group: 'Tổng số', title: 'Người', key: 'people' },
  { group: 'Tổng số', title: 'Vụ việc', key: 'matters' },
  { group: 'Theo hình thức tiếp (lượt)', title: 'Thường xuyên', key: 'regular' },
  { group: 'Theo hình thức tiếp (lượt)', title: 'Định kỳ của lãnh đạo', key: 'leaderPeriodic' },
  { group: 'Theo hình thức tiếp (lượt)', title: 'Đột xuất', key: 'unannounced' },
  { group: 'Lãnh đạo trực tiếp tiếp (lượt)', title: '', key: 'byLeaders' },
  { group: 'Đoàn đông người (từ 5 người)', title: 'Số đoàn', key: 'groups5' },
  { group: 'Đoàn đông người (từ 5 người)', title: 'Số người', key: 'groups5People' },
  { group: 'Trong đó đoàn từ 10 người', title: 'Số đoàn', key: 'groups10' },
  { group: 'Trong đó đoàn từ 10 người', title: 'Số người', key: 'groups10People' },
  { group: 'Trong đó đoàn từ 10 người', title: 'Vụ việc', key: 'groups10Matters' },
  { group: 'Kết quả tiếp (lượt)', title: 'Nhận đơn', key: 'petitionsReceived' },
  { group: 'Kết quả tiếp (lượt)', title: 'Từ chối tiếp', key: 'refused' },
];

/** Petition-handling report after the older form 01/XLD (shared/LEGAL.md); form code UNVERIFIED. */
const petitionColumns: Column[] = [
  { group: 'Số đơn', title: 'Kỳ trước chuyển sang', key: 'carriedOver' },
  { group: 'Số đơn', title: 'Tiếp nhận trong kỳ', key: 'received' },
  { group: 'Đơn tiếp nhận theo người đứng tên', title: 'Một người', key: 'oneSigner' },
  { group: 'Đơn tiếp nhận theo người đứng tên', title: 'Nhiều người', key: 'manySigners' },
  { group: 'Đơn tiếp nhận theo người đứng tên', title: 'Nặc danh', key: 'anonymous' },
  { group: 'Phân loại theo nội dung', title: 'Khiếu nại', key: 'complaints' },
  { group: 'Phân loại theo nội dung', title: 'Tố cáo', key: 'denunciations' },
  { group: 'Phân loại theo nội dung', title: 'Kiến nghị, phản ánh', key: 'recommendations' },
  { group: 'Thuộc thẩm quyền', title: 'Tổng', key: 'inCompetence' },
  { group: 'Thuộc thẩm quyền', title: 'Khiếu nại', key: 'inComplaints' },
  { group: 'Thuộc thẩm quyền', title: 'Tố cáo', key: 'inDenunciations' },
  { group: 'Thuộc thẩm quyền', title: 'Kiến nghị, phản ánh', key: 'inRecommendations' },
  { group: 'Không thuộc thẩm quyền', title: 'Tổng', key: 'outCompetence' },
  { group: 'Không thuộc thẩm quyền', title: 'Hướng dẫn', key: 'guided' },
  { group: 'Không thuộc thẩm quyền', title: 'Chuyển đơn', key: 'forwarded' },
  { group: 'Lưu đơn', title: '', key: 'filed' },
  { group: 'Kết quả giải quyết', title: 'Đã giải quyết', key: 'resolved' },
  { group: 'Kết quả giải quyết', title: 'Đúng hạn', key: 'resolvedOnTime' },
  { group: 'Kết quả giải quyết', title: 'Quá hạn chưa giải quyết', key: 'overdue' },
];

const numbersOf = (o: object) =>
  Object.fromEntries(Object.entries(o).filter((e): e is [string, number] => typeof e[1] === 'number'));

/** The unit's own row (when it has figures) and one row per child unit, named and in code order. */
async function rowsOf<T extends object>(
  ctx: AuthedCtx,
  data: { unit: { name: string }; own: T; children: (T & { child_path: string })[] },
) {
  const names = await unitNamesByPath(
    ctx,
    data.children.map((c) => c.child_path),
  );
  const children = data.children
    .map((c) => ({
      code: names.get(c.child_path)?.code ?? '',
      name: names.get(c.child_path)?.name ?? c.child_path,
      values: numbersOf(c),
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const own = numbersOf(data.own);
  const ownHasData = Object.values(own).some((v) => v > 0);
  return [...(ownHasData ? [{ name: `${data.unit.name} (trực tiếp)`, values: own }] : []), ...children];
}

export async function receptionReport(ctx: AuthedCtx, unitId: string, from: string, to: string) {
  const data = await receptionFiguresByUnit(ctx, unitId, from, to);
  return buildForm({
    code: '01/TCD',
    title: 'BIỂU TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN',
    unitName: data.unit.name,
    from,
    to,
    columns: receptionColumns,
    rows: await rowsOf(ctx, data),
    basis: 'Luật Tiếp công dân 2013; Thông tư 06/2025/TT-TTCP (mẫu biểu chưa đối chiếu bản gốc)',
  });
}

export async function petitionReport(ctx: AuthedCtx, unitId: string, from: string, to: string) {
  const data = await petitionFiguresByUnit(ctx, unitId, from, to);
  return buildForm({
    code: '02/XLD',
    title: 'BIỂU TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN KHIẾU NẠI, TỐ CÁO, KIẾN NGHỊ, PHẢN ÁNH',
    unitName: data.unit.name,
    from,
    to,
    columns: petitionColumns,
    rows: await rowsOf(ctx, data),
    basis: 'Thông tư 05/2021/TT-TTCP; Thông tư 06/2025/TT-TTCP (mẫu biểu chưa đối chiếu bản gốc)',
  });
}

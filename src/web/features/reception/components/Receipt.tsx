import dayjs from 'dayjs';
import { formatDate } from '../../../lib/format';
import { channelLabels, citizenSummary, kindLabels, outcomeLabels } from '../labels';
import type { Visit } from '../types';
import './receipt.css';

const zone = 'Asia/Ho_Chi_Minh';

/** "Phường Hà Tu" → "Hà Tu": the place name of the date line, without the kind of unit. */
export function placeName(unitName: string): string {
  return unitName.replace(/^(Thành phố|Tỉnh|Phường|Xã|Thị trấn|Thị xã|Quận|Huyện|Đặc khu)\s+/u, '');
}

/**
 * "ngày 05 tháng 3 năm 2026": days below 10 and the months 1 and 2 take a leading zero, the others do
 * not (Nghị định 30/2020/NĐ-CP, Phụ lục I).
 */
export function documentDate(iso: string): string {
  const d = dayjs(iso).tz(zone);
  const month = d.month() + 1;
  return `ngày ${d.format('DD')} tháng ${month <= 2 ? `0${month}` : month} năm ${d.year()}`;
}

function Citizens({ visit }: { visit: Visit }) {
  const { extra } = citizenSummary(visit);
  return (
    <>
      <p>
        <strong>Công dân đến trình bày:</strong> {visit.groupSize > 1 ? `${extra} — ` : ''}
        {visit.groupSize > visit.citizens.length
          ? `ghi tên ${visit.citizens.length} người dưới đây.`
          : `${visit.citizens.length} người dưới đây.`}
        {visit.citizensSealed && (
          <>
            {' '}
            <em data-testid="receipt-sealed">
              Thông tin người tố cáo được giữ bí mật (Luật Tố cáo 2018, Điều 47); chỉ cán bộ thụ lý đơn tố cáo
              được xem.
            </em>
          </>
        )}
      </p>
      <table>
        <thead>
          <tr>
            <th style={{ width: '7%' }}>STT</th>
            <th>Họ và tên</th>
            <th style={{ width: '20%' }}>Số CCCD</th>
            <th style={{ width: '30%' }}>Địa chỉ</th>
            <th style={{ width: '17%' }}>Điện thoại</th>
          </tr>
        </thead>
        <tbody>
          {visit.citizens.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a printed list, never reordered; names may repeat
            <tr key={i}>
              <td style={{ textAlign: 'center' }}>{i + 1}</td>
              <td>
                {c.fullName}
                {c.isRepresentative ? ' (đại diện)' : ''}
              </td>
              <td>{c.idNumber ?? ''}</td>
              <td>{c.address ?? ''}</td>
              <td>{c.phone ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Phiếu tiếp công dân in the administrative layout, printable as it is. */
export function Receipt({ visit }: { visit: Visit }) {
  const at = dayjs(visit.receivedAt).tz(zone);
  const representative = visit.citizens.find((c) => c.isRepresentative) ?? visit.citizens[0];
  return (
    <article className="dvs-receipt" data-testid="receipt">
      <div className="dvs-receipt-head">
        <div>
          <strong>{visit.unitName.toLocaleUpperCase('vi')}</strong>
          <div className="dvs-receipt-rule" />
        </div>
        <div>
          <strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>
          <span className="dvs-receipt-motto">Độc lập - Tự do - Hạnh phúc</span>
          <div className="dvs-receipt-date">
            {placeName(visit.unitName)}, {documentDate(visit.receivedAt)}
          </div>
        </div>
      </div>
      <h1>PHIẾU TIẾP CÔNG DÂN</h1>
      <p className="dvs-receipt-no">Số: {visit.receiptNo}</p>
      <p>
        Vào hồi {at.format('HH')} giờ {at.format('mm')} phút, ngày {formatDate(visit.receivedAt)}, tại{' '}
        {visit.place}.
      </p>
      <p>
        <strong>Người tiếp công dân:</strong> {visit.receiverName}
        {visit.receiverIsLeader ? ' (lãnh đạo trực tiếp tiếp)' : ''}. Hình thức:{' '}
        {kindLabels[visit.kind].label}; kênh tiếp: {channelLabels[visit.channel].toLocaleLowerCase('vi')}.
      </p>
      <Citizens visit={visit} />
      <p>
        <strong>Nội dung trình bày:</strong> {visit.content}
      </p>
      <p>
        <strong>Kết quả tiếp:</strong> {outcomeLabels[visit.outcome].label}.
        {visit.guidance ? ` ${visit.guidance}.`.replace(/\.\.$/, '.') : ''}
      </p>
      {visit.replyDue && (
        <p data-testid="receipt-reply-due">
          <strong>Hẹn trả lời:</strong> chậm nhất ngày {formatDate(visit.replyDue.dueOn)}, cơ quan thông báo
          cho công dân việc thụ lý, chuyển đơn hoặc không thụ lý nội dung đã trình bày ({visit.replyDue.basis}
          ).
        </p>
      )}
      {visit.outcome === 'refused' && (
        <>
          <p>
            <strong>Lý do từ chối tiếp:</strong> {visit.refusalBasis ?? 'không ghi'}.
          </p>
          {visit.refusalNote && (
            <p>
              <strong>Ghi chú:</strong> {visit.refusalNote}
            </p>
          )}
        </>
      )}
      <div className="dvs-receipt-signs">
        <div>
          <strong>CÔNG DÂN</strong>
          <em>(Ký, ghi rõ họ tên)</em>
          <div className="dvs-receipt-signer">{representative?.fullName}</div>
        </div>
        <div>
          <strong>NGƯỜI TIẾP CÔNG DÂN</strong>
          <em>(Ký, ghi rõ họ tên)</em>
          <div className="dvs-receipt-signer">{visit.receiverName}</div>
        </div>
      </div>
    </article>
  );
}

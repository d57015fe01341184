import { Card, Descriptions, Rate, Tag, Typography } from 'antd';
import { formatDate, formatNumber } from '../../../lib/format';
import { channelLabel, competenceLabels, complexityLabel, kindColor, kindLabel } from '../labels';
import type { Petition } from '../types';

const paragraph = { whiteSpace: 'pre-wrap', margin: 0 } as const;
// Short labels on one line; the values wrap instead.
const labelStyle = { styles: { label: { whiteSpace: 'nowrap' } } } as const;

function sameMatter(n: number): string {
  return n > 0 ? `${formatNumber(n)} đơn khác cùng vụ việc` : 'Không có đơn khác cùng vụ việc';
}

/** Everything recorded about the petition except the sender (SenderCard) and its deadlines. */
export function PetitionInfo({ petition: p }: { petition: Petition }) {
  const items = [
    { key: 'unit', label: 'Đơn vị tiếp nhận', children: p.unitName },
    { key: 'received', label: 'Ngày nhận', children: formatDate(p.receivedOn) },
    { key: 'channel', label: 'Nguồn đơn', children: channelLabel(p.channel) },
    ...(p.forwardedBy ? [{ key: 'forwardedBy', label: 'Chuyển đến từ', children: p.forwardedBy }] : []),
    {
      key: 'kind',
      label: 'Loại đơn',
      children: (
        <>
          <Tag color={kindColor(p.kind)}>{kindLabel(p.kind)}</Tag>
          {p.kind === 'complaint' && p.instance && (
            <Typography.Text>{p.instance === 2 ? 'Lần hai' : 'Lần đầu'}</Typography.Text>
          )}
        </>
      ),
    },
    {
      key: 'competence',
      label: 'Thẩm quyền',
      children: p.competence ? competenceLabels[p.competence] : 'Chưa xác định',
    },
    { key: 'complexity', label: 'Độ phức tạp', children: complexityLabel(p.complexity) },
    { key: 'signers', label: 'Số người ký', children: formatNumber(p.signerCount) },
    { key: 'handler', label: 'Cán bộ thụ lý', children: p.handlerName ?? 'Chưa giao' },
    { key: 'location', label: 'Địa điểm', children: p.location ?? '—' },
    {
      key: 'matter',
      label: 'Vụ việc',
      children: <span data-testid="petition-matter">{sameMatter(p.duplicates)}</span>,
    },
    ...(p.isRemote ? [{ key: 'remote', label: 'Địa bàn', children: 'Vùng sâu, vùng xa, khó khăn' }] : []),
    ...(p.kind === 'denunciation'
      ? [
          {
            key: 'accused',
            label: 'Người bị tố cáo',
            span: 'filled' as const,
            children: p.accusedName ?? 'Không ghi',
          },
        ]
      : []),
    { key: 'subject', label: 'Tiêu đề', span: 'filled' as const, children: p.subject },
    ...(p.respondent
      ? [
          {
            key: 'respondent',
            label:
              p.kind === 'denunciation'
                ? 'Cơ quan quản lý người bị tố cáo'
                : 'Cơ quan bị khiếu nại, kiến nghị',
            span: 'filled' as const,
            children: `${p.respondent.name} (${p.respondent.unitName})`,
          },
        ]
      : []),
    {
      key: 'content',
      label: 'Nội dung',
      span: 'filled' as const,
      children: <Typography.Paragraph style={paragraph}>{p.content}</Typography.Paragraph>,
    },
  ];
  return (
    <Card size="small" title="Thông tin đơn">
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} {...labelStyle} />
    </Card>
  );
}

/** The answer: the decision, the guidance or the forwarding, and the sender's rating. */
export function OutcomeCard({ petition: p }: { petition: Petition }) {
  const items = [
    ...(p.decisionNo ? [{ key: 'no', label: 'Số quyết định/kết luận', children: p.decisionNo }] : []),
    ...(p.decisionDate
      ? [{ key: 'date', label: 'Ngày ban hành', children: formatDate(p.decisionDate) }]
      : []),
    ...(p.resultSummary
      ? [
          {
            key: 'summary',
            label: 'Kết quả giải quyết',
            children: <Typography.Paragraph style={paragraph}>{p.resultSummary}</Typography.Paragraph>,
          },
        ]
      : []),
    ...(p.guidedTo ? [{ key: 'guided', label: 'Hướng dẫn gửi đến', children: p.guidedTo }] : []),
    ...(p.forwardedTo
      ? [
          {
            key: 'forwarded',
            label: 'Đã chuyển đến',
            children: p.forwardedToId
              ? `${p.forwardedTo} (đơn đã được lập tại đơn vị nhận, xem mã trong quá trình xử lý)`
              : p.forwardedTo,
          },
        ]
      : []),
    ...(p.rating !== null
      ? [{ key: 'rating', label: 'Đánh giá của người gửi', children: <Rate disabled value={p.rating} /> }]
      : []),
  ];
  if (items.length === 0) return null;
  return (
    <Card size="small" title="Kết quả xử lý" data-testid="petition-outcome">
      <Descriptions bordered size="small" column={1} items={items} {...labelStyle} />
    </Card>
  );
}

import { Alert, Card, Descriptions, Rate, Space, Tag, Timeline, Typography } from 'antd';
import { formatDate, formatDateTime } from '../../../lib/format';
import { kindLabel, statusColor } from '../../petitions/labels';
import type { DecisionPeriods, PublicStatus } from '../types';
import { RatingForm } from './RatingForm';

/** What the complainant may still do after the decision, with the law's periods. */
function Rights({ periods: p }: { periods: DecisionPeriods }) {
  const second = p.secondComplaintUntil;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="portal-rights"
      title={
        second
          ? `Nếu không đồng ý với quyết định, bạn có thể khiếu nại lần hai đến hết ngày ${formatDate(second.dueOn)} hoặc khởi kiện vụ án hành chính tại Tòa án.`
          : 'Nếu không đồng ý với quyết định giải quyết lần hai, bạn có thể khởi kiện vụ án hành chính tại Tòa án.'
      }
      description={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {second ? `Căn cứ: ${second.basis}. ` : ''}Quyết định có hiệu lực pháp luật sau ngày{' '}
          {formatDate(p.effectiveAfter.dueOn)} nếu không bị khiếu nại tiếp (căn cứ: {p.effectiveAfter.basis}).
          Thời hạn tính từ ngày ban hành quyết định.
        </Typography.Text>
      }
    />
  );
}

/** What a citizen may read about his petition: status, dates, the answer and the public steps. */
export function StatusView({ status: s }: { status: PublicStatus }) {
  const items = [
    { key: 'code', label: 'Mã đơn', children: <Typography.Text strong>{s.trackingCode}</Typography.Text> },
    {
      key: 'status',
      label: 'Tình trạng',
      children: (
        <Tag color={statusColor(s.status)} style={{ fontSize: 14 }} data-testid="portal-status">
          {s.statusName}
        </Tag>
      ),
    },
    { key: 'subject', label: 'Tiêu đề', children: s.subject },
    { key: 'kind', label: 'Loại đơn', children: kindLabel(s.kind) },
    { key: 'unit', label: 'Cơ quan tiếp nhận', children: s.unitName },
    { key: 'received', label: 'Ngày nhận', children: formatDate(s.receivedOn) },
    ...(s.dueOn ? [{ key: 'due', label: 'Hạn giải quyết', children: formatDate(s.dueOn) }] : []),
    ...(s.resultSummary
      ? [
          {
            key: 'result',
            label: 'Kết quả giải quyết',
            children: (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {s.resultSummary}
              </Typography.Paragraph>
            ),
          },
        ]
      : []),
    ...(s.rating !== null
      ? [{ key: 'rating', label: 'Đánh giá của bạn', children: <Rate disabled value={s.rating} /> }]
      : []),
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title="Tình trạng đơn">
        <Descriptions bordered size="small" column={1} items={items} />
      </Card>
      {s.decisionPeriods && <Rights periods={s.decisionPeriods} />}
      {s.canRate && <RatingForm code={s.trackingCode} />}
      <Card size="small" title="Quá trình xử lý">
        <Timeline
          items={s.timeline.map((t, i) => ({
            key: `${t.at}-${i}`,
            color: i === s.timeline.length - 1 ? 'green' : 'blue',
            content: (
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                  {formatDateTime(t.at)}
                </Typography.Text>
                <Typography.Text strong>{t.statusName}</Typography.Text>
                {t.note && <div style={{ whiteSpace: 'pre-wrap' }}>{t.note}</div>}
              </div>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}

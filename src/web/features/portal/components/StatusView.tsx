import { Card, Descriptions, Rate, Space, Tag, Timeline, Typography } from 'antd';
import { formatDate, formatDateTime } from '../../../lib/format';
import { kindLabel, statusColor } from '../../petitions/labels';
import type { PublicStatus } from '../types';
import { RatingForm } from './RatingForm';

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

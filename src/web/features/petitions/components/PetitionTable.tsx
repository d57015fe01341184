import { Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { formatDate } from '../../../lib/format';
import { kindColor, kindLabel, statusColor } from '../labels';
import type { Petition } from '../types';
import { DueCell } from './DueCell';
import { SenderCell } from './SenderCell';

export function PetitionTable({ petitions, loading }: { petitions: Petition[]; loading: boolean }) {
  const navigate = useNavigate();
  // A commune's officer sees one unit only: its column would repeat the same name on every row.
  const manyUnits = new Set(petitions.map((p) => p.unitId)).size > 1;
  return (
    <Table<Petition>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={petitions}
      pagination={false}
      scroll={{ x: manyUnits ? 1250 : 1120 }}
      locale={{ emptyText: 'Không có đơn phù hợp' }}
      data-testid="petition-table"
      onRow={(p) => ({ onClick: () => navigate(`/don-thu/${p.id}`), style: { cursor: 'pointer' } })}
      columns={[
        {
          title: 'Mã đơn',
          dataIndex: 'trackingCode',
          width: 150,
          fixed: 'left',
          render: (code: string, p) => (
            <Link
              to={`/don-thu/${p.id}`}
              onClick={(e) => e.stopPropagation()}
              style={{ whiteSpace: 'nowrap' }}
            >
              {code}
            </Link>
          ),
        },
        {
          title: 'Ngày nhận',
          dataIndex: 'receivedOn',
          width: 105,
          render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(v)}</span>,
        },
        {
          title: 'Loại',
          dataIndex: 'kind',
          width: 110,
          render: (k: Petition['kind']) => <Tag color={kindColor(k)}>{kindLabel(k)}</Tag>,
        },
        {
          title: 'Tiêu đề',
          dataIndex: 'subject',
          render: (s: string) => (
            <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
              {s}
            </Typography.Paragraph>
          ),
        },
        { title: 'Người gửi', key: 'sender', width: 155, render: (_, p) => <SenderCell petition={p} /> },
        ...(manyUnits ? [{ title: 'Đơn vị', dataIndex: 'unitName', width: 130 }] : []),
        {
          title: 'Trạng thái',
          key: 'status',
          width: 125,
          render: (_, p) => <Tag color={statusColor(p.status)}>{p.statusName}</Tag>,
        },
        {
          title: (
            <>
              Hạn xử lý/
              <br />
              giải quyết
            </>
          ),
          key: 'due',
          width: 140,
          render: (_, p) => <DueCell petition={p} />,
        },
        {
          title: 'Cán bộ thụ lý',
          dataIndex: 'handlerName',
          width: 135,
          render: (v: string | null) => v ?? <Typography.Text type="secondary">—</Typography.Text>,
        },
      ]}
    />
  );
}

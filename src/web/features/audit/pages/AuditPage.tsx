import { Alert, Button, Card, Flex, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../../api/client';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { auditActionLabel, auditEntityLabel } from '../../../lib/labels';
import { type AuditEntry, type AuditFilter, useAuditLog } from '../api';
import { AuditDiff } from '../components/AuditDiff';
import { AuditFilters } from '../components/AuditFilters';
import { VerifyButton } from '../components/VerifyButton';

export function AuditPage() {
  const [filter, setFilter] = useState<AuditFilter>({});
  const log = useAuditLog(filter);
  const entries = log.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="flex-start" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          Nhật ký hệ thống
        </Typography.Title>
        <div style={{ maxWidth: 560 }}>
          <VerifyButton />
        </div>
      </Flex>
      <Card size="small">
        <AuditFilters onChange={setFilter} />
      </Card>
      {log.isError && <Alert type="error" showIcon title={problemMessage(log.error)} />}
      <Card size="small">
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          loading={log.isPending}
          dataSource={entries}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: 'Không có bản ghi phù hợp' }}
          data-testid="audit-table"
          expandable={{ expandedRowRender: (entry) => <AuditDiff entry={entry} /> }}
          columns={[
            { title: 'Thời gian', dataIndex: 'at', width: 170, render: (v: string) => formatDateTime(v) },
            {
              title: 'Người thực hiện',
              dataIndex: 'actorName',
              width: 180,
              render: (v: string | null) => v ?? 'Hệ thống',
            },
            {
              title: 'Hành động',
              dataIndex: 'action',
              width: 190,
              render: (v: string, entry: AuditEntry) => <Tag>{auditActionLabel(v, entry.entity)}</Tag>,
            },
            {
              title: 'Đối tượng',
              dataIndex: 'entity',
              width: 160,
              render: (v: string) => auditEntityLabel(v),
            },
            { title: 'Tóm tắt', dataIndex: 'summary' },
          ]}
        />
        <Flex justify="space-between" align="center" style={{ marginTop: 12 }}>
          <Typography.Text type="secondary">
            Đang hiển thị {formatNumber(entries.length)} bản ghi
          </Typography.Text>
          {log.hasNextPage && (
            <Button onClick={() => log.fetchNextPage()} loading={log.isFetchingNextPage}>
              Tải thêm
            </Button>
          )}
        </Flex>
      </Card>
    </Space>
  );
}

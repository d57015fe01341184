import { Alert, Button, Card, Input, Table, Typography } from 'antd';
import { useState } from 'react';
import { foldVietnamese } from '../../../../domain/text';
import { problemMessage } from '../../../api/client';
import { useCan } from '../../../app/session';
import { EditOutlined, PlusOutlined, SearchOutlined } from '../../../components/icons';
import { type Organization, useOrganizations } from '../api';
import { OrganizationFormModal } from './OrganizationFormModal';

export function OrganizationTable({ unitId, unitName }: { unitId: string; unitName: string }) {
  const canWrite = useCan('org.write');
  const list = useOrganizations(unitId);
  const [editing, setEditing] = useState<Organization | null>(null);
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState('');

  const items = list.data ?? [];
  const nameOf = new Map(items.map((o) => [o.id, o.name]));
  const shown = filter
    ? items.filter((o) => foldVietnamese(`${o.name} ${o.code ?? ''}`).includes(foldVietnamese(filter.trim())))
    : items;
  const openForm = (org: Organization | null) => {
    setEditing(org);
    setOpen(true);
  };

  return (
    <Card
      title="Cơ quan, tổ chức của đơn vị"
      size="small"
      data-testid="organizations"
      extra={
        canWrite && (
          <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => openForm(null)}>
            Thêm tổ chức
          </Button>
        )
      }
    >
      {list.isError && (
        <Alert type="error" showIcon title={problemMessage(list.error)} style={{ marginBottom: 12 }} />
      )}
      <Input
        prefix={<SearchOutlined />}
        allowClear
        placeholder="Lọc theo tên hoặc mã"
        onChange={(e) => setFilter(e.target.value)}
        style={{ maxWidth: 320, marginBottom: 12 }}
      />
      <Table<Organization>
        size="small"
        rowKey="id"
        loading={list.isPending}
        dataSource={shown}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: 'Đơn vị chưa có tổ chức nào' }}
        scroll={{ x: 480 }}
        columns={[
          {
            title: 'Tên tổ chức',
            key: 'name',
            render: (_, o) => (
              <div>
                <div>{o.name}</div>
                {(o.code || o.parentId) && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {[o.code && `Mã: ${o.code}`, o.parentId && `Trực thuộc: ${nameOf.get(o.parentId) ?? '—'}`]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography.Text>
                )}
              </div>
            ),
          },
          { title: 'Loại', dataIndex: 'kindName', width: 190 },
          ...(canWrite
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 56,
                  render: (_: unknown, org: Organization) => (
                    <Button
                      size="small"
                      type="text"
                      icon={<EditOutlined />}
                      aria-label={`Sửa ${org.name}`}
                      title="Sửa"
                      onClick={() => openForm(org)}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      <OrganizationFormModal
        unitId={unitId}
        unitName={unitName}
        organization={editing}
        siblings={items}
        open={open}
        onClose={() => setOpen(false)}
      />
    </Card>
  );
}

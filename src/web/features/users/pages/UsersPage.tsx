import { Alert, Button, Card, Flex, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../../api/client';
import { useCan } from '../../../app/session';
import { PlusOutlined, SearchOutlined } from '../../../components/icons';
import { UnitPicker } from '../../../components/UnitPicker';
import { formatNumber } from '../../../lib/format';
import { useDebounced } from '../../../lib/useDebounced';
import { type User, useUsers } from '../api';
import { ResetPasswordModal } from '../components/ResetPasswordModal';
import { UserDrawer } from '../components/UserDrawer';
import { UserTable } from '../components/UserTable';

export function UsersPage() {
  const canWrite = useCan('user.write');
  const [text, setText] = useState('');
  const [unitId, setUnitId] = useState<string | undefined>();
  const q = useDebounced(text.trim()) || undefined;
  const list = useUsers({ q, unitId });
  const [drawer, setDrawer] = useState<string | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const users = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          Người dùng và phân quyền
        </Typography.Title>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer('new')}>
            Thêm người dùng
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Flex wrap gap={12}>
          <Input
            prefix={<SearchOutlined />}
            allowClear
            placeholder="Tìm theo họ tên, tên đăng nhập"
            value={text}
            onChange={(e) => setText(e.target.value)}
            style={{ width: 320 }}
            data-testid="user-search"
          />
          <div style={{ width: 320 }}>
            <UnitPicker
              value={unitId}
              onChange={(id) => setUnitId(id)}
              placeholder="Lọc theo đơn vị"
              data-testid="user-unit-filter"
            />
          </div>
        </Flex>
      </Card>
      {list.isError && <Alert type="error" showIcon title={problemMessage(list.error)} />}
      <Card size="small">
        <UserTable
          users={users}
          loading={list.isPending}
          canWrite={canWrite}
          onEdit={(u) => setDrawer(u.id)}
          onResetPassword={setResetting}
        />
        <Flex justify="space-between" align="center" style={{ marginTop: 12 }}>
          <Typography.Text type="secondary">
            Đang hiển thị {formatNumber(users.length)} người dùng
          </Typography.Text>
          {list.hasNextPage && (
            <Button onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
              Tải thêm
            </Button>
          )}
        </Flex>
      </Card>
      <UserDrawer target={drawer} onClose={() => setDrawer(null)} onCreated={(u) => setDrawer(u.id)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </Space>
  );
}

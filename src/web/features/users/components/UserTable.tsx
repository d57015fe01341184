import { App, Button, Dropdown, type MenuProps, Space, Table, Tag, Typography } from 'antd';
import { problemMessage } from '../../../api/client';
import { useCurrentUser } from '../../../app/session';
import {
  EditOutlined,
  KeyOutlined,
  LockOutlined,
  MoreOutlined,
  UnlockOutlined,
} from '../../../components/icons';
import { formatDate } from '../../../lib/format';
import { roleLabel, userKindLabels } from '../../../lib/labels';
import { type User, useUpdateUser } from '../api';

interface Props {
  users: User[];
  loading: boolean;
  canWrite: boolean;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
}

function RowActions({
  user,
  canWrite,
  onEdit,
  onResetPassword,
}: Omit<Props, 'users' | 'loading'> & { user: User }) {
  const update = useUpdateUser();
  const { modal, message } = App.useApp();
  // One's own account is changed from the user menu; locking oneself out helps nobody.
  const isSelf = useCurrentUser().id === user.id;
  const toggle = () =>
    modal.confirm({
      title: user.disabled ? `Mở khóa tài khoản ${user.username}?` : `Khóa tài khoản ${user.username}?`,
      content: user.disabled
        ? 'Người dùng sẽ đăng nhập lại được.'
        : 'Người dùng sẽ không đăng nhập được cho đến khi được mở khóa.',
      okText: user.disabled ? 'Mở khóa' : 'Khóa',
      cancelText: 'Hủy',
      okButtonProps: { danger: !user.disabled },
      onOk: () =>
        update.mutateAsync({ id: user.id, patch: { disabled: !user.disabled } }).then(
          () => message.success(user.disabled ? 'Đã mở khóa tài khoản' : 'Đã khóa tài khoản'),
          (e: unknown) => message.error(problemMessage(e)),
        ),
    });
  const items: MenuProps['items'] = [
    {
      key: 'password',
      icon: <KeyOutlined />,
      label: 'Đặt lại mật khẩu',
      onClick: () => onResetPassword(user),
    },
    user.disabled
      ? { key: 'enable', icon: <UnlockOutlined />, label: 'Mở khóa tài khoản', onClick: toggle }
      : { key: 'disable', icon: <LockOutlined />, label: 'Khóa tài khoản', danger: true, onClick: toggle },
  ];
  return (
    <Space size={4}>
      <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(user)}>
        {canWrite ? 'Sửa' : 'Xem'}
      </Button>
      {canWrite && !isSelf && (
        <Dropdown menu={{ items }} trigger={['click']}>
          <Button size="small" icon={<MoreOutlined />} aria-label="Thao tác khác" />
        </Dropdown>
      )}
    </Space>
  );
}

export function UserTable({ users, loading, canWrite, onEdit, onResetPassword }: Props) {
  return (
    <Table<User>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={users}
      pagination={false}
      scroll={{ x: 980 }}
      locale={{ emptyText: 'Không có người dùng phù hợp' }}
      data-testid="user-table"
      columns={[
        {
          title: 'Họ và tên',
          key: 'name',
          render: (_, u) => (
            <div>
              <div>{u.fullName}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {u.username}
              </Typography.Text>
            </div>
          ),
        },
        { title: 'Loại', dataIndex: 'kind', width: 100, render: (k: User['kind']) => userKindLabels[k] },
        { title: 'Đơn vị', dataIndex: 'homeUnitName', width: 200, render: (v: string | null) => v ?? '—' },
        {
          title: 'Vai trò',
          key: 'grants',
          render: (_, u) =>
            u.grants.length === 0 ? (
              <Typography.Text type="secondary">Chưa phân quyền</Typography.Text>
            ) : (
              u.grants.map((g) => (
                <Tag key={g.id} style={{ marginBottom: 4, whiteSpace: 'normal' }}>
                  {roleLabel(g.role)} – {g.unitName}
                </Tag>
              ))
            ),
        },
        {
          title: 'Trạng thái',
          key: 'status',
          width: 150,
          render: (_, u) => (
            <Space orientation="vertical" size={2}>
              {u.disabled ? <Tag color="default">Đã khóa</Tag> : <Tag color="green">Đang hoạt động</Tag>}
              {u.totpEnabled && <Tag color="blue">Xác thực hai bước</Tag>}
            </Space>
          ),
        },
        { title: 'Ngày tạo', dataIndex: 'createdAt', width: 110, render: (v: string) => formatDate(v) },
        {
          title: 'Thao tác',
          key: 'actions',
          width: 130,
          fixed: 'right',
          render: (_, u) => (
            <RowActions user={u} canWrite={canWrite} onEdit={onEdit} onResetPassword={onResetPassword} />
          ),
        },
      ]}
    />
  );
}

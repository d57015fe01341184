import { Alert, App, Button, Form, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { canGrantRole, type Role, roleNames, roles } from '../../../../domain/roles';
import { problemMessage } from '../../../api/client';
import { applyProblemToForm } from '../../../api/formErrors';
import { useCurrentUser } from '../../../app/session';
import { DeleteOutlined, PlusOutlined } from '../../../components/icons';
import { UnitPicker } from '../../../components/UnitPicker';
import { roleLabel } from '../../../lib/labels';
import { type User, type UserGrant, useAddGrant, useRemoveGrant } from '../api';

interface Values {
  role: Role;
  unitId: string;
}

function AddGrantForm({ user }: { user: User }) {
  const me = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const add = useAddGrant();
  const { message } = App.useApp();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  // Offer only what the server would accept from this administrator (no system admin from a unit admin).
  const myRoles = me.grants.map((g) => g.role);
  const options = roles
    .filter((r) => canGrantRole(myRoles, r))
    .map((r) => ({ value: r, label: roleNames[r] }));

  const submit = (v: Values) => {
    setOtherErrors([]);
    add.mutate(
      { userId: user.id, ...v },
      {
        onSuccess: () => {
          message.success('Đã cấp vai trò');
          form.resetFields();
        },
        onError: (e) => setOtherErrors(applyProblemToForm(form, e, ['role', 'unitId'])),
      },
    );
  };

  return (
    <Form form={form} name="grant-add" layout="vertical" onFinish={submit}>
      {otherErrors.length > 0 && (
        <Alert type="error" showIcon title={otherErrors.join('; ')} style={{ marginBottom: 12 }} />
      )}
      <Form.Item label="Vai trò" name="role" rules={[{ required: true, message: 'Vui lòng chọn vai trò' }]}>
        <Select options={options} placeholder="Chọn vai trò" data-testid="grant-role" />
      </Form.Item>
      <Form.Item
        label="Phạm vi (đơn vị)"
        name="unitId"
        rules={[{ required: true, message: 'Vui lòng chọn đơn vị' }]}
        extra="Vai trò có hiệu lực với đơn vị này và toàn bộ các đơn vị trực thuộc."
      >
        <UnitPicker data-testid="grant-unit" />
      </Form.Item>
      <Button htmlType="submit" icon={<PlusOutlined />} loading={add.isPending}>
        Cấp vai trò
      </Button>
    </Form>
  );
}

/** The user's roles, each over a unit's subtree, with removal and a form to add one. */
export function GrantsEditor({ user, canWrite }: { user: User; canWrite: boolean }) {
  const remove = useRemoveGrant();
  const { message } = App.useApp();
  const revoke = (grant: UserGrant) =>
    remove.mutate(
      { userId: user.id, grantId: grant.id },
      {
        onSuccess: () => message.success('Đã thu hồi vai trò'),
        onError: (e) => message.error(problemMessage(e)),
      },
    );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Table<UserGrant>
        size="small"
        bordered
        rowKey="id"
        showHeader={false}
        pagination={false}
        dataSource={user.grants}
        locale={{ emptyText: 'Chưa được cấp vai trò nào' }}
        data-testid="grant-list"
        columns={[
          {
            key: 'grant',
            render: (_, g) => (
              <Space wrap>
                <Tag color="red">{roleLabel(g.role)}</Tag>
                <Typography.Text>{g.unitName}</Typography.Text>
              </Space>
            ),
          },
          ...(canWrite
            ? [
                {
                  key: 'revoke',
                  width: 110,
                  align: 'right' as const,
                  render: (_: unknown, g: UserGrant) => (
                    <Popconfirm
                      title="Thu hồi vai trò này?"
                      description={`${roleLabel(g.role)} – ${g.unitName}`}
                      okText="Thu hồi"
                      cancelText="Hủy"
                      okButtonProps={{ danger: true }}
                      onConfirm={() => revoke(g)}
                    >
                      <Button size="small" danger type="text" icon={<DeleteOutlined />}>
                        Thu hồi
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      {canWrite && <AddGrantForm user={user} />}
    </Space>
  );
}

import { Alert, App, Button, Form, Input, Radio } from 'antd';
import { useEffect, useState } from 'react';
import { applyProblemToForm } from '../../../api/formErrors';
import { UnitPicker } from '../../../components/UnitPicker';
import { userKindLabels } from '../../../lib/labels';
import { passwordHint, strongPassword } from '../../../lib/validation';
import { type User, useCreateUser, useUpdateUser } from '../api';

interface Values {
  username: string;
  fullName: string;
  email?: string;
  phone?: string;
  kind: 'staff' | 'citizen';
  homeUnitId: string;
  password: string;
}

const fields = ['username', 'fullName', 'email', 'phone', 'kind', 'homeUnitId', 'password'] as const;

/** An empty box means "none": the API wants null there, not an empty string that fails the format check. */
const orNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** Creates a user (user null) or edits one; the account name and kind are fixed once created. */
export function UserForm({ user, onSaved }: { user: User | null; onSaved: (user: User) => void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateUser();
  const update = useUpdateUser();
  const { message } = App.useApp();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);

  useEffect(() => {
    form.resetFields();
    setOtherErrors([]);
    if (user) {
      form.setFieldsValue({
        fullName: user.fullName,
        email: user.email ?? '',
        phone: user.phone ?? '',
        homeUnitId: user.homeUnitId ?? undefined,
      });
    }
  }, [user, form]);

  const submit = (v: Values) => {
    const onError = (e: unknown) => setOtherErrors(applyProblemToForm(form, e, fields));
    const common = {
      fullName: v.fullName,
      email: orNull(v.email),
      phone: orNull(v.phone),
      homeUnitId: v.homeUnitId,
    };
    const onSuccess = (saved: User) => {
      message.success(user ? 'Đã lưu thay đổi' : `Đã tạo tài khoản ${saved.username}`);
      onSaved(saved);
    };
    if (user) update.mutate({ id: user.id, patch: common }, { onSuccess, onError });
    else
      create.mutate(
        { ...common, username: v.username, kind: v.kind, password: v.password },
        { onSuccess, onError },
      );
  };

  return (
    <Form form={form} name="user-form" layout="vertical" onFinish={submit} initialValues={{ kind: 'staff' }}>
      {otherErrors.length > 0 && (
        <Alert type="error" showIcon title={otherErrors.join('; ')} style={{ marginBottom: 16 }} />
      )}
      {!user && (
        <Form.Item
          label="Tên đăng nhập"
          name="username"
          rules={[{ required: true, message: 'Vui lòng nhập tên đăng nhập' }]}
          extra="Chữ không dấu, số, dấu chấm, gạch ngang; ví dụ nguyenvana."
        >
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item
        label="Họ và tên"
        name="fullName"
        rules={[{ required: true, message: 'Vui lòng nhập họ và tên' }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        label="Thư điện tử"
        name="email"
        rules={[{ type: 'email', message: 'Địa chỉ thư điện tử không hợp lệ' }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label="Số điện thoại" name="phone">
        <Input maxLength={15} placeholder="Ví dụ: 0912345678" />
      </Form.Item>
      {!user && (
        <Form.Item label="Loại tài khoản" name="kind" rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'staff', label: userKindLabels.staff },
              { value: 'citizen', label: userKindLabels.citizen },
            ]}
          />
        </Form.Item>
      )}
      <Form.Item
        label="Đơn vị công tác / nơi cư trú"
        name="homeUnitId"
        rules={[{ required: true, message: 'Vui lòng chọn đơn vị' }]}
      >
        <UnitPicker initialLabel={user?.homeUnitName} data-testid="user-home-unit" />
      </Form.Item>
      {!user && (
        <Form.Item
          label="Mật khẩu ban đầu"
          name="password"
          extra={`${passwordHint} Người dùng phải đổi mật khẩu ở lần đăng nhập đầu tiên.`}
          rules={[{ required: true, message: 'Vui lòng nhập mật khẩu ban đầu' }, strongPassword]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending}>
        {user ? 'Lưu thay đổi' : 'Tạo tài khoản'}
      </Button>
    </Form>
  );
}

import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { applyProblemToForm } from '../../../api/formErrors';
import { passwordHint, strongPassword } from '../../../lib/validation';
import { useChangePassword } from '../api';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

const fields = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordForm({ onDone }: { onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);

  const submit = ({ currentPassword, newPassword }: Values) => {
    setOtherErrors([]);
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          onDone();
        },
        onError: (e) => setOtherErrors(applyProblemToForm(form, e, fields)),
      },
    );
  };

  return (
    <Form form={form} name="change-password" layout="vertical" onFinish={submit}>
      {otherErrors.length > 0 && (
        <Alert type="error" showIcon title={otherErrors.join('; ')} style={{ marginBottom: 16 }} />
      )}
      <Form.Item
        label="Mật khẩu hiện tại"
        name="currentPassword"
        rules={[{ required: true, message: 'Vui lòng nhập mật khẩu hiện tại' }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label="Mật khẩu mới"
        name="newPassword"
        extra={passwordHint}
        rules={[{ required: true, message: 'Vui lòng nhập mật khẩu mới' }, strongPassword]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="Nhập lại mật khẩu mới"
        name="confirm"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: 'Vui lòng nhập lại mật khẩu mới' },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || getFieldValue('newPassword') === value
                ? Promise.resolve()
                : Promise.reject(new Error('Mật khẩu nhập lại không khớp')),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        Đổi mật khẩu
      </Button>
    </Form>
  );
}

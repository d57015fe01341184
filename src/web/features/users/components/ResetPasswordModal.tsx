import { App, Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { applyProblemToForm } from '../../../api/formErrors';
import { passwordHint, strongPassword } from '../../../lib/validation';
import { type User, useResetPassword } from '../api';

interface Values {
  password: string;
  confirm: string;
}

export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const reset = useResetPassword();
  const { message } = App.useApp();

  useEffect(() => {
    if (user) form.resetFields();
  }, [user, form]);

  const submit = ({ password }: Values) => {
    if (!user) return;
    reset.mutate(
      { id: user.id, password },
      {
        onSuccess: () => {
          message.success(`Đã đặt lại mật khẩu cho ${user.fullName}`);
          onClose();
        },
        onError: (e) => {
          const rest = applyProblemToForm(form, e, ['password']);
          if (rest.length) message.error(rest.join('; '));
        },
      },
    );
  };

  return (
    <Modal
      open={Boolean(user)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="Đặt lại mật khẩu"
      confirmLoading={reset.isPending}
      title={`Đặt lại mật khẩu: ${user?.fullName ?? ''}`}
      forceRender
    >
      <Typography.Paragraph type="secondary">
        Người dùng sẽ phải đổi mật khẩu này ở lần đăng nhập tiếp theo. Hãy báo mật khẩu mới cho họ qua kênh an
        toàn.
      </Typography.Paragraph>
      <Form form={form} name="password-reset" layout="vertical" onFinish={submit}>
        <Form.Item
          label="Mật khẩu mới"
          name="password"
          extra={passwordHint}
          rules={[{ required: true, message: 'Vui lòng nhập mật khẩu mới' }, strongPassword]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="Nhập lại mật khẩu mới"
          name="confirm"
          dependencies={['password']}
          rules={[
            { required: true, message: 'Vui lòng nhập lại mật khẩu mới' },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue('password') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error('Mật khẩu nhập lại không khớp')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { Alert, App, Button, Card, Form, Input, Result, Space, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../../api/client';
import { applyProblemToForm } from '../../../api/formErrors';
import { useCurrentUser } from '../../../app/session';
import { SafetyCertificateOutlined } from '../../../components/icons';
import { type TotpSetup, useDisableTotp, useEnableTotp, useSetupTotp } from '../api';

/** "ABCDEFGH..." → "ABCD EFGH ..." so the secret can be typed into an app by hand. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

function EnableForm({ setup }: { setup: TotpSetup }) {
  const [form] = Form.useForm<{ code: string }>();
  const enable = useEnableTotp();
  const { message } = App.useApp();
  const submit = ({ code }: { code: string }) =>
    enable.mutate(code, {
      onSuccess: () => message.success('Đã bật xác thực hai bước'),
      onError: (e) => {
        const rest = applyProblemToForm(form, e, ['code']);
        if (rest.length) message.error(rest.join('; '));
      },
    });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Text strong>Khóa bí mật</Typography.Text>
        <Typography.Paragraph
          copyable={{ text: setup.secret }}
          code
          style={{ fontSize: 16, marginTop: 4 }}
          data-testid="totp-secret"
        >
          {groupSecret(setup.secret)}
        </Typography.Paragraph>
        <Typography.Text strong>Đường dẫn cấu hình (otpauth)</Typography.Text>
        <Typography.Paragraph
          copyable
          style={{ wordBreak: 'break-all', marginTop: 4 }}
          data-testid="totp-url"
        >
          {setup.otpauthUrl}
        </Typography.Paragraph>
      </div>
      <Form form={form} name="totp-enable" layout="inline" onFinish={submit}>
        <Form.Item
          label="Mã xác thực"
          name="code"
          rules={[{ required: true, pattern: /^\d{6}$/, message: 'Mã xác thực gồm 6 chữ số' }]}
        >
          <Input inputMode="numeric" maxLength={6} autoComplete="one-time-code" style={{ width: 140 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={enable.isPending}>
          Bật xác thực hai bước
        </Button>
      </Form>
    </Space>
  );
}

function SetupCard() {
  const setup = useSetupTotp();
  const [current, setCurrent] = useState<TotpSetup | null>(null);
  const start = () => setup.mutate(undefined, { onSuccess: setCurrent });
  return (
    <Card title="Bật xác thực hai bước">
      <Steps
        orientation="vertical"
        size="small"
        current={current ? 1 : 0}
        style={{ marginBottom: 16 }}
        items={[
          { title: 'Tạo khóa bí mật', content: 'Hệ thống tạo một khóa riêng cho tài khoản của bạn.' },
          {
            title: 'Thêm vào ứng dụng xác thực',
            content:
              'Nhập khóa bí mật vào ứng dụng xác thực trên điện thoại (ví dụ Google Authenticator, Microsoft Authenticator).',
          },
          { title: 'Xác nhận', content: 'Nhập mã 6 chữ số mà ứng dụng hiển thị để hoàn tất.' },
        ]}
      />
      {setup.isError && (
        <Alert type="error" showIcon title={problemMessage(setup.error)} style={{ marginBottom: 16 }} />
      )}
      {current ? (
        <EnableForm setup={current} />
      ) : (
        <Button type="primary" onClick={start} loading={setup.isPending}>
          Tạo khóa bí mật
        </Button>
      )}
    </Card>
  );
}

function DisableCard() {
  const [form] = Form.useForm<{ password: string }>();
  const disable = useDisableTotp();
  const { message } = App.useApp();
  const submit = ({ password }: { password: string }) =>
    disable.mutate(password, {
      onSuccess: () => message.success('Đã tắt xác thực hai bước'),
      onError: (e) => {
        const rest = applyProblemToForm(form, e, ['password']);
        if (rest.length) message.error(rest.join('; '));
      },
    });
  return (
    <Card title="Tắt xác thực hai bước">
      <Typography.Paragraph>
        Để tắt xác thực hai bước, vui lòng nhập mật khẩu hiện tại. Sau khi tắt, tài khoản chỉ còn được bảo vệ
        bằng mật khẩu.
      </Typography.Paragraph>
      <Form form={form} name="totp-disable" layout="inline" onFinish={submit}>
        <Form.Item
          label="Mật khẩu"
          name="password"
          rules={[{ required: true, message: 'Vui lòng nhập mật khẩu' }]}
        >
          <Input.Password autoComplete="current-password" style={{ width: 220 }} />
        </Form.Item>
        <Button danger htmlType="submit" loading={disable.isPending}>
          Tắt xác thực hai bước
        </Button>
      </Form>
    </Card>
  );
}

export function TotpPage() {
  const user = useCurrentUser();
  if (user.kind !== 'staff') {
    return (
      <Result
        status="info"
        title="Xác thực hai bước dành cho cán bộ"
        subTitle="Tài khoản công dân không cần bật chức năng này."
      />
    );
  }
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 760 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        <SafetyCertificateOutlined /> Xác thực hai bước{' '}
        {user.totpEnabled ? <Tag color="success">Đang bật</Tag> : <Tag>Chưa bật</Tag>}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        Khi bật, mỗi lần đăng nhập bạn cần nhập thêm mã 6 chữ số do ứng dụng xác thực trên điện thoại tạo ra.
      </Typography.Paragraph>
      {user.totpEnabled ? <DisableCard /> : <SetupCard />}
    </Space>
  );
}

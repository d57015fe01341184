import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiProblem, isProblem } from '../../../api/client';
import { BrandMark } from '../../../components/Brand';
import { LockOutlined, SafetyOutlined, UserOutlined } from '../../../components/icons';
import { type LoginInput, useLogin } from '../api';

const page = {
  minHeight: '100vh',
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  padding: 16,
  background: 'linear-gradient(160deg, #7f0000 0%, #b71c1c 45%, #f5f5f5 45%)',
} as const;

function loginError(error: unknown): { title: string; detail?: string } | null {
  if (!error || isProblem(error, '/problems/totp-required')) return null;
  if (error instanceof ApiProblem) {
    // The server's wait says how long (per address and account); a burst limit answers without one.
    if (error.status === 429)
      return {
        title: 'Bạn đã đăng nhập sai quá nhiều lần, vui lòng thử lại sau',
        detail: error.errors[0]?.message,
      };
    return { title: error.title, detail: error.detail };
  }
  return { title: 'Không đăng nhập được, vui lòng thử lại' };
}

/** Shown instead of the app whenever /api/auth/me answers 401. */
export function LoginPage() {
  const [form] = Form.useForm<LoginInput>();
  const login = useLogin();
  // The code field appears only once the server says this account has two-step login.
  const [needsTotp, setNeedsTotp] = useState(false);
  const totpProblem = isProblem(login.error, '/problems/totp-required') ? login.error : null;
  const error = loginError(login.error);

  const submit = (values: LoginInput) => {
    const body = { ...values, totpCode: needsTotp && values.totpCode ? values.totpCode : undefined };
    login.mutate(body, {
      onError: (e) => {
        if (!isProblem(e, '/problems/totp-required')) return;
        const wasAsked = needsTotp;
        setNeedsTotp(true);
        if (wasAsked) form.setFields([{ name: 'totpCode', errors: e.errors.map((x) => x.message) }]);
      },
    });
  };

  return (
    <div style={page}>
      <Card style={{ width: 400, maxWidth: '100%', boxShadow: '0 8px 24px rgba(0,0,0,0.12)' }}>
        <div style={{ textAlign: 'center', marginBottom: 24 }}>
          <BrandMark size={56} />
          <Typography.Title level={2} style={{ margin: '12px 0 4px', color: '#b71c1c' }}>
            Dân Vận Số
          </Typography.Title>
          <Typography.Text type="secondary">Hệ thống số hóa công tác dân vận</Typography.Text>
        </div>
        {error && (
          <Alert
            type="error"
            showIcon
            title={error.title}
            description={error.detail}
            style={{ marginBottom: 16 }}
          />
        )}
        {totpProblem && !error && (
          <Alert
            type="info"
            showIcon
            title="Tài khoản có xác thực hai bước"
            style={{ marginBottom: 16 }}
            description="Nhập mã 6 chữ số từ ứng dụng xác thực trên điện thoại."
          />
        )}
        <Form
          form={form}
          name="login"
          layout="vertical"
          onFinish={submit}
          requiredMark={false}
          disabled={login.isPending}
        >
          <Form.Item
            label="Tên đăng nhập"
            name="username"
            rules={[{ required: true, message: 'Vui lòng nhập tên đăng nhập' }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item
            label="Mật khẩu"
            name="password"
            rules={[{ required: true, message: 'Vui lòng nhập mật khẩu' }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              data-testid="login-password"
            />
          </Form.Item>
          {needsTotp && (
            <Form.Item
              label="Mã xác thực"
              name="totpCode"
              rules={[{ required: true, pattern: /^\d{6}$/, message: 'Mã xác thực gồm 6 chữ số' }]}
            >
              <Input
                prefix={<SafetyOutlined />}
                inputMode="numeric"
                maxLength={6}
                autoComplete="one-time-code"
                autoFocus
                data-testid="login-totp"
              />
            </Form.Item>
          )}
          <Button
            type="primary"
            htmlType="submit"
            block
            size="large"
            loading={login.isPending}
            data-testid="login-submit"
          >
            Đăng nhập
          </Button>
        </Form>
        {/* Citizens need no account: the portal sits outside the login gate. */}
        <div style={{ marginTop: 20, paddingTop: 16, borderTop: '1px solid #f0f0f0', textAlign: 'center' }}>
          <Typography.Text type="secondary">Công dân: </Typography.Text>
          <Link to="/cong-dan/gui-don">Gửi kiến nghị, phản ánh</Link>
          <Typography.Text type="secondary"> · </Typography.Text>
          <Link to="/cong-dan/tra-cuu">Tra cứu đơn</Link>
        </div>
      </Card>
    </div>
  );
}

import { Alert, Button, Card, Typography } from 'antd';
import { BrandMark } from '../../../components/Brand';
import { useLogout } from '../api';
import { ChangePasswordForm } from '../components/ChangePasswordForm';

/** After an administrator reset, the user must choose a new password before anything else. */
export function ForcedPasswordChangePage({ onDone }: { onDone: () => void }) {
  const logout = useLogout();
  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 16,
      }}
    >
      <Card style={{ width: 460, maxWidth: '100%' }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 16 }}>
          <BrandMark size={40} />
          <Typography.Title level={3} style={{ margin: 0 }}>
            Đổi mật khẩu lần đầu
          </Typography.Title>
        </div>
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="Mật khẩu của bạn do quản trị viên cấp. Vui lòng đặt mật khẩu mới để tiếp tục."
        />
        <ChangePasswordForm onDone={onDone} />
        <Button type="link" onClick={() => logout.mutate()} style={{ paddingLeft: 0, marginTop: 8 }}>
          Đăng xuất
        </Button>
      </Card>
    </div>
  );
}

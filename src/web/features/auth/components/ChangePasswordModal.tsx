import { App, Modal } from 'antd';
import { ChangePasswordForm } from './ChangePasswordForm';

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const done = () => {
    message.success('Đã đổi mật khẩu. Các phiên đăng nhập khác đã được đăng xuất.');
    onClose();
  };
  return (
    <Modal title="Đổi mật khẩu" open={open} onCancel={onClose} footer={null} destroyOnHidden>
      <ChangePasswordForm onDone={done} />
    </Modal>
  );
}

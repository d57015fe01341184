import { Alert, Divider, Drawer, Skeleton, Typography } from 'antd';
import { problemMessage } from '../../../api/client';
import { useCan } from '../../../app/session';
import { type User, useUser } from '../api';
import { GrantsEditor } from './GrantsEditor';
import { UserForm } from './UserForm';

interface Props {
  /** 'new' to create; a user id to edit that user and his grants; null when closed. */
  target: 'new' | string | null;
  onClose: () => void;
  onCreated: (user: User) => void;
}

function EditBody({ id }: { id: string }) {
  const canWrite = useCan('user.write');
  const user = useUser(id);
  if (user.isError) return <Alert type="error" showIcon title={problemMessage(user.error)} />;
  if (!user.data) return <Skeleton active />;
  return (
    <>
      {canWrite && <UserForm user={user.data} onSaved={() => undefined} />}
      <Divider />
      <Typography.Title level={5}>Vai trò và phạm vi</Typography.Title>
      <GrantsEditor user={user.data} canWrite={canWrite} />
    </>
  );
}

export function UserDrawer({ target, onClose, onCreated }: Props) {
  const title = target === 'new' ? 'Thêm người dùng' : 'Thông tin và phân quyền';
  return (
    <Drawer open={target !== null} onClose={onClose} title={title} size={560} destroyOnHidden>
      {target === 'new' && <UserForm user={null} onSaved={onCreated} />}
      {target && target !== 'new' && <EditBody id={target} />}
    </Drawer>
  );
}

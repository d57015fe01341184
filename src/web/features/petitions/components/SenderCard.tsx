import { Alert, App, Button, Card, Descriptions, Typography } from 'antd';
import { problemMessage } from '../../../api/client';
import { LockOutlined } from '../../../components/icons';
import { useRevealDenouncer } from '../api';
import { EyeOutlined, WarningOutlined } from '../icons';
import type { Petition, Sender } from '../types';

function SenderDetails({ sender }: { sender: Sender }) {
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      styles={{ label: { width: 180 } }}
      items={[
        { key: 'name', label: 'Họ và tên', children: sender.name },
        { key: 'id', label: 'Số CCCD', children: sender.idNumber ?? '—' },
        { key: 'address', label: 'Địa chỉ', children: sender.address ?? '—' },
        { key: 'phone', label: 'Điện thoại', children: sender.phone ?? '—' },
        { key: 'email', label: 'Thư điện tử', children: sender.email ?? '—' },
      ]}
    />
  );
}

/**
 * The denouncer stays sealed (Luật Tố cáo 2018, Điều 47); only the handler assigned to the case may
 * open it, each time on purpose and recorded in the audit log.
 */
function HiddenDenouncer({
  petition,
  isAssignedHandler,
}: {
  petition: Petition;
  isAssignedHandler: boolean;
}) {
  const reveal = useRevealDenouncer(petition.id);
  const { modal } = App.useApp();
  const ask = () =>
    modal.confirm({
      title: 'Xem thông tin người tố cáo?',
      icon: <WarningOutlined style={{ color: '#faad14' }} />,
      content:
        'Thông tin người tố cáo phải được giữ bí mật (Luật Tố cáo 2018, Điều 47). Việc xem được ghi vào nhật ký hệ thống với tên của bạn.',
      okText: 'Xem thông tin',
      cancelText: 'Hủy',
      onOk: () => reveal.mutate(),
    });
  return (
    <>
      <Alert
        type="warning"
        showIcon
        icon={<LockOutlined />}
        title="Thông tin người tố cáo được bảo mật"
        description={
          isAssignedHandler
            ? 'Bạn là cán bộ thụ lý vụ việc. Mỗi lần xem thông tin người tố cáo đều được ghi vào nhật ký hệ thống.'
            : 'Chỉ cán bộ được giao thụ lý vụ việc mới được xem họ tên, địa chỉ và thông tin cá nhân của người tố cáo.'
        }
        style={{ marginBottom: 12 }}
      />
      {reveal.isError && (
        <Alert type="error" showIcon title={problemMessage(reveal.error)} style={{ marginBottom: 12 }} />
      )}
      {reveal.data ? (
        <SenderDetails sender={reveal.data} />
      ) : (
        isAssignedHandler && (
          <Button
            icon={<EyeOutlined />}
            onClick={ask}
            loading={reveal.isPending}
            data-testid="reveal-denouncer"
          >
            Xem thông tin người tố cáo
          </Button>
        )
      )}
    </>
  );
}

export function SenderCard({
  petition,
  isAssignedHandler,
}: {
  petition: Petition;
  isAssignedHandler: boolean;
}) {
  return (
    <Card size="small" title="Người gửi" data-testid="petition-sender">
      {petition.senderHidden ? (
        <HiddenDenouncer petition={petition} isAssignedHandler={isAssignedHandler} />
      ) : petition.sender ? (
        <SenderDetails sender={petition.sender} />
      ) : (
        <Typography.Text type="secondary">
          Đơn nặc danh: không ghi hoặc không xác định được người gửi.
        </Typography.Text>
      )}
    </Card>
  );
}

import { Tag, Typography } from 'antd';
import { LockOutlined } from '../../../components/icons';
import { formatNumber } from '../../../lib/format';
import type { Petition } from '../types';

/** Who sent it, as far as the viewer may know: a denouncer's name never reaches a list (Luật Tố cáo, Điều 47). */
export function SenderCell({ petition }: { petition: Petition }) {
  if (petition.senderHidden)
    return (
      <Tag color="gold" icon={<LockOutlined />}>
        Được bảo mật
      </Tag>
    );
  if (petition.isAnonymous || !petition.sender) return <Tag>Nặc danh</Tag>;
  return (
    <div>
      <div>{petition.sender.name}</div>
      {petition.signerCount > 1 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatNumber(petition.signerCount)} người ký
        </Typography.Text>
      )}
    </div>
  );
}

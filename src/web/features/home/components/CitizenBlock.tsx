import { Button, Card, Descriptions, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { Me } from '../../../api/types';
import { SearchOutlined } from '../../../components/icons';
import { formatNumber } from '../../../lib/format';
import { userKindLabels } from '../../../lib/labels';
import { useMyPetitions } from '../../portal/api';
import { ProfileOutlined, SendOutlined } from '../icons';

const openStatuses = ['received', 'classified', 'accepted'];

/** What the citizen's own petitions wait for; nothing is said while they load or when none was sent. */
function MyPetitionsSummary() {
  const mine = useMyPetitions();
  if (!mine.data) return null;
  if (mine.data.length === 0)
    return <Typography.Paragraph type="secondary">Bạn chưa gửi đơn nào qua cổng.</Typography.Paragraph>;
  const open = mine.data.filter((p) => openStatuses.includes(p.status)).length;
  const toRate = mine.data.filter((p) => p.canRate).length;
  return (
    <Typography.Paragraph data-testid="citizen-summary">
      Bạn đã gửi {formatNumber(mine.data.length)} đơn, trong đó {formatNumber(open)} đơn đang được xem xét,
      giải quyết.
      {toRate > 0 && ` ${formatNumber(toRate)} đơn đã có kết quả, mời bạn đánh giá mức độ hài lòng.`}
    </Typography.Paragraph>
  );
}

/** A citizen's home: the portal's three pages, and his account. */
export function CitizenBlock({ user }: { user: Me }) {
  const navigate = useNavigate();
  return (
    <Card title="Cổng thông tin công dân" data-testid="citizen-portal">
      <Typography.Paragraph>
        Gửi kiến nghị, phản ánh, khiếu nại, tố cáo đến Ủy ban nhân dân xã, phường và theo dõi kết quả giải
        quyết trực tuyến.
      </Typography.Paragraph>
      <MyPetitionsSummary />
      <Space wrap style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<SendOutlined />} onClick={() => navigate('/cong-dan/gui-don')}>
          Gửi kiến nghị, phản ánh
        </Button>
        <Button icon={<SearchOutlined />} onClick={() => navigate('/cong-dan/tra-cuu')}>
          Tra cứu đơn theo mã
        </Button>
        <Button icon={<ProfileOutlined />} onClick={() => navigate('/cong-dan/don-cua-toi')}>
          Đơn của tôi
        </Button>
      </Space>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'name', label: 'Họ và tên', children: user.fullName },
          { key: 'username', label: 'Tên đăng nhập', children: user.username },
          { key: 'kind', label: 'Loại tài khoản', children: userKindLabels[user.kind] },
        ]}
      />
    </Card>
  );
}

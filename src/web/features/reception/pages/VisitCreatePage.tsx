import { Space, Typography } from 'antd';
import { VisitForm } from '../components/VisitForm';

export function VisitCreatePage() {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        Ghi lượt tiếp công dân
      </Typography.Title>
      <VisitForm />
    </Space>
  );
}

import { Alert, Card, Input, Skeleton, Space, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { problemMessage } from '../../../api/client';
import { SearchOutlined } from '../../../components/icons';
import { usePublicStatus } from '../api';
import { PortalLayout } from '../components/PortalLayout';
import { StatusView } from '../components/StatusView';

/** /cong-dan/tra-cuu[/:code]: the status of a petition by its tracking code, and its rating. */
export function TrackPage() {
  const { code: raw = '' } = useParams();
  const code = raw.trim().toUpperCase();
  const navigate = useNavigate();
  const status = usePublicStatus(code);
  return (
    <PortalLayout>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        Tra cứu đơn
      </Typography.Title>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <Typography.Paragraph type="secondary">
            Nhập mã tra cứu bạn nhận được khi gửi đơn (ví dụ: 22-26ABCD2345KM).
          </Typography.Paragraph>
          <Input.Search
            key={code}
            defaultValue={code}
            size="large"
            placeholder="Mã tra cứu đơn"
            enterButton={
              <span>
                <SearchOutlined /> Tra cứu
              </span>
            }
            allowClear
            aria-label="Mã tra cứu đơn"
            onSearch={(v) => {
              const next = v.trim().toUpperCase();
              if (next) navigate(`/cong-dan/tra-cuu/${encodeURIComponent(next)}`);
            }}
            data-testid="portal-track-code"
            style={{ maxWidth: 520 }}
          />
        </Card>
        {code && status.isError && <Alert type="error" showIcon title={problemMessage(status.error)} />}
        {code && status.isPending && <Skeleton active />}
        {status.data && <StatusView status={status.data} />}
      </Space>
    </PortalLayout>
  );
}

import { Alert, Button, Card, Flex, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { PetitionForm } from '../components/PetitionForm';
import { ArrowLeftOutlined } from '../icons';
import type { PetitionCreated } from '../types';

function Created({ result, onAnother }: { result: PetitionCreated; onAnother: () => void }) {
  const navigate = useNavigate();
  return (
    <Card>
      <Result
        status="success"
        title="Đã tiếp nhận đơn"
        subTitle={
          <span>
            Mã đơn:{' '}
            <Typography.Text strong copyable style={{ fontSize: 20 }} data-testid="created-code">
              {result.trackingCode}
            </Typography.Text>
            {result.pin && (
              <>
                {' · '}Mã PIN của người gửi:{' '}
                <Typography.Text strong style={{ fontSize: 20 }} data-testid="created-pin">
                  {result.pin}
                </Typography.Text>
                <br />
                <Typography.Text type="secondary">
                  Ghi cả hai mã vào giấy biên nhận trao người gửi: mã PIN để người gửi đánh giá kết quả.
                </Typography.Text>
              </>
            )}
          </span>
        }
        extra={[
          <Button key="open" type="primary" onClick={() => navigate(`/don-thu/${result.id}`)}>
            Xem đơn
          </Button>,
          <Button key="again" onClick={onAnother}>
            Tiếp nhận đơn khác
          </Button>,
        ]}
      >
        {result.duplicateOf || result.duplicateAt ? (
          <Alert
            type="warning"
            showIcon
            data-testid="created-duplicate"
            title={
              result.duplicateOf
                ? `Đơn trùng nội dung với đơn ${result.duplicateOf}`
                : `Đơn trùng nội dung với một đơn đã nhận tại ${result.duplicateAt}`
            }
            description="Đơn được gộp vào cùng vụ việc (một vụ việc, một hồ sơ — Nghị định 55/2022/NĐ-CP)."
          />
        ) : (
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center', margin: 0 }}>
            Không phát hiện đơn trùng nội dung của cùng người gửi.
          </Typography.Paragraph>
        )}
      </Result>
    </Card>
  );
}

/** Tiếp nhận đơn; `?visitId=` starts it from a reception visit. */
export function PetitionCreatePage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const visitId = params.get('visitId') ?? undefined;
  const [created, setCreated] = useState<PetitionCreated | null>(null);
  // A new key remounts the form empty after "Tiếp nhận đơn khác".
  const [round, setRound] = useState(0);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex align="center" gap={12} wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/don-thu')}>
          Về danh sách đơn
        </Button>
        <Typography.Title level={3} style={{ margin: 0 }}>
          Tiếp nhận đơn
        </Typography.Title>
      </Flex>
      {created ? (
        <Created
          result={created}
          onAnother={() => {
            setCreated(null);
            setRound((r) => r + 1);
            if (visitId) navigate('/don-thu/tiep-nhan', { replace: true });
          }}
        />
      ) : (
        <PetitionForm key={round} visitId={round === 0 ? visitId : undefined} onCreated={setCreated} />
      )}
    </Space>
  );
}

import { Button, Card, Result, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { PortalLayout } from '../components/PortalLayout';
import { SubmitForm } from '../components/SubmitForm';

export interface SentPetition {
  trackingCode: string;
  pin: string;
}

function Sent({ sent, onAnother }: { sent: SentPetition; onAnother: () => void }) {
  const code = sent.trackingCode;
  const navigate = useNavigate();
  return (
    <Card>
      <Result
        status="success"
        title="Đơn của bạn đã được gửi"
        subTitle="Cơ quan tiếp nhận sẽ xem xét, xử lý theo quy định và cập nhật kết quả tại trang tra cứu."
        extra={[
          <Button key="track" type="primary" onClick={() => navigate(`/cong-dan/tra-cuu/${code}`)}>
            Tra cứu đơn
          </Button>,
          <Button key="again" onClick={onAnother}>
            Gửi đơn khác
          </Button>,
        ]}
      >
        <div style={{ textAlign: 'center' }}>
          <Typography.Text type="secondary">Mã tra cứu đơn</Typography.Text>
          <Typography.Title
            level={1}
            copyable={{ text: code, tooltips: ['Sao chép', 'Đã sao chép'] }}
            style={{ margin: '4px 0 8px', letterSpacing: 2, fontFamily: 'monospace' }}
            data-testid="portal-code"
          >
            {code}
          </Typography.Title>
          <Typography.Text type="secondary">Mã PIN (để đánh giá kết quả)</Typography.Text>
          <Typography.Title
            level={2}
            style={{ margin: '4px 0 8px', letterSpacing: 4, fontFamily: 'monospace' }}
            data-testid="portal-pin"
          >
            {sent.pin}
          </Typography.Title>
          <Typography.Text strong style={{ color: '#b71c1c' }}>
            Hãy ghi lại mã tra cứu và mã PIN. Không đưa mã PIN cho người khác.
          </Typography.Text>
        </div>
      </Result>
    </Card>
  );
}

/** /cong-dan/gui-don: a citizen sends a recommendation, feedback, complaint or denunciation. */
export function SubmitPage() {
  const [params] = useSearchParams();
  const [sent, setSent] = useState<SentPetition | null>(null);
  // A new key remounts the form empty, with a fresh Idempotency-Key.
  const [round, setRound] = useState(0);
  return (
    <PortalLayout>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        Gửi kiến nghị, phản ánh
      </Typography.Title>
      {sent ? (
        <Sent
          sent={sent}
          onAnother={() => {
            setSent(null);
            setRound((r) => r + 1);
          }}
        />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            Bạn không cần tài khoản. Sau khi gửi, bạn nhận được một mã để theo dõi quá trình xử lý đơn.
          </Typography.Paragraph>
          <SubmitForm key={round} presetUnitCode={params.get('donVi') ?? undefined} onSent={setSent} />
        </>
      )}
    </PortalLayout>
  );
}

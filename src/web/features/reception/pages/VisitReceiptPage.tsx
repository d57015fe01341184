import { Alert, Button, Flex, Skeleton, Space } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { problemMessage } from '../../../api/client';
import { useCan } from '../../../app/session';
import { useVisit } from '../api';
import { Receipt } from '../components/Receipt';
import { ArrowLeftOutlined, FileAddOutlined, PrinterOutlined } from '../icons';

/** Phiếu tiếp công dân of one visit, with a print button; printing hides the app around it. */
export function VisitReceiptPage() {
  const { id = '' } = useParams();
  const visit = useVisit(id);
  const navigate = useNavigate();
  const canIntake = useCan('petition.write');
  // A visit that took a petition hands it on to Đơn thư, prefilled from the visit.
  const tookPetition = visit.data?.outcome === 'petition_received';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" wrap gap={8} className="no-print">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/tiep-cong-dan')}>
          Về sổ tiếp công dân
        </Button>
        <Flex wrap gap={8}>
          {tookPetition && canIntake && (
            <Button
              icon={<FileAddOutlined />}
              onClick={() => navigate(`/don-thu/tiep-nhan?visitId=${encodeURIComponent(id)}`)}
              data-testid="intake-from-visit"
            >
              Tiếp nhận đơn từ lượt tiếp này
            </Button>
          )}
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            disabled={!visit.data}
            onClick={() => window.print()}
            data-testid="print-receipt"
          >
            In phiếu
          </Button>
        </Flex>
      </Flex>
      {visit.isError && <Alert type="error" showIcon title={problemMessage(visit.error)} />}
      {visit.isPending && <Skeleton active />}
      {visit.data && <Receipt visit={visit.data} />}
    </Space>
  );
}

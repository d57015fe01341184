import { Alert, Button, Card, Col, Flex, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { problemMessage } from '../../../api/client';
import { usePetition } from '../api';
import { ActionBar } from '../components/ActionBar';
import { AttachmentsCard } from '../components/AttachmentsCard';
import { DeadlinesCard } from '../components/DeadlinesCard';
import { EventsTimeline } from '../components/EventsTimeline';
import { OutcomeCard, PetitionInfo } from '../components/PetitionInfo';
import { SenderCard } from '../components/SenderCard';
import { ArrowLeftOutlined } from '../icons';
import { kindColor, kindLabel, statusColor } from '../labels';
import type { Petition } from '../types';
import { useActor } from '../useActor';

function Header({ petition }: { petition: Petition }) {
  return (
    <Flex align="center" gap={8} wrap>
      <Typography.Title level={3} style={{ margin: 0 }}>
        Đơn {petition.trackingCode}
      </Typography.Title>
      <Tag color={statusColor(petition.status)} data-testid="petition-status" style={{ fontSize: 14 }}>
        {petition.statusName}
      </Tag>
      <Tag color={kindColor(petition.kind)}>{kindLabel(petition.kind)}</Tag>
      {petition.overdue && <Tag color="red">Quá hạn</Tag>}
    </Flex>
  );
}

function Detail({ petition }: { petition: Petition }) {
  const actor = useActor(petition);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Header petition={petition} />
      <Card size="small" title="Xử lý đơn">
        <ActionBar petition={petition} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <PetitionInfo petition={petition} />
            <SenderCard petition={petition} isAssignedHandler={actor.isAssignedHandler} />
            <OutcomeCard petition={petition} />
            <AttachmentsCard petitionId={petition.id} />
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <DeadlinesCard petition={petition} />
            <EventsTimeline petitionId={petition.id} />
          </Space>
        </Col>
      </Row>
    </Space>
  );
}

/** Chi tiết đơn: the file, its deadlines and history, and the steps the user may take. */
export function PetitionDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const petition = usePetition(id);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/don-thu')}>
          Về danh sách đơn
        </Button>
      </div>
      {petition.isError && <Alert type="error" showIcon title={problemMessage(petition.error)} />}
      {petition.isPending && <Skeleton active />}
      {petition.data && <Detail petition={petition.data} />}
    </Space>
  );
}

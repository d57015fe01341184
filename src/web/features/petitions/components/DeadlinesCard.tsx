import { Card, Descriptions, Tag, Typography } from 'antd';
import { formatDate, formatNumber } from '../../../lib/format';
import { currentDeadline } from '../deadline';
import type { Deadline, Petition } from '../types';

function DueLine({ due, running, overdue }: { due: Deadline; running: boolean; overdue: boolean }) {
  return (
    <div>
      <Typography.Text strong type={running && overdue ? 'danger' : undefined}>
        {formatDate(due.dueOn)}
      </Typography.Text>
      {running && overdue && (
        <Tag color="red" style={{ marginInlineStart: 8 }}>
          Quá hạn
        </Tag>
      )}
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          Căn cứ: {due.basis}
        </Typography.Text>
      </div>
    </div>
  );
}

/** The legal deadlines of the petition with the article each comes from. */
export function DeadlinesCard({ petition }: { petition: Petition }) {
  const running = currentDeadline(petition);
  const items = [];
  if (petition.handlingDue)
    items.push({
      key: 'handling',
      label: 'Hạn xử lý đơn',
      children: (
        <DueLine
          due={petition.handlingDue}
          running={running?.label === 'Hạn xử lý đơn'}
          overdue={petition.overdue}
        />
      ),
    });
  items.push({
    key: 'resolution',
    label: 'Hạn giải quyết',
    children: petition.resolutionDue ? (
      <DueLine
        due={petition.resolutionDue}
        running={running?.label === 'Hạn giải quyết'}
        overdue={petition.overdue}
      />
    ) : (
      <Typography.Text type="secondary">Tính từ ngày thụ lý</Typography.Text>
    ),
  });
  const periods = petition.decisionPeriods;
  if (periods?.secondComplaintUntil)
    items.push({
      key: 'second',
      label: 'Hạn khiếu nại lần hai',
      children: <DueLine due={periods.secondComplaintUntil} running={false} overdue={false} />,
    });
  if (periods)
    items.push({
      key: 'effect',
      label: 'Quyết định có hiệu lực sau ngày',
      children: <DueLine due={periods.effectiveAfter} running={false} overdue={false} />,
    });
  if (petition.conclusionNoticeDue)
    items.push({
      key: 'conclusion',
      label: 'Hạn gửi kết luận cho người tố cáo',
      children: <DueLine due={petition.conclusionNoticeDue} running={false} overdue={false} />,
    });
  if (petition.extensions > 0)
    items.push({
      key: 'extensions',
      label: 'Gia hạn',
      children: `Đã gia hạn ${formatNumber(petition.extensions)} lần`,
    });
  return (
    <Card size="small" title="Thời hạn" data-testid="petition-deadlines">
      <Descriptions column={1} size="small" items={items} />
    </Card>
  );
}

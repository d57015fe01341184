import { Alert, Card, Skeleton, Timeline, Typography } from 'antd';
import { problemMessage } from '../../../api/client';
import { formatDate, formatDateTime } from '../../../lib/format';
import { usePetitionEvents } from '../api';
import { eventActionLabel, isStatus, statusColor } from '../labels';

const colorOf = (status: string) => {
  const c = statusColor(status);
  return c === 'green' ? 'green' : c === 'default' ? 'gray' : 'blue';
};

/** Quá trình xử lý: every step with who took it and the internal note. */
export function EventsTimeline({ petitionId }: { petitionId: string }) {
  const events = usePetitionEvents(petitionId);
  return (
    <Card size="small" title="Quá trình xử lý" data-testid="petition-events">
      {events.isError && <Alert type="error" showIcon title={problemMessage(events.error)} />}
      {events.isPending && <Skeleton active />}
      {events.data && (
        <Timeline
          items={events.data.map((e, i) => ({
            key: `${e.at}-${i}`,
            color: isStatus(e.toStatus) ? colorOf(e.toStatus) : 'gray',
            content: (
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                  {formatDateTime(e.at)}
                </Typography.Text>
                <Typography.Text strong>{eventActionLabel(e.action)}</Typography.Text>
                {e.actorName && <Typography.Text type="secondary"> — {e.actorName}</Typography.Text>}
                {e.document && (
                  <div>
                    Văn bản số {e.document.no} ngày {formatDate(e.document.date)}
                  </div>
                )}
                {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}

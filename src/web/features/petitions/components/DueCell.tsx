import { Tag, Typography } from 'antd';
import { formatDate } from '../../../lib/format';
import { currentDeadline } from '../deadline';
import type { Petition } from '../types';

const small = { fontSize: 12 } as const;

/** The running deadline; overdue ones in red, reading "Quá hạn giải quyết" / "Quá hạn xử lý đơn". */
export function DueCell({ petition }: { petition: Petition }) {
  const due = currentDeadline(petition);
  if (!due) return <Typography.Text type="secondary">—</Typography.Text>;
  const what = due.label.replace(/^Hạn /, '');
  return (
    <div style={{ whiteSpace: 'nowrap' }}>
      <Typography.Text type={petition.overdue ? 'danger' : undefined} strong={petition.overdue}>
        {formatDate(due.dueOn)}
      </Typography.Text>
      <div>
        {petition.overdue ? (
          <>
            <Tag color="red" style={{ marginInlineEnd: 4 }}>
              Quá hạn
            </Tag>
            <Typography.Text type="danger" style={small}>
              {what}
            </Typography.Text>
          </>
        ) : (
          <Typography.Text type="secondary" style={small}>
            {due.label}
          </Typography.Text>
        )}
      </div>
    </div>
  );
}

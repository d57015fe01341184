import { Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { formatDate } from '../../../lib/format';
import { useSessions } from '../api';

/** The periodic sessions of the unit around the visit's day, to count the visit under its session. */
export function SessionSelect(props: {
  unitId: string;
  day: Dayjs | null;
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
}) {
  const { day } = props;
  const sessions = useSessions(
    day
      ? {
          unitId: props.unitId,
          from: day.subtract(7, 'day').format('YYYY-MM-DD'),
          to: day.add(7, 'day').format('YYYY-MM-DD'),
        }
      : null,
  );
  const options = (sessions.data ?? [])
    .filter((s) => s.status !== 'cancelled')
    .map((s) => ({ value: s.id, label: `${formatDate(s.plannedOn)} — ${s.leaderName} (${s.unitName})` }));
  return (
    <Select
      id={props.id}
      allowClear
      value={props.value ?? undefined}
      onChange={(v?: string) => props.onChange?.(v ?? null)}
      loading={sessions.isFetching}
      placeholder="Không gắn với buổi tiếp nào"
      notFoundContent="Không có buổi tiếp định kỳ trong 7 ngày quanh ngày tiếp"
      options={options}
    />
  );
}

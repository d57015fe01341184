import { Descriptions, Empty, Table, Tag, Typography } from 'antd';
import { formatDate } from '../../../lib/format';
import type { CalendarDayOff, CalendarYear } from '../api';
import { weekdayName, weekdayOf } from '../dates';
import { sourceLabels } from '../labels';

/** The days off of one year (weekends aside), the weekend days worked in exchange, and where they come from. */
export function YearDaysOff({ calendar, loading }: { calendar: CalendarYear | undefined; loading: boolean }) {
  const source = calendar ? sourceLabels[calendar.source] : null;
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 12 }}
        items={[
          {
            key: 'source',
            label: 'Nguồn',
            children: source ? (
              <Tag color={source.color} data-testid="calendar-source">
                {source.label}
              </Tag>
            ) : null,
          },
          { key: 'basis', label: 'Căn cứ', children: calendar?.basis },
          {
            key: 'working',
            label: 'Ngày làm bù',
            children:
              calendar && calendar.workingDays.length > 0 ? (
                <span data-testid="calendar-working-days">
                  {calendar.workingDays.map((d) => (
                    <Tag key={d} color="gold">
                      {weekdayOf(d)}, {formatDate(d)}
                    </Tag>
                  ))}
                </span>
              ) : (
                <Typography.Text type="secondary">Không có ngày làm bù</Typography.Text>
              ),
          },
        ]}
      />
      <Table<CalendarDayOff>
        rowKey="date"
        size="small"
        loading={loading}
        dataSource={calendar?.daysOff ?? []}
        pagination={false}
        data-testid="calendar-days-off"
        locale={{ emptyText: <Empty description="Không có ngày nghỉ lễ, Tết" /> }}
        columns={[
          { title: 'Ngày', dataIndex: 'date', width: 120, render: (v: string) => formatDate(v) },
          { title: 'Thứ', dataIndex: 'weekday', width: 110, render: (v: number) => weekdayName(v) },
          { title: 'Tên ngày nghỉ', dataIndex: 'name' },
        ]}
      />
    </>
  );
}

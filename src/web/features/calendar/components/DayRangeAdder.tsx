import { Button, DatePicker, Input, Popover, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';

/** Tết spans a week or more: add every weekday of a range under one name instead of row by row. */
export function DayRangeAdder(props: {
  year: number;
  onAdd: (days: { date: Dayjs; name: string }[]) => void;
}) {
  const [open, setOpen] = useState(false);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [name, setName] = useState('');
  const [from, to] = range ?? [null, null];

  const add = () => {
    if (!from || !to) return;
    const days: { date: Dayjs; name: string }[] = [];
    // Weekends are days off anyway and the list holds only the others (the server lists them the same way).
    for (let d = from.startOf('day'); !d.isAfter(to, 'day'); d = d.add(1, 'day')) {
      if (d.day() !== 0 && d.day() !== 6) days.push({ date: d, name: name.trim() });
    }
    props.onAdd(days);
    setOpen(false);
    setRange(null);
    setName('');
  };

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title="Thêm nhiều ngày liên tiếp"
      content={
        <Space orientation="vertical" style={{ width: 320 }}>
          <DatePicker.RangePicker
            format="DD/MM/YYYY"
            value={range}
            onChange={(v) => setRange(v)}
            placeholder={['Từ ngày', 'Đến ngày']}
            defaultPickerValue={[dayjs(`${props.year}-01-01`), dayjs(`${props.year}-01-01`)]}
          />
          <Input placeholder="Tên ngày nghỉ" value={name} onChange={(e) => setName(e.target.value)} />
          <Button type="primary" disabled={!from || !to || name.trim().length < 2} onClick={add}>
            Thêm các ngày
          </Button>
        </Space>
      }
    >
      <Button>Thêm nhiều ngày liên tiếp</Button>
    </Popover>
  );
}

import {
  Alert,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Select,
  Spin,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { type DeadlineRuleId, deadlineRules } from '../../../../domain/legal-rules';
import { problemMessage } from '../../../api/client';
import { formatDate, formatNumber } from '../../../lib/format';
import { type DeadlinePreview, useDeadlinePreview } from '../api';
import { todayInVietnam, weekdayOf } from '../dates';

const ruleOptions = Object.values(deadlineRules).map((r) => ({ value: r.id, label: r.title }));

interface SkippedRun {
  from: string;
  to: string;
  reason: string;
  days: number;
}

/** Consecutive days off with the same name shown as one line: Tết is nine rows otherwise. */
export function groupSkipped(days: DeadlinePreview['daysOffSkipped']): SkippedRun[] {
  const runs: SkippedRun[] = [];
  for (const d of days) {
    const last = runs.at(-1);
    if (last && last.reason === d.reason && dayjs(last.to).add(1, 'day').format('YYYY-MM-DD') === d.date) {
      last.to = d.date;
      last.days += 1;
    } else runs.push({ from: d.date, to: d.date, reason: d.reason, days: 1 });
  }
  return runs;
}

function durationText(r: DeadlinePreview): string {
  return `${formatNumber(r.days)} ${r.dayCount === 'working' ? 'ngày làm việc' : 'ngày'}`;
}

function Result({ result }: { result: DeadlinePreview }) {
  const runs = groupSkipped(result.daysOffSkipped);
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      data-testid="deadline-result"
      items={[
        {
          key: 'due',
          label: 'Hạn cuối',
          children: (
            <Typography.Text strong style={{ fontSize: 16, color: '#b71c1c' }}>
              {weekdayOf(result.dueOn)}, {formatDate(result.dueOn)}
            </Typography.Text>
          ),
        },
        { key: 'days', label: 'Thời hạn', children: durationText(result) },
        {
          key: 'basis',
          label: 'Căn cứ',
          children: (
            <Flex gap={8} wrap align="center">
              <span>{result.basis}</span>
              {!result.verified && <Tag color="orange">chưa xác minh</Tag>}
            </Flex>
          ),
        },
        {
          key: 'skipped',
          label:
            result.dayCount === 'working'
              ? 'Ngày nghỉ lễ, Tết đã bỏ qua'
              : 'Ngày nghỉ lễ, Tết trong thời hạn',
          children:
            runs.length === 0 ? (
              <Typography.Text type="secondary">Không có</Typography.Text>
            ) : (
              <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="deadline-skipped">
                {runs.map((r) => (
                  <li key={r.from}>
                    {r.days > 1 ? `${formatDate(r.from)} – ${formatDate(r.to)}` : formatDate(r.from)}:{' '}
                    {r.reason}
                    {r.days > 1 ? ` (${r.days} ngày)` : ''}
                  </li>
                ))}
              </ul>
            ),
        },
      ]}
    />
  );
}

/** What a legal period started on a given day comes to, with the holidays it crosses. */
export function DeadlineCalculator() {
  const [rule, setRule] = useState<DeadlineRuleId>('complaint_first_instance');
  const [from, setFrom] = useState<Dayjs | null>(todayInVietnam);
  const [remote, setRemote] = useState(false);
  const [complex, setComplex] = useState(false);
  const query = useMemo(
    () => (from ? { rule, from: from.format('YYYY-MM-DD'), remote, complex } : null),
    [rule, from, remote, complex],
  );
  const preview = useDeadlinePreview(query);

  return (
    <Card title="Tính thời hạn theo quy định" size="small" data-testid="deadline-calculator">
      <Form layout="vertical">
        <Form.Item label="Loại thời hạn">
          <Select
            value={rule}
            onChange={setRule}
            options={ruleOptions}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="deadline-rule"
          />
        </Form.Item>
        <Form.Item label="Ngày bắt đầu (ngày xảy ra sự việc)" style={{ marginBottom: 12 }}>
          <DatePicker
            format="DD/MM/YYYY"
            value={from}
            onChange={setFrom}
            placeholder="Chọn ngày"
            data-testid="deadline-from"
          />
        </Form.Item>
        <Flex gap={16} wrap style={{ marginBottom: 8 }}>
          <Checkbox checked={remote} onChange={(e) => setRemote(e.target.checked)}>
            Vùng khó khăn
          </Checkbox>
          <Checkbox checked={complex} onChange={(e) => setComplex(e.target.checked)}>
            Vụ việc phức tạp
          </Checkbox>
        </Flex>
      </Form>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        Ngày bắt đầu không tính; hạn rơi vào ngày nghỉ thì chuyển sang ngày làm việc tiếp theo (Bộ luật Dân sự
        2015, Điều 147, 148).
      </Typography.Paragraph>
      {!query && <Alert type="info" showIcon title="Chọn ngày bắt đầu để tính hạn" />}
      {preview.isError && <Alert type="error" showIcon title={problemMessage(preview.error)} />}
      {query && !preview.data && preview.isFetching && <Spin />}
      {query && preview.data && <Result result={preview.data} />}
    </Card>
  );
}

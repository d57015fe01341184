import { DatePicker, Flex, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { type QuickPeriod, quickPeriod, quickPeriodLabels, quickPeriodOf } from '../period';

const options = (Object.keys(quickPeriodLabels) as QuickPeriod[]).map((k) => ({
  value: k,
  label: quickPeriodLabels[k],
}));

/** A date range with the usual report periods one click away. */
export function PeriodPicker(props: { value: [Dayjs, Dayjs]; onChange: (range: [Dayjs, Dayjs]) => void }) {
  const { value, onChange } = props;
  return (
    <Flex wrap gap={8} align="center">
      <DatePicker.RangePicker
        format="DD/MM/YYYY"
        value={value}
        allowClear={false}
        placeholder={['Từ ngày', 'Đến ngày']}
        onChange={(v) => {
          if (v?.[0] && v[1]) onChange([v[0], v[1]]);
        }}
        data-testid="period-picker"
      />
      <Radio.Group
        optionType="button"
        size="middle"
        value={quickPeriodOf(value)}
        options={options}
        onChange={(e) => onChange(quickPeriod(e.target.value))}
      />
    </Flex>
  );
}

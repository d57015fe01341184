import { Card, Flex } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useCurrentUser } from '../../../app/session';
import { UnitPicker } from '../../../components/UnitPicker';
import { quickPeriod } from '../period';
import { ExportButton } from './ExportButton';
import { PeriodPicker } from './PeriodPicker';

/** The unit and period a statistics tab shows; starts on the user's first unit and this year. */
export function useStatsFilter() {
  const user = useCurrentUser();
  const home = user.grants[0];
  const [unitId, setUnitId] = useState<string | undefined>(home?.unitId);
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => quickPeriod('year'));
  return {
    home,
    unitId,
    setUnitId,
    range,
    setRange,
    from: range[0].format('YYYY-MM-DD'),
    to: range[1].format('YYYY-MM-DD'),
    // The form has a row per child unit, so it needs one unit: the chosen one, or the only one granted.
    reportUnitId: unitId ?? (user.grants.length === 1 ? home?.unitId : undefined),
  };
}

interface Props {
  filter: ReturnType<typeof useStatsFilter>;
  report: { path: string; label: string; code: string; testId: string };
}

/** Unit picker, export of the report form, and the period with its quick choices. */
export function StatsFilterBar({ filter, report }: Props) {
  return (
    <Card size="small">
      <Flex vertical gap={12}>
        <Flex wrap gap={12} align="center" justify="space-between">
          <div style={{ width: 280, maxWidth: '100%' }}>
            <UnitPicker
              value={filter.unitId}
              initialLabel={filter.home?.unitName}
              onChange={(id) => filter.setUnitId(id)}
              placeholder="Đơn vị (toàn bộ phạm vi)"
            />
          </div>
          <ExportButton
            path={report.path}
            unitId={filter.reportUnitId}
            from={filter.from}
            to={filter.to}
            label={report.label}
            fallbackName={`${report.code}_${filter.from}_${filter.to}.xlsx`}
            testId={report.testId}
          />
        </Flex>
        <PeriodPicker value={filter.range} onChange={filter.setRange} />
      </Flex>
    </Card>
  );
}

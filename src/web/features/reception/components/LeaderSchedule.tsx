import { Card, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../../app/session';
import { UnitPicker } from '../../../components/UnitPicker';
import { ComplianceCard } from './ComplianceCard';
import { RulesCard } from './RulesCard';
import { SessionsCard } from './SessionsCard';

/** Lịch tiếp của lãnh đạo: the duties, the sessions and whether the duties were met. */
export function LeaderSchedule() {
  const home = useCurrentUser().grants[0];
  const [unit, setUnit] = useState<{ id?: string; name?: string }>({
    id: home?.unitId,
    name: home?.unitName,
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Flex gap={12} align="center" wrap>
          <Typography.Text>Đơn vị:</Typography.Text>
          <div style={{ width: 320 }}>
            <UnitPicker
              value={unit.id}
              initialLabel={home?.unitName}
              onChange={(id, picked) => setUnit({ id, name: picked?.name })}
              placeholder="Toàn bộ phạm vi"
            />
          </div>
        </Flex>
      </Card>
      <ComplianceCard unitId={unit.id} />
      <SessionsCard unitId={unit.id} unitName={unit.name} />
      <RulesCard unitId={unit.id} unitName={unit.name} />
    </Space>
  );
}

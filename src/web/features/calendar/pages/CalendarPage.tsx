import { Alert, Button, Card, Col, Flex, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../../api/client';
import { useCan } from '../../../app/session';
import { EditOutlined } from '../../../components/icons';
import { useCalendarYear } from '../api';
import { DeadlineCalculator } from '../components/DeadlineCalculator';
import { PendingHolidays } from '../components/PendingHolidays';
import { YearDaysOff } from '../components/YearDaysOff';
import { YearDecisionDrawer } from '../components/YearDecisionDrawer';
import { todayInVietnam } from '../dates';

const thisYear = todayInVietnam().year();
const yearOptions = Array.from({ length: 9 }, (_, i) => thisYear - 5 + i).map((y) => ({
  value: y,
  label: `Năm ${y}`,
}));

/** Working days of the civil service: the year's days off, swapped Saturdays, and a deadline calculator. */
export function CalendarPage() {
  const [year, setYear] = useState(thisYear);
  const calendar = useCalendarYear(year);
  const canWrite = useCan('calendar.write');
  const [editing, setEditing] = useState(false);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          Lịch làm việc
        </Typography.Title>
        <Select
          value={year}
          onChange={setYear}
          options={yearOptions}
          style={{ width: 140 }}
          aria-label="Năm"
          data-testid="calendar-year"
        />
      </Flex>
      {calendar.isError && <Alert type="error" showIcon title={problemMessage(calendar.error)} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={13}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card
              size="small"
              title={`Ngày nghỉ lễ, Tết năm ${year}`}
              extra={
                canWrite && calendar.data ? (
                  <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                    Nhập lịch nghỉ của năm
                  </Button>
                ) : null
              }
            >
              <YearDaysOff calendar={calendar.data} loading={calendar.isFetching} />
            </Card>
            {calendar.data && calendar.data.pendingHolidays.length > 0 && (
              <Card size="small" title="Ngày lễ chờ luật hóa">
                <PendingHolidays items={calendar.data.pendingHolidays} />
              </Card>
            )}
          </Space>
        </Col>
        <Col xs={24} xl={11}>
          <DeadlineCalculator />
        </Col>
      </Row>
      {canWrite && calendar.data && (
        <YearDecisionDrawer calendar={calendar.data} open={editing} onClose={() => setEditing(false)} />
      )}
    </Space>
  );
}

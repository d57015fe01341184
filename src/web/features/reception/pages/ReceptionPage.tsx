import { Button, Flex, Tabs, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { useCan } from '../../../app/session';
import { PlusOutlined } from '../../../components/icons';
import { LeaderSchedule } from '../components/LeaderSchedule';
import { Logbook } from '../components/Logbook';
import { StatsPanel } from '../components/StatsPanel';

const tabs = [
  { key: 'so-tiep', label: 'Sổ tiếp công dân', children: <Logbook /> },
  { key: 'thong-ke', label: 'Thống kê', children: <StatsPanel /> },
  { key: 'lich-tiep', label: 'Lịch tiếp của lãnh đạo', children: <LeaderSchedule /> },
];

/** Tiếp công dân: the logbook, the figures and the leaders' schedule; the tab lives in the address (?tab=). */
export function ReceptionPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const canWrite = useCan('reception.write');
  const active = tabs.some((t) => t.key === params.get('tab')) ? (params.get('tab') ?? 'so-tiep') : 'so-tiep';
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        Tiếp công dân
      </Typography.Title>
      <Tabs
        activeKey={active}
        onChange={(key) => setParams(key === 'so-tiep' ? {} : { tab: key }, { replace: true })}
        items={tabs}
        tabBarExtraContent={
          canWrite && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/tiep-cong-dan/ghi-luot-tiep')}
            >
              Ghi lượt tiếp
            </Button>
          )
        }
        destroyOnHidden
      />
    </Flex>
  );
}

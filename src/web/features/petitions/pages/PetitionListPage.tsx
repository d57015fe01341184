import { Button, Flex, Tabs, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { useCan } from '../../../app/session';
import { PlusOutlined } from '../../../components/icons';
import { PetitionRegister } from '../components/PetitionRegister';
import { StatsPanel } from '../components/StatsPanel';

const tabs = [
  { key: 'so-don', label: 'Sổ đơn thư', children: <PetitionRegister /> },
  { key: 'thong-ke', label: 'Thống kê', children: <StatsPanel /> },
];

/** Đơn thư: the register and the figures; the tab lives in the address (?tab=). */
export function PetitionListPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const canWrite = useCan('petition.write');
  const active = tabs.some((t) => t.key === params.get('tab')) ? (params.get('tab') ?? 'so-don') : 'so-don';
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        Đơn thư
      </Typography.Title>
      <Tabs
        activeKey={active}
        onChange={(key) => setParams(key === 'so-don' ? {} : { tab: key }, { replace: true })}
        items={tabs}
        tabBarExtraContent={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/don-thu/tiep-nhan')}>
              Tiếp nhận đơn
            </Button>
          )
        }
        destroyOnHidden
      />
    </Flex>
  );
}

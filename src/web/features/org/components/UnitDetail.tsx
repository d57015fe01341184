import { Alert, Breadcrumb, Button, Card, Descriptions, Skeleton, Space, Tag, Typography } from 'antd';
import { problemMessage } from '../../../api/client';
import type { UnitWithAncestors } from '../../../api/types';
import { useCan } from '../../../app/session';
import { ApartmentOutlined, DragOutlined, EditOutlined, PlusOutlined } from '../../../components/icons';
import { formatDate, formatNumber } from '../../../lib/format';
import { useUnit } from '../api';

export type UnitAction = 'create' | 'edit' | 'move';

interface Props {
  unitId: string;
  onSelect: (id: string) => void;
  onAction: (action: UnitAction, unit: UnitWithAncestors) => void;
}

function validity(unit: UnitWithAncestors) {
  if (!unit.validTo) return <Tag color="green">Đang có hiệu lực</Tag>;
  return <Tag color="default">Hết hiệu lực từ {formatDate(unit.validTo)}</Tag>;
}

export function UnitDetail({ unitId, onSelect, onAction }: Props) {
  const canWrite = useCan('org.write');
  const { data: unit, error, isPending } = useUnit(unitId);
  if (error) return <Alert type="error" showIcon title={problemMessage(error)} />;
  if (isPending || !unit)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );

  const crumbs = [
    ...unit.ancestors.map((a) => ({
      key: a.id,
      title: <Typography.Link onClick={() => onSelect(a.id)}>{a.name}</Typography.Link>,
    })),
    { key: unit.id, title: unit.name },
  ];
  const actions = canWrite ? (
    <Space wrap>
      <Button icon={<PlusOutlined />} onClick={() => onAction('create', unit)}>
        Thêm đơn vị trực thuộc
      </Button>
      <Button icon={<EditOutlined />} onClick={() => onAction('edit', unit)}>
        Sửa
      </Button>
      <Button icon={<DragOutlined />} onClick={() => onAction('move', unit)} disabled={!unit.parentId}>
        Chuyển đơn vị cấp trên
      </Button>
    </Space>
  ) : null;

  return (
    <Card
      data-testid="unit-detail"
      title={
        <Space wrap>
          <ApartmentOutlined />
          <span>{unit.name}</span>
          {unit.isRemote && <Tag color="orange">Vùng khó khăn</Tag>}
        </Space>
      }
    >
      <Breadcrumb items={crumbs} style={{ marginBottom: 12 }} />
      {actions && <div style={{ marginBottom: 16 }}>{actions}</div>}
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'code', label: 'Mã đơn vị', children: unit.code },
          { key: 'kind', label: 'Loại đơn vị', children: unit.kindName },
          { key: 'level', label: 'Cấp', children: `Cấp ${unit.level}` },
          { key: 'children', label: 'Số đơn vị trực thuộc', children: formatNumber(unit.childCount) },
          { key: 'from', label: 'Hiệu lực từ ngày', children: formatDate(unit.validFrom) || '—' },
          { key: 'to', label: 'Tình trạng', children: validity(unit) },
        ]}
      />
    </Card>
  );
}

import { Button, Card, Col, Empty, Flex, Row, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { UnitWithAncestors } from '../../../api/types';
import { useCan } from '../../../app/session';
import { UploadOutlined } from '../../../components/icons';
import { useUnit } from '../api';
import { ImportUnitsModal } from '../components/ImportUnitsModal';
import { MoveUnitModal } from '../components/MoveUnitModal';
import { OrganizationTable } from '../components/OrganizationTable';
import { type UnitAction, UnitDetail } from '../components/UnitDetail';
import { UnitFormModal } from '../components/UnitFormModal';
import { UnitTreePanel } from '../components/UnitTreePanel';
import { useUnitTree } from '../components/useUnitTree';

interface Dialog {
  action: UnitAction;
  unit: UnitWithAncestors;
}

export function OrgPage() {
  const canWrite = useCan('org.write');
  const tree = useUnitTree();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const selected = useUnit(selectedId);
  const onlyRoot = tree.roots?.length === 1 ? tree.roots[0] : undefined;

  // With a single unit in scope (the usual case) there is nothing to choose: show it at once.
  useEffect(() => {
    if (onlyRoot && selectedId === null) setSelectedId(onlyRoot.id);
  }, [onlyRoot, selectedId]);

  const select = async (id: string) => {
    setSelectedId(id);
    // A unit chosen from the breadcrumb may sit in a closed branch: open the way to it.
    const ancestors = selected.data?.ancestors ?? [];
    const at = ancestors.findIndex((a) => a.id === id);
    if (!tree.unitById(id) && at >= 0) await tree.reveal(ancestors.slice(0, at));
  };

  const afterSave = async (id: string) => {
    const parent = dialog?.action === 'create' ? dialog.unit.id : null;
    setDialog(null);
    await tree.refresh();
    if (parent) {
      await tree.load(parent, true);
      tree.setExpandedKeys((keys) => (keys.includes(parent) ? keys : [...keys, parent]));
    }
    setSelectedId(id);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          Đơn vị hành chính
        </Typography.Title>
        {canWrite && (
          <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)}>
            Nhập từ tệp
          </Button>
        )}
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9} xxl={7}>
          <UnitTreePanel tree={tree} selectedId={selectedId} onSelect={select} />
        </Col>
        <Col xs={24} lg={15} xxl={17}>
          {selectedId ? (
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <UnitDetail
                unitId={selectedId}
                onSelect={select}
                onAction={(action, unit) => setDialog({ action, unit })}
              />
              <OrganizationTable unitId={selectedId} unitName={selected.data?.name ?? ''} />
            </Space>
          ) : (
            <Card>
              <Empty description="Chọn một đơn vị trên cây hoặc tìm theo tên để xem chi tiết" />
            </Card>
          )}
        </Col>
      </Row>
      {dialog && dialog.action !== 'move' && (
        <UnitFormModal
          mode={dialog.action}
          unit={dialog.unit}
          open
          onClose={() => setDialog(null)}
          onSaved={afterSave}
        />
      )}
      {dialog?.action === 'move' && (
        <MoveUnitModal unit={dialog.unit} open onClose={() => setDialog(null)} onMoved={afterSave} />
      )}
      <ImportUnitsModal
        open={importOpen}
        onClose={() => setImportOpen(false)}
        onImported={() => tree.refresh()}
      />
    </Space>
  );
}

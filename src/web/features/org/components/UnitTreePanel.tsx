import { Alert, Card, Empty, type GetRef, Space, Tree, type TreeDataNode } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { problemMessage } from '../../../api/client';
import type { UnitWithAncestors } from '../../../api/types';
import { UnitPicker } from '../../../components/UnitPicker';
import type { useUnitTree } from './useUnitTree';

/** Whether a node is on screen: present in the loaded data with every ancestor open. */
function isShown(nodes: TreeDataNode[] | undefined, key: string, expanded: string[]): boolean {
  for (const node of nodes ?? []) {
    if (node.key === key) return true;
    if (expanded.includes(String(node.key)) && isShown(node.children, key, expanded)) return true;
  }
  return false;
}

interface Props {
  tree: ReturnType<typeof useUnitTree>;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Left side of the org page: the search box above the lazily loaded tree. */
export function UnitTreePanel({ tree, selectedId, onSelect }: Props) {
  const treeRef = useRef<GetRef<typeof Tree>>(null);
  const [scrollTarget, setScrollTarget] = useState<string | null>(null);

  // The tree is virtual: a unit found by search is brought into view once its branch has rendered,
  // after the opening animation (scrolling while nodes still animate never settles).
  useEffect(() => {
    if (!scrollTarget || !isShown(tree.treeData, scrollTarget, tree.expandedKeys)) return;
    const timer = setTimeout(() => {
      treeRef.current?.scrollTo({ key: scrollTarget, align: 'auto' });
      setScrollTarget(null);
    }, 400);
    return () => clearTimeout(timer);
  }, [scrollTarget, tree.treeData, tree.expandedKeys]);

  const pick = async (id: string | undefined, unit?: UnitWithAncestors) => {
    if (!id) return;
    onSelect(id);
    if (!unit) return;
    await tree.reveal(unit.ancestors);
    setScrollTarget(id);
  };
  return (
    <Card title="Cây đơn vị hành chính" size="small" styles={{ body: { padding: 12 } }}>
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <UnitPicker
          value={null}
          onChange={pick}
          placeholder="Tìm đơn vị theo tên hoặc mã"
          allowClear={false}
          data-testid="unit-search"
        />
        {tree.error ? <Alert type="error" showIcon title={problemMessage(tree.error)} /> : null}
        {tree.treeData.length === 0 && !tree.error ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có đơn vị trong phạm vi của bạn" />
        ) : (
          <Tree
            ref={treeRef}
            data-testid="unit-tree"
            treeData={tree.treeData}
            height={620}
            blockNode
            showLine
            expandedKeys={tree.expandedKeys}
            onExpand={(keys) => tree.setExpandedKeys(keys.map(String))}
            selectedKeys={selectedId ? [selectedId] : []}
            onSelect={(keys) => {
              const key = keys[0];
              if (key !== undefined) onSelect(String(key));
            }}
            loadData={async (node) => {
              await tree.load(String(node.key));
            }}
          />
        )}
      </Space>
    </Card>
  );
}

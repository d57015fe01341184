import { useQueryClient } from '@tanstack/react-query';
import type { TreeDataNode } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Unit, UnitRef } from '../../../api/types';
import { fetchChildren, orgKeys } from '../api';

const ROOTS = '';

type ChildrenMap = Record<string, Unit[]>;

function buildNodes(map: ChildrenMap, parentKey: string): TreeDataNode[] {
  return (map[parentKey] ?? []).map((unit) => {
    const loaded = map[unit.id];
    return {
      key: unit.id,
      title: unit.name,
      // Known to be a leaf, or loaded with no child: either way nothing to expand.
      isLeaf: unit.childCount === 0 || loaded?.length === 0,
      children: loaded ? buildNodes(map, unit.id) : undefined,
    };
  });
}

/**
 * State of the lazily loaded unit tree: which children are loaded and which nodes are open.
 * Children are fetched through the Query cache, so reopening a node costs no request.
 */
export function useUnitTree() {
  const client = useQueryClient();
  const [map, setMap] = useState<ChildrenMap>({});
  const [expandedKeys, setExpandedKeys] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(
    async (parentId: string | null, fresh = false) => {
      const units = await client.fetchQuery({
        queryKey: orgKeys.children(parentId),
        queryFn: () => fetchChildren(parentId),
        staleTime: fresh ? 0 : 60_000,
      });
      setMap((prev) => ({ ...prev, [parentId ?? ROOTS]: units }));
      return units;
    },
    [client],
  );

  useEffect(() => {
    load(null).then((roots) => {
      // A user whose scope is one unit sees it opened at once.
      const only = roots.length === 1 ? roots[0] : undefined;
      if (only && only.childCount > 0) {
        setExpandedKeys([only.id]);
        load(only.id).catch(setError);
      }
    }, setError);
  }, [load]);

  const treeData = useMemo(() => buildNodes(map, ROOTS), [map]);

  const unitById = useCallback(
    (id: string): Unit | undefined =>
      Object.values(map)
        .flat()
        .find((u) => u.id === id),
    [map],
  );

  /** Opens the path down to a unit found by search (ancestors come root first, within scope). */
  const reveal = useCallback(
    async (ancestors: UnitRef[]) => {
      for (const a of ancestors) await load(a.id);
      setExpandedKeys((prev) => [...new Set([...prev, ...ancestors.map((a) => a.id)])]);
    },
    [load],
  );

  /** After a change, fetch again every list on screen so the tree shows the new names and places. */
  const refresh = useCallback(async () => {
    const parents = Object.keys(map).map((k) => (k === ROOTS ? null : k));
    await Promise.all(parents.map((p) => load(p, true).catch(() => undefined)));
  }, [map, load]);

  const roots = map[ROOTS];

  return { treeData, roots, expandedKeys, setExpandedKeys, load, reveal, refresh, unitById, error };
}

import { type Found, SearchSelect } from '../../../components/SearchSelect';
import { useForwardTargets } from '../api';

interface Props {
  value?: string;
  onChange?: (id: string | undefined) => void;
  /** The unit suggested from the body the petition is about, chosen to begin with. */
  initial?: { id: string; name: string } | null;
  id?: string;
}

function useTargets(text: string): { data?: Found[]; isFetching: boolean } {
  const q = useForwardTargets(text);
  return {
    data: q.data?.map((u) => ({ id: u.id, name: u.name, detail: u.provinceName })),
    isFetching: q.isFetching,
  };
}

/**
 * The unit of the system a petition goes to: the province or any commune, ward or special zone, also
 * outside the officer's own subtree. Left empty when the competent body is outside the system.
 */
export function ForwardTargetSelect({ value, onChange, initial, id }: Props) {
  return (
    <SearchSelect
      id={id}
      value={value}
      onChange={(next) => onChange?.(next)}
      initial={initial ? { ...initial, detail: '' } : null}
      useSearch={useTargets}
      placeholder="Gõ tên tỉnh, xã, phường (ví dụ: Bãi Cháy)"
      noun="đơn vị"
      data-testid="forward-target"
    />
  );
}

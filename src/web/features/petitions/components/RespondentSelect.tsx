import { type Found, SearchSelect } from '../../../components/SearchSelect';
import { useRespondents } from '../api';

interface Props {
  value?: string | null;
  onChange?: (id: string | null) => void;
  id?: string;
}

function useBodies(text: string): { data?: Found[]; isFetching: boolean } {
  const q = useRespondents(text);
  return {
    data: q.data?.map((o) => ({ id: o.id, name: o.name, detail: o.unitName })),
    isFetching: q.isFetching,
  };
}

/** The body the petition is about, from every unit of the system: competence is suggested from it. */
export function RespondentSelect({ value, onChange, id }: Props) {
  return (
    <SearchSelect
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      useSearch={useBodies}
      placeholder="Gõ tên cơ quan (ví dụ: Ủy ban nhân dân phường Hà Tu)"
      noun="cơ quan, tổ chức"
      data-testid="petition-respondent"
    />
  );
}

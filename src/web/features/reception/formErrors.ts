import type { FormInstance } from 'antd';
import { ApiProblem } from '../../api/client';

export type FieldName = (string | number)[];

/** "citizens.0.idNumber" → ['citizens', 0, 'idNumber'], the name antd's Form.List gives that field. */
export function toFieldName(path: string): FieldName {
  return path
    .split('.')
    .filter((s) => s !== '')
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The pattern of a name, list indexes replaced by '*': ['citizens', 0, 'idNumber'] → "citizens.*.idNumber". */
const patternOf = (name: FieldName) => name.map((s) => (typeof s === 'number' ? '*' : s)).join('.');

/**
 * Like applyProblemToForm, but keeps the whole dotted path of each error, so that an error inside a
 * list (Form.List) lands on the field of its row. `shown` lists the patterns the form has a field for
 * ("citizens", "citizens.*.idNumber"); the messages of any other path are returned, to be shown above
 * the form rather than lost.
 */
export function applyNestedProblem(form: FormInstance, error: unknown, shown: readonly string[]): string[] {
  if (!(error instanceof ApiProblem)) return ['Máy chủ gặp sự cố, vui lòng thử lại sau'];
  const byName = new Map<string, { name: FieldName; errors: string[] }>();
  const rest: string[] = [];
  for (const e of error.errors) {
    const name = toFieldName(e.path ?? e.field ?? '');
    const key = name.join('.');
    if (name.length > 0 && shown.includes(patternOf(name))) {
      const entry = byName.get(key) ?? { name, errors: [] };
      entry.errors.push(e.message);
      byName.set(key, entry);
    } else rest.push(e.message);
  }
  form.setFields([...byName.values()]);
  if (byName.size === 0 && rest.length === 0) return [error.title];
  return rest;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** Every name inside a changed-values object: {citizens: [, {idNumber}]} → citizens, citizens.1, citizens.1.idNumber. */
function namesIn(value: unknown, path: FieldName, out: FieldName[]): FieldName[] {
  if (path.length > 0) out.push(path);
  if (Array.isArray(value)) {
    // forEach skips the holes antd leaves for the rows that did not change.
    value.forEach((v, i) => {
      namesIn(v, [...path, i], out);
    });
  } else if (isPlainObject(value)) for (const [k, v] of Object.entries(value)) namesIn(v, [...path, k], out);
  return out;
}

/**
 * antd re-validates on change only the fields that have client rules, so a server error on any other
 * field (a CCCD, a phone number) would stay after the user fixed it. Call from onValuesChange: it clears
 * the errors of the changed fields and of the lists that hold them.
 */
export function clearChangedErrors(form: FormInstance, changedValues: unknown): void {
  const stale = namesIn(changedValues, [], []).filter((name) => form.getFieldError(name).length > 0);
  if (stale.length > 0) form.setFields(stale.map((name) => ({ name, errors: [] })));
}

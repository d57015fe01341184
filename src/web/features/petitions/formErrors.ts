import type { FormInstance } from 'antd';
import { ApiProblem } from '../../api/client';

/**
 * Puts each server error on its field, keeping the whole dotted path ("sender.idNumber" lands on the
 * field named ['sender', 'idNumber']). `shown` lists the dotted paths the form has a field for; the
 * messages of any other path come back, to be shown above the form rather than lost.
 */
export function applyFieldErrors(form: FormInstance, error: unknown, shown: readonly string[]): string[] {
  if (!(error instanceof ApiProblem)) return ['Máy chủ gặp sự cố, vui lòng thử lại sau'];
  const byPath = new Map<string, string[]>();
  const rest: string[] = [];
  for (const e of error.errors) {
    const path = e.path ?? e.field ?? '';
    if (path && shown.includes(path)) byPath.set(path, [...(byPath.get(path) ?? []), e.message]);
    else rest.push(e.message);
  }
  form.setFields([...byPath].map(([path, errors]) => ({ name: path.split('.'), errors })));
  if (byPath.size === 0 && rest.length === 0) return [error.title];
  return rest;
}

/** antd re-validates on change only fields with client rules: clear a stale server error once edited. */
export function clearEditedErrors(form: FormInstance, changed: Record<string, unknown>): void {
  const names: string[][] = [];
  for (const [key, value] of Object.entries(changed)) {
    names.push([key]);
    if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
      for (const sub of Object.keys(value)) names.push([key, sub]);
    }
  }
  const stale = names.filter((name) => form.getFieldError(name).length > 0);
  if (stale.length > 0) form.setFields(stale.map((name) => ({ name, errors: [] })));
}

/** An empty box means "none": the API wants null there, not an empty string that fails a format check. */
export const orNull = (value: string | undefined | null) => (value?.trim() ? value.trim() : null);

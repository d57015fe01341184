import type { FormInstance } from 'antd';
import { ApiProblem } from './client';

/**
 * Puts each server field error on its antd Form field; returns the errors no field of the form
 * shows (a path the form does not have, or a problem without field errors), so the caller can
 * show them above the form instead of losing them.
 */
export function applyProblemToForm(
  form: FormInstance,
  error: unknown,
  knownFields: readonly string[],
): string[] {
  if (!(error instanceof ApiProblem)) return ['Máy chủ gặp sự cố, vui lòng thử lại sau'];
  const byField = new Map<string, string[]>();
  const rest: string[] = [];
  for (const e of error.errors) {
    // Zod paths come dotted ("grants.0.role"): the first segment names the form field.
    const field = (e.path ?? e.field ?? '').split('.')[0] ?? '';
    if (field && knownFields.includes(field)) byField.set(field, [...(byField.get(field) ?? []), e.message]);
    else rest.push(e.message);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  if (byField.size === 0 && rest.length === 0) return [error.title];
  return rest;
}

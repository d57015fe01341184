import type { CalendarSource } from './api';

/** Where the year's days off come from, most authoritative first. */
export const sourceLabels: Record<CalendarSource, { label: string; color: string }> = {
  admin: { label: 'Do quản trị nhập', color: 'blue' },
  shipped: { label: 'Theo quyết định đã ban hành', color: 'green' },
  computed: { label: 'Tính theo Bộ luật Lao động', color: 'orange' },
};

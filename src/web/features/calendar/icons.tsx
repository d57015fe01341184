import { CalendarOutlined as AntCalendarOutlined } from '@ant-design/icons';
import type { ComponentProps } from 'react';

/** Decorative, like src/web/components/icons.tsx: the English aria-label must not reach screen readers. */
export const CalendarOutlined = (props: ComponentProps<typeof AntCalendarOutlined>) => (
  <AntCalendarOutlined aria-hidden {...props} />
);

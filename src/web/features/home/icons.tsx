import {
  BarChartOutlined as AntBarChartOutlined,
  ProfileOutlined as AntProfileOutlined,
  ScheduleOutlined as AntScheduleOutlined,
  SendOutlined as AntSendOutlined,
} from '@ant-design/icons';
import type { ComponentProps, ComponentType } from 'react';

type IconProps = ComponentProps<typeof AntSendOutlined>;

/** Decorative, like src/web/components/icons.tsx: the English aria-label must not reach screen readers. */
function decorative(Icon: ComponentType<IconProps>) {
  return (props: IconProps) => <Icon aria-hidden {...props} />;
}

export const BarChartOutlined = decorative(AntBarChartOutlined);
export const ProfileOutlined = decorative(AntProfileOutlined);
export const ScheduleOutlined = decorative(AntScheduleOutlined);
export const SendOutlined = decorative(AntSendOutlined);

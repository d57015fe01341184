import {
  BellOutlined as AntBellOutlined,
  ClockCircleOutlined as AntClockCircleOutlined,
  ExclamationCircleOutlined as AntExclamationCircleOutlined,
  InboxOutlined as AntInboxOutlined,
  RiseOutlined as AntRiseOutlined,
} from '@ant-design/icons';
import type { ComponentProps, ComponentType } from 'react';

type IconProps = ComponentProps<typeof AntBellOutlined>;

/** Decorative, like src/web/components/icons.tsx: the English aria-label must not reach screen readers. */
function decorative(Icon: ComponentType<IconProps>) {
  return (props: IconProps) => <Icon aria-hidden {...props} />;
}

export const BellOutlined = decorative(AntBellOutlined);
export const ClockCircleOutlined = decorative(AntClockCircleOutlined);
export const ExclamationCircleOutlined = decorative(AntExclamationCircleOutlined);
export const RiseOutlined = decorative(AntRiseOutlined);
export const InboxOutlined = decorative(AntInboxOutlined);

import {
  ArrowLeftOutlined as AntArrowLeftOutlined,
  EyeOutlined as AntEyeOutlined,
  FileTextOutlined as AntFileTextOutlined,
  WarningOutlined as AntWarningOutlined,
} from '@ant-design/icons';
import type { ComponentProps, ComponentType } from 'react';

type IconProps = ComponentProps<typeof AntFileTextOutlined>;

/** Decorative, like src/web/components/icons.tsx: the English aria-label must not reach screen readers. */
function decorative(Icon: ComponentType<IconProps>) {
  return (props: IconProps) => <Icon aria-hidden {...props} />;
}

export const ArrowLeftOutlined = decorative(AntArrowLeftOutlined);
export const EyeOutlined = decorative(AntEyeOutlined);
export const FileTextOutlined = decorative(AntFileTextOutlined);
export const WarningOutlined = decorative(AntWarningOutlined);

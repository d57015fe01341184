import {
  ArrowLeftOutlined as AntArrowLeftOutlined,
  CheckOutlined as AntCheckOutlined,
  DownloadOutlined as AntDownloadOutlined,
  FileAddOutlined as AntFileAddOutlined,
  PrinterOutlined as AntPrinterOutlined,
  SolutionOutlined as AntSolutionOutlined,
} from '@ant-design/icons';
import type { ComponentProps, ComponentType } from 'react';

type IconProps = ComponentProps<typeof AntPrinterOutlined>;

/** Decorative, like src/web/components/icons.tsx: the English aria-label must not reach screen readers. */
function decorative(Icon: ComponentType<IconProps>) {
  return (props: IconProps) => <Icon aria-hidden {...props} />;
}

export const ArrowLeftOutlined = decorative(AntArrowLeftOutlined);
export const CheckOutlined = decorative(AntCheckOutlined);
export const DownloadOutlined = decorative(AntDownloadOutlined);
export const FileAddOutlined = decorative(AntFileAddOutlined);
export const PrinterOutlined = decorative(AntPrinterOutlined);
export const SolutionOutlined = decorative(AntSolutionOutlined);

import {
  ApartmentOutlined as AntApartmentOutlined,
  AuditOutlined as AntAuditOutlined,
  BankOutlined as AntBankOutlined,
  ClusterOutlined as AntClusterOutlined,
  DeleteOutlined as AntDeleteOutlined,
  DownOutlined as AntDownOutlined,
  DragOutlined as AntDragOutlined,
  EditOutlined as AntEditOutlined,
  EnvironmentOutlined as AntEnvironmentOutlined,
  HomeOutlined as AntHomeOutlined,
  InboxOutlined as AntInboxOutlined,
  KeyOutlined as AntKeyOutlined,
  LockOutlined as AntLockOutlined,
  LogoutOutlined as AntLogoutOutlined,
  MoreOutlined as AntMoreOutlined,
  PlusOutlined as AntPlusOutlined,
  SafetyCertificateOutlined as AntSafetyCertificateOutlined,
  SafetyOutlined as AntSafetyOutlined,
  SearchOutlined as AntSearchOutlined,
  StarFilled as AntStarFilled,
  TeamOutlined as AntTeamOutlined,
  UnlockOutlined as AntUnlockOutlined,
  UploadOutlined as AntUploadOutlined,
  UserOutlined as AntUserOutlined,
} from '@ant-design/icons';
import type { ComponentProps, ComponentType } from 'react';

type IconProps = ComponentProps<typeof AntStarFilled>;

/**
 * The icons the app uses, hidden from assistive technology: each icon names itself in English
 * (aria-label="plus"), which screen readers would read before the Vietnamese text of the button
 * and which would leak into accessible names. A button made of an icon alone gets its own
 * Vietnamese aria-label instead.
 */
function decorative(Icon: ComponentType<IconProps>) {
  return (props: IconProps) => <Icon aria-hidden {...props} />;
}

export const ApartmentOutlined = decorative(AntApartmentOutlined);
export const AuditOutlined = decorative(AntAuditOutlined);
export const BankOutlined = decorative(AntBankOutlined);
export const ClusterOutlined = decorative(AntClusterOutlined);
export const DeleteOutlined = decorative(AntDeleteOutlined);
export const DownOutlined = decorative(AntDownOutlined);
export const DragOutlined = decorative(AntDragOutlined);
export const EditOutlined = decorative(AntEditOutlined);
export const EnvironmentOutlined = decorative(AntEnvironmentOutlined);
export const HomeOutlined = decorative(AntHomeOutlined);
export const InboxOutlined = decorative(AntInboxOutlined);
export const KeyOutlined = decorative(AntKeyOutlined);
export const LockOutlined = decorative(AntLockOutlined);
export const LogoutOutlined = decorative(AntLogoutOutlined);
export const MoreOutlined = decorative(AntMoreOutlined);
export const PlusOutlined = decorative(AntPlusOutlined);
export const SafetyCertificateOutlined = decorative(AntSafetyCertificateOutlined);
export const SafetyOutlined = decorative(AntSafetyOutlined);
export const SearchOutlined = decorative(AntSearchOutlined);
export const StarFilled = decorative(AntStarFilled);
export const TeamOutlined = decorative(AntTeamOutlined);
export const UnlockOutlined = decorative(AntUnlockOutlined);
export const UploadOutlined = decorative(AntUploadOutlined);
export const UserOutlined = decorative(AntUserOutlined);

import type { Role } from '../../domain/roles.js';

/** Wards and communes of Quảng Ninh that get demo villages, with the names they use locally. */
export const demoVillages: Record<string, string[]> = {
  '06652': ['Tổ dân phố 1', 'Tổ dân phố 2', 'Tổ dân phố 3', 'Tổ dân phố 4', 'Tổ dân phố 5', 'Tổ dân phố 6'],
  '06673': ['Khu phố 1', 'Khu phố 2', 'Khu phố 3', 'Khu phố 4', 'Khu phố 5'],
  '06685': ['Tổ dân phố 1', 'Tổ dân phố 2', 'Tổ dân phố 3', 'Tổ dân phố 4'],
  '06688': ['Tổ dân phố 1', 'Tổ dân phố 2', 'Tổ dân phố 3', 'Tổ dân phố 4', 'Tổ dân phố 5'],
  '06706': ['Khu phố 1', 'Khu phố 2', 'Khu phố 3', 'Khu phố 4'],
  '06661': ['Khu phố Đồn Điền', 'Khu phố Trới 1', 'Khu phố Trới 2', 'Khu phố Trới 3'],
  '06658': ['Tổ dân phố 1', 'Tổ dân phố 2', 'Tổ dân phố 3'],
  '06676': ['Tổ dân phố 1', 'Tổ dân phố 2', 'Tổ dân phố 3', 'Tổ dân phố 4'],
  '07030': ['Khu phố 1', 'Khu phố 2', 'Khu phố 3'],
  '06841': ['Thôn Nà Làng', 'Thôn Nà Sa', 'Thôn Khe Và', 'Thôn Nà Mò'],
  '06985': ['Thôn Đồng Quánh', 'Thôn Khe Lương', 'Thôn Bằng Anh'],
  '06994': ['Thôn Đông Hải', 'Thôn Đông Tiến', 'Thôn Thắng Lợi', 'Thôn Minh Hòa'],
  '07192': ['Thôn Nam Hà', 'Thôn Hải Tiến', 'Thôn Đông Tiến'],
};

/** Highland communes and islands: the remote/disadvantaged flag lengthens complaint deadlines later. */
export const remoteCodes = new Set([
  '06838',
  '06841',
  '06856',
  '06970',
  '06979',
  '06985',
  '06967',
  '06994',
  '07192',
]);

export const provinceOrganizations: [string, string][] = [
  ['party_committee', 'Tỉnh ủy Quảng Ninh'],
  ['mobilization_commission', 'Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ninh'],
  ['people_council', 'Hội đồng nhân dân tỉnh Quảng Ninh'],
  ['people_committee', 'Ủy ban nhân dân tỉnh Quảng Ninh'],
  ['front', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh'],
  ['mass_org', 'Liên đoàn Lao động tỉnh Quảng Ninh'],
  ['mass_org', 'Hội Nông dân tỉnh Quảng Ninh'],
  ['mass_org', 'Hội Liên hiệp Phụ nữ tỉnh Quảng Ninh'],
  ['mass_org', 'Tỉnh đoàn Quảng Ninh'],
  ['mass_org', 'Hội Cựu chiến binh tỉnh Quảng Ninh'],
  ['party_bloc', 'Đảng bộ các cơ quan Đảng tỉnh Quảng Ninh'],
  ['party_bloc', 'Đảng bộ Ủy ban nhân dân tỉnh Quảng Ninh'],
  ['agency', 'Thanh tra tỉnh Quảng Ninh'],
  ['agency', 'Sở Nông nghiệp và Môi trường tỉnh Quảng Ninh'],
  ['agency', 'Sở Xây dựng tỉnh Quảng Ninh'],
  ['agency', 'Sở Tài chính tỉnh Quảng Ninh'],
  ['agency', 'Sở Giáo dục và Đào tạo tỉnh Quảng Ninh'],
  ['agency', 'Sở Y tế tỉnh Quảng Ninh'],
  ['agency', 'Ban Tiếp công dân tỉnh Quảng Ninh'],
  ['armed_forces', 'Bộ Chỉ huy Quân sự tỉnh Quảng Ninh'],
  ['armed_forces', 'Công an tỉnh Quảng Ninh'],
  ['enterprise', 'Công ty Cổ phần Than Hà Tu - Vinacomin'],
];

/** Organizations every commune-level unit has; `{x}` is the unit's name ("phường Hà Tu"). */
export const communeOrganizations: [string, string][] = [
  ['party_committee', 'Đảng ủy {x}'],
  ['people_council', 'Hội đồng nhân dân {x}'],
  ['people_committee', 'Ủy ban nhân dân {x}'],
  ['front', 'Ủy ban Mặt trận Tổ quốc Việt Nam {x}'],
  ['mass_org', 'Hội Liên hiệp Phụ nữ {x}'],
  ['mass_org', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh {x}'],
  ['mass_org', 'Hội Cựu chiến binh {x}'],
  ['mass_org', 'Hội Nông dân {x}'],
  ['armed_forces', 'Công an {x}'],
];

export const DEMO_PASSWORD = 'DanVan@2026';

export interface DemoUser {
  username: string;
  fullName: string;
  kind: 'staff' | 'citizen';
  /** Unit code; 'VN' is the country root. */
  unit: string;
  roles: Role[];
}

export const demoUsers: DemoUser[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống', kind: 'staff', unit: 'VN', roles: ['system_admin'] },
  { username: 'qn.quantri', fullName: 'Nguyễn Thị Thu Hà', kind: 'staff', unit: '22', roles: ['unit_admin'] },
  { username: 'qn.lanhdao', fullName: 'Trần Văn Hưởng', kind: 'staff', unit: '22', roles: ['leader'] },
  { username: 'qn.thanhtra', fullName: 'Phạm Minh Đức', kind: 'staff', unit: '22', roles: ['inspector'] },
  {
    username: 'qn.danvan',
    fullName: 'Vũ Thị Lan Anh',
    kind: 'staff',
    unit: '22',
    roles: ['mobilization_officer'],
  },
  { username: 'hatu.quantri', fullName: 'Đỗ Văn Quang', kind: 'staff', unit: '06652', roles: ['unit_admin'] },
  { username: 'hatu.lanhdao', fullName: 'Lê Văn Thắng', kind: 'staff', unit: '06652', roles: ['leader'] },
  {
    username: 'hatu.tiepdan',
    fullName: 'Hoàng Thị Mai',
    kind: 'staff',
    unit: '06652',
    roles: ['reception_officer'],
  },
  {
    username: 'hatu.thuly',
    fullName: 'Bùi Quốc Khánh',
    kind: 'staff',
    unit: '06652',
    roles: ['case_handler'],
  },
  {
    username: 'hatu.danvan',
    fullName: 'Ngô Thị Hồng Nhung',
    kind: 'staff',
    unit: '06652',
    roles: ['mobilization_officer'],
  },
  {
    username: 'baichay.tiepdan',
    fullName: 'Đặng Văn Tùng',
    kind: 'staff',
    unit: '06673',
    roles: ['reception_officer'],
  },
  {
    username: 'baichay.quantri',
    fullName: 'Phan Thị Hương',
    kind: 'staff',
    unit: '06673',
    roles: ['unit_admin'],
  },
  { username: 'congdan.hatu', fullName: 'Nguyễn Văn An', kind: 'citizen', unit: '06652', roles: ['citizen'] },
];

import { Radio, Space, Typography } from 'antd';
import type { PublicKind } from '../types';

/** What each kind means, in a citizen's words; the law decides how the petition is handled. */
export const kindChoices: { value: PublicKind; label: string; explanation: string }[] = [
  {
    value: 'feedback',
    label: 'Phản ánh',
    explanation:
      'Báo cho chính quyền biết một vụ việc, bất cập ở địa phương (đèn đường hỏng, ô nhiễm, lấn chiếm vỉa hè…) để xem xét, xử lý.',
  },
  {
    value: 'recommendation',
    label: 'Kiến nghị',
    explanation: 'Đề xuất ý kiến về chủ trương, chính sách, cách quản lý hoặc phục vụ của cơ quan nhà nước.',
  },
  {
    value: 'complaint',
    label: 'Khiếu nại',
    explanation:
      'Đề nghị xem xét lại quyết định hành chính, hành vi hành chính mà bạn cho là trái pháp luật, xâm phạm quyền, lợi ích hợp pháp của mình. Gửi trong 90 ngày kể từ khi nhận hoặc biết quyết định, hành vi đó (Luật Khiếu nại 2011, Điều 9).',
  },
  {
    value: 'denunciation',
    label: 'Tố cáo',
    explanation:
      'Báo cho cơ quan có thẩm quyền biết hành vi vi phạm pháp luật của cán bộ, cơ quan, tổ chức, cá nhân. Phải ghi rõ họ tên, địa chỉ người tố cáo; thông tin của bạn được giữ bí mật (Luật Tố cáo 2018, Điều 47).',
  },
];

export function KindChoice({
  value,
  onChange,
  id,
}: {
  value?: PublicKind;
  onChange?: (v: PublicKind) => void;
  id?: string;
}) {
  return (
    <Radio.Group id={id} value={value} onChange={(e) => onChange?.(e.target.value)} style={{ width: '100%' }}>
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        {kindChoices.map((k) => (
          <Radio
            key={k.value}
            value={k.value}
            style={{
              width: '100%',
              padding: '8px 12px',
              border: `1px solid ${value === k.value ? '#b71c1c' : '#e0e0e0'}`,
              borderRadius: 6,
              background: value === k.value ? '#fdecea' : '#fff',
            }}
          >
            <Typography.Text strong>{k.label}</Typography.Text>
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {k.explanation}
              </Typography.Text>
            </div>
          </Radio>
        ))}
      </Space>
    </Radio.Group>
  );
}

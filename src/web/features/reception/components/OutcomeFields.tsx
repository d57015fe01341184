import { Checkbox, Form, Input, Radio, Select } from 'antd';
import { REFUSAL_BASIS, type RefusalReason, refusalReasons } from '../../../../domain/reception';
import { outcomeLabels } from '../labels';
import type { VisitOutcome } from '../types';

const outcomeOptions = (Object.keys(outcomeLabels) as VisitOutcome[]).map((o) => ({
  value: o,
  label: outcomeLabels[o].label,
}));

const reasonOptions = (Object.keys(refusalReasons) as RefusalReason[]).map((r) => ({
  value: r,
  label: refusalReasons[r],
}));

/** The result of the visit, with what each result needs: the legal ground of a refusal, the guidance given. */
export function OutcomeFields({ outcome }: { outcome: VisitOutcome | undefined }) {
  return (
    <>
      <Form.Item
        label="Kết quả tiếp"
        name="outcome"
        rules={[{ required: true, message: 'Chọn kết quả tiếp' }]}
      >
        <Radio.Group optionType="button" options={outcomeOptions} />
      </Form.Item>
      {outcome === 'refused' && (
        <>
          <Form.Item
            label="Lý do từ chối tiếp"
            name="refusalReason"
            extra={`Chỉ được từ chối trong các trường hợp của ${REFUSAL_BASIS}.`}
          >
            <Select
              placeholder="Chọn căn cứ từ chối"
              options={reasonOptions}
              optionRender={(o) => <div style={{ whiteSpace: 'normal' }}>{o.label}</div>}
              data-testid="refusal-reason"
            />
          </Form.Item>
          <Form.Item label="Ghi chú" name="refusalNote">
            <Input.TextArea rows={2} maxLength={1000} placeholder="Diễn biến, biên bản (nếu có)" />
          </Form.Item>
        </>
      )}
      {outcome === 'petition_received' && (
        <Form.Item
          name="denunciation"
          valuePropName="checked"
          extra="Họ tên, số CCCD, địa chỉ, điện thoại của người tố cáo được mã hóa ngay khi lưu; sổ tiếp và tra cứu không hiện, chỉ cán bộ được giao thụ lý đơn tố cáo được xem (Luật Tố cáo 2018, Điều 47)."
        >
          <Checkbox data-testid="visit-denunciation">Công dân đến tố cáo: giữ bí mật người tố cáo</Checkbox>
        </Form.Item>
      )}
      {outcome === 'guided' && (
        <Form.Item label="Nội dung hướng dẫn" name="guidance">
          <Input.TextArea
            rows={2}
            maxLength={2000}
            placeholder="Ví dụ: Hướng dẫn công dân gửi đơn đến UBND phường để được xem xét theo thẩm quyền"
          />
        </Form.Item>
      )}
    </>
  );
}

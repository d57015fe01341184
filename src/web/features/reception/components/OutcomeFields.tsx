import { Form, Input, Radio, Select } from 'antd';
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

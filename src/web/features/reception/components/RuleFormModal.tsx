import { Alert, App, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { UnitPicker } from '../../../components/UnitPicker';
import { useCreateRule } from '../api';
import { applyNestedProblem, clearChangedErrors } from '../formErrors';
import { frequencyOptions } from '../labels';
import type { ReceptionFrequency } from '../types';

interface Values {
  unitId?: string;
  leaderTitle?: string;
  frequency: ReceptionFrequency;
  minPerPeriod?: number | null;
  fixedDays?: number[];
  basis?: string;
}

const shown = ['unitId', 'leaderTitle', 'frequency', 'minPerPeriod', 'fixedDays', 'fixedDays.*', 'basis'];
const dayOptions = Array.from({ length: 31 }, (_, i) => ({ value: i + 1, label: String(i + 1) }));

/** Adds a leader's periodic reception duty (org.write): who, how often, on what legal ground. */
export function RuleFormModal(props: {
  open: boolean;
  onClose: () => void;
  unitId?: string;
  unitName?: string;
}) {
  const [form] = Form.useForm<Values>();
  const create = useCreateRule();
  const { message } = App.useApp();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const frequency = Form.useWatch('frequency', form);

  const submit = (v: Values) => {
    setOtherErrors([]);
    create.mutate(
      {
        unitId: v.unitId ?? '',
        leaderTitle: v.leaderTitle?.trim() ?? '',
        frequency: v.frequency,
        minPerPeriod: v.frequency === 'fixed_days' ? 1 : (v.minPerPeriod ?? 1),
        fixedDays: v.frequency === 'fixed_days' ? [...(v.fixedDays ?? [])].sort((a, b) => a - b) : [],
        basis: v.basis?.trim() ?? '',
      },
      {
        onSuccess: (rule) => {
          message.success(`Đã thêm lịch tiếp của ${rule.leaderTitle}`);
          props.onClose();
        },
        onError: (e) => setOtherErrors(applyNestedProblem(form, e, shown)),
      },
    );
  };

  return (
    <Modal
      title="Thêm quy định tiếp công dân định kỳ"
      open={props.open}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText="Lưu"
      confirmLoading={create.isPending}
      destroyOnHidden
      width={620}
    >
      <Form
        form={form}
        layout="vertical"
        name="rule-form"
        onValuesChange={(changed) => clearChangedErrors(form, changed)}
        onFinish={submit}
        initialValues={{ unitId: props.unitId, frequency: 'weekly', minPerPeriod: 1, fixedDays: [] }}
      >
        {otherErrors.length > 0 && (
          <Alert type="error" showIcon title={otherErrors.join('; ')} style={{ marginBottom: 16 }} />
        )}
        <Form.Item label="Đơn vị" name="unitId" rules={[{ required: true, message: 'Chọn đơn vị' }]}>
          <UnitPicker initialLabel={props.unitName} />
        </Form.Item>
        <Form.Item
          label="Chức danh lãnh đạo"
          name="leaderTitle"
          rules={[{ required: true, message: 'Nhập chức danh' }]}
        >
          <Input maxLength={200} placeholder="Ví dụ: Chủ tịch UBND phường Hà Tu" />
        </Form.Item>
        <Form.Item label="Tần suất" name="frequency">
          <Radio.Group optionType="button" options={[...frequencyOptions]} />
        </Form.Item>
        {frequency === 'fixed_days' ? (
          <Form.Item label="Các ngày tiếp trong tháng" name="fixedDays">
            <Select mode="multiple" options={dayOptions} placeholder="Ví dụ: 1 và 15" />
          </Form.Item>
        ) : (
          <Form.Item
            label={frequency === 'monthly' ? 'Số buổi tối thiểu mỗi tháng' : 'Số buổi tối thiểu mỗi tuần'}
            name="minPerPeriod"
          >
            <InputNumber min={1} max={31} />
          </Form.Item>
        )}
        <Form.Item label="Căn cứ" name="basis" rules={[{ required: true, message: 'Nhập căn cứ' }]}>
          <Input maxLength={300} placeholder="Ví dụ: Luật Tiếp công dân 2013, Điều 15 khoản 2 điểm d" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { UnitPicker } from '../../../components/UnitPicker';
import { todayInVietnam } from '../../calendar/dates';
import { usePlanSession, useRules } from '../api';
import { applyNestedProblem, clearChangedErrors } from '../formErrors';
import { channelLabels, frequencyLabel } from '../labels';
import type { VisitChannel } from '../types';

interface Values {
  unitId?: string;
  ruleId?: string;
  leaderName?: string;
  plannedOn?: Dayjs | null;
  channel: VisitChannel;
  note?: string;
}

const shown = ['unitId', 'ruleId', 'leaderName', 'plannedOn', 'channel', 'note'];
const channelOptions = (Object.keys(channelLabels) as VisitChannel[]).map((c) => ({
  value: c,
  label: channelLabels[c],
}));

/** Lên lịch một buổi tiếp định kỳ, tied to the leader's duty so that compliance can count it. */
export function SessionPlanModal(props: {
  open: boolean;
  onClose: () => void;
  unitId?: string;
  unitName?: string;
}) {
  const [form] = Form.useForm<Values>();
  const plan = usePlanSession();
  const { message } = App.useApp();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const unitId = Form.useWatch('unitId', form);
  const rules = useRules(unitId);
  // Only the unit's own duties: the server refuses a rule of another unit.
  const ruleOptions = (rules.data ?? [])
    .filter((r) => r.unitId === unitId)
    .map((r) => ({ value: r.id, label: `${r.leaderTitle} — ${frequencyLabel(r)}` }));

  const submit = (v: Values) => {
    setOtherErrors([]);
    plan.mutate(
      {
        unitId: v.unitId ?? '',
        ruleId: v.ruleId ?? null,
        leaderName: v.leaderName?.trim() ?? '',
        plannedOn: v.plannedOn ? v.plannedOn.format('YYYY-MM-DD') : '',
        channel: v.channel,
        note: v.note?.trim() ? v.note.trim() : null,
      },
      {
        onSuccess: (s) => {
          message.success(`Đã lên lịch buổi tiếp của ${s.leaderName}`);
          props.onClose();
        },
        onError: (e) => setOtherErrors(applyNestedProblem(form, e, shown)),
      },
    );
  };

  return (
    <Modal
      title="Lên lịch buổi tiếp định kỳ"
      open={props.open}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText="Lưu"
      confirmLoading={plan.isPending}
      destroyOnHidden
      width={620}
    >
      <Form
        form={form}
        layout="vertical"
        name="session-form"
        onFinish={submit}
        initialValues={{ unitId: props.unitId, channel: 'in_person', plannedOn: todayInVietnam() }}
        onValuesChange={(changed: Partial<Values>) => {
          clearChangedErrors(form, changed);
          if ('unitId' in changed) form.setFieldValue('ruleId', undefined);
        }}
      >
        {otherErrors.length > 0 && (
          <Alert type="error" showIcon title={otherErrors.join('; ')} style={{ marginBottom: 16 }} />
        )}
        <Form.Item label="Đơn vị" name="unitId" rules={[{ required: true, message: 'Chọn đơn vị' }]}>
          <UnitPicker initialLabel={props.unitName} />
        </Form.Item>
        <Form.Item label="Theo quy định" name="ruleId">
          <Select
            allowClear
            options={ruleOptions}
            loading={rules.isFetching}
            placeholder="Chọn lịch tiếp định kỳ của lãnh đạo"
            notFoundContent="Đơn vị chưa có quy định lịch tiếp"
          />
        </Form.Item>
        <Form.Item
          label="Lãnh đạo tiếp"
          name="leaderName"
          rules={[{ required: true, message: 'Nhập họ tên' }]}
        >
          <Input maxLength={200} placeholder="Họ và tên lãnh đạo" />
        </Form.Item>
        <Form.Item label="Ngày tiếp" name="plannedOn" rules={[{ required: true, message: 'Chọn ngày' }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item label="Kênh tiếp" name="channel">
          <Radio.Group optionType="button" options={channelOptions} />
        </Form.Item>
        <Form.Item label="Ghi chú" name="note">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

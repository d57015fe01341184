import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { UnitPicker } from '../../../components/UnitPicker';
import { toIsoDate } from '../../../lib/format';
import { useAppeal } from '../api';
import { applyFieldErrors, clearEditedErrors, orNull } from '../formErrors';
import type { Petition } from '../types';

interface Values {
  unitId?: string;
  receivedOn?: Dayjs | null;
  content?: string;
  lateReason?: string;
}

const shownPaths = ['unitId', 'receivedOn', 'content', 'lateReason'];

/** Khiếu nại lần hai against a first-instance complaint, lodged with the unit above; opens the new petition. */
export function AppealModal(props: { petition: Petition; open: boolean; onClose: () => void }) {
  const { petition, open, onClose } = props;
  const [form] = Form.useForm<Values>();
  const appeal = useAppeal(petition.id);
  const navigate = useNavigate();
  const [errors, setErrors] = useState<string[]>([]);

  const close = () => {
    setErrors([]);
    onClose();
  };
  const submit = (v: Values) => {
    setErrors([]);
    appeal.mutate(
      {
        unitId: v.unitId ?? '',
        receivedOn: toIsoDate(v.receivedOn),
        content: (v.content ?? '').trim(),
        lateReason: orNull(v.lateReason),
      },
      {
        onSuccess: (created) => {
          close();
          navigate(`/don-thu/${created.id}`);
        },
        onError: (e) => setErrors(applyFieldErrors(form, e, shownPaths)),
      },
    );
  };

  return (
    <Modal
      title={`Khiếu nại lần hai — đơn ${petition.trackingCode}`}
      open={open}
      onCancel={close}
      onOk={() => form.submit()}
      okText="Tiếp nhận"
      cancelText="Hủy"
      confirmLoading={appeal.isPending}
      destroyOnHidden
      width={600}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="petition-appeal"
        initialValues={{ receivedOn: dayjs() }}
        onValuesChange={(changed: Record<string, unknown>) => clearEditedErrors(form, changed)}
        onFinish={submit}
        style={{ marginTop: 16 }}
      >
        {errors.length > 0 && (
          <Alert type="error" showIcon title={errors.join('; ')} style={{ marginBottom: 16 }} />
        )}
        <Form.Item
          label="Cơ quan giải quyết lần hai"
          name="unitId"
          rules={[{ required: true, message: 'Chọn cơ quan cấp trên trực tiếp' }]}
          extra="Cơ quan cấp trên trực tiếp của cơ quan đã giải quyết lần đầu."
        >
          <UnitPicker placeholder="Nhập tên đơn vị" data-testid="appeal-unit" />
        </Form.Item>
        <Form.Item label="Ngày nhận đơn" name="receivedOn">
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          label="Nội dung khiếu nại lần hai"
          name="content"
          rules={[
            { required: true, whitespace: true, message: 'Nhập nội dung' },
            { min: 10, message: 'Nội dung ít nhất 10 ký tự' },
          ]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item
          label="Lý do khiếu nại quá hạn"
          name="lateReason"
          extra="Chỉ ghi khi quá thời hạn khiếu nại lần hai vì lý do khách quan."
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

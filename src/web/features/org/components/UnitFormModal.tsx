import { Alert, App, DatePicker, Form, Input, Modal, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { applyProblemToForm } from '../../../api/formErrors';
import type { UnitWithAncestors } from '../../../api/types';
import { toIsoDate } from '../../../lib/format';
import { useCreateUnit, useUnitKinds, useUpdateUnit } from '../api';

interface Values {
  code: string;
  name: string;
  kind: string;
  isRemote: boolean;
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
}

const fields = ['code', 'name', 'kind', 'isRemote', 'validFrom', 'validTo'] as const;

interface Props {
  /** 'create' adds a child under `unit`; 'edit' changes `unit` itself. */
  mode: 'create' | 'edit';
  unit: UnitWithAncestors;
  open: boolean;
  onClose: () => void;
  onSaved: (id: string) => void;
}

export function UnitFormModal({ mode, unit, open, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const kinds = useUnitKinds();
  const create = useCreateUnit();
  const update = useUpdateUnit(unit.id);
  const { message } = App.useApp();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);

  useEffect(() => {
    if (!open) return;
    setOtherErrors([]);
    form.resetFields();
    if (mode === 'edit') {
      form.setFieldsValue({
        code: unit.code,
        name: unit.name,
        kind: unit.kind,
        isRemote: unit.isRemote,
        validTo: unit.validTo ? dayjs(unit.validTo) : null,
      });
    }
  }, [open, mode, unit, form]);

  const submit = (v: Values) => {
    const onError = (e: unknown) => setOtherErrors(applyProblemToForm(form, e, fields));
    if (mode === 'create') {
      const body = {
        parentId: unit.id,
        code: v.code,
        name: v.name,
        kind: v.kind,
        isRemote: v.isRemote,
        validFrom: toIsoDate(v.validFrom),
      };
      create.mutate(body, {
        onSuccess: (created) => {
          message.success(`Đã thêm ${created.name}`);
          onSaved(created.id);
        },
        onError,
      });
      return;
    }
    const body = {
      code: v.code,
      name: v.name,
      kind: v.kind,
      isRemote: v.isRemote,
      validTo: toIsoDate(v.validTo) ?? null,
    };
    update.mutate(body, {
      onSuccess: (saved) => {
        message.success('Đã lưu thay đổi');
        onSaved(saved.id);
      },
      onError,
    });
  };

  return (
    <Modal
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={mode === 'create' ? 'Thêm' : 'Lưu'}
      confirmLoading={create.isPending || update.isPending}
      forceRender
      title={mode === 'create' ? `Thêm đơn vị trực thuộc ${unit.name}` : `Sửa đơn vị ${unit.name}`}
    >
      {otherErrors.length > 0 && (
        <Alert type="error" showIcon title={otherErrors.join('; ')} style={{ marginBottom: 16 }} />
      )}
      <Form
        form={form}
        name="unit-form"
        layout="vertical"
        onFinish={submit}
        initialValues={{ isRemote: false }}
      >
        <Form.Item
          label="Mã đơn vị"
          name="code"
          rules={[{ required: true, message: 'Vui lòng nhập mã đơn vị' }]}
          extra="Mã theo danh mục của cơ quan thống kê, ví dụ 22366."
        >
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item
          label="Tên đơn vị"
          name="name"
          rules={[{ required: true, message: 'Vui lòng nhập tên đơn vị' }]}
        >
          <Input maxLength={200} placeholder="Ví dụ: Thôn Đồng Tâm" />
        </Form.Item>
        <Form.Item
          label="Loại đơn vị"
          name="kind"
          rules={[{ required: true, message: 'Vui lòng chọn loại đơn vị' }]}
        >
          <Select
            loading={kinds.isPending}
            options={(kinds.data ?? []).map((k) => ({ value: k.code, label: k.name }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item
          label="Vùng khó khăn"
          name="isRemote"
          valuePropName="checked"
          extra="Đơn vị thuộc vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn (thời hạn giải quyết đơn dài hơn)."
        >
          <Switch checkedChildren="Có" unCheckedChildren="Không" />
        </Form.Item>
        {mode === 'create' ? (
          <Form.Item label="Hiệu lực từ ngày" name="validFrom">
            <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} placeholder="Mặc định: hôm nay" />
          </Form.Item>
        ) : (
          <Form.Item
            label="Hết hiệu lực từ ngày"
            name="validTo"
            extra="Để trống nếu đơn vị vẫn đang có hiệu lực."
          >
            <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { applyProblemToForm } from '../../../api/formErrors';
import { type Organization, useOrganizationKinds, useSaveOrganization } from '../api';

interface Values {
  name: string;
  kind: string;
  code?: string;
  parentId?: string | null;
}

const fields = ['name', 'kind', 'code', 'parentId'] as const;

interface Props {
  unitId: string;
  unitName: string;
  /** null to add a new organization. */
  organization: Organization | null;
  /** The unit's organizations, candidates for the parent (a base party organization under its committee). */
  siblings: Organization[];
  open: boolean;
  onClose: () => void;
}

export function OrganizationFormModal({ unitId, unitName, organization, siblings, open, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const kinds = useOrganizationKinds();
  const save = useSaveOrganization(organization?.id ?? null);
  const { message } = App.useApp();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);

  useEffect(() => {
    if (!open) return;
    setOtherErrors([]);
    form.resetFields();
    if (organization) {
      form.setFieldsValue({
        name: organization.name,
        kind: organization.kind,
        code: organization.code ?? undefined,
        parentId: organization.parentId,
      });
    }
  }, [open, organization, form]);

  const submit = (v: Values) =>
    save.mutate(
      { unitId, name: v.name, kind: v.kind, code: v.code?.trim() || null, parentId: v.parentId ?? null },
      {
        onSuccess: () => {
          message.success(organization ? 'Đã lưu thay đổi' : 'Đã thêm tổ chức');
          onClose();
        },
        onError: (e) => setOtherErrors(applyProblemToForm(form, e, fields)),
      },
    );

  const parents = siblings
    .filter((o) => o.id !== organization?.id)
    .map((o) => ({ value: o.id, label: o.name }));

  return (
    <Modal
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={organization ? 'Lưu' : 'Thêm'}
      confirmLoading={save.isPending}
      forceRender
      title={organization ? `Sửa tổ chức ${organization.name}` : `Thêm tổ chức thuộc ${unitName}`}
    >
      {otherErrors.length > 0 && (
        <Alert type="error" showIcon title={otherErrors.join('; ')} style={{ marginBottom: 16 }} />
      )}
      <Form form={form} name="organization-form" layout="vertical" onFinish={submit}>
        <Form.Item
          label="Tên tổ chức"
          name="name"
          rules={[{ required: true, message: 'Vui lòng nhập tên tổ chức' }]}
        >
          <Input maxLength={300} placeholder="Ví dụ: Hội Nông dân xã" />
        </Form.Item>
        <Form.Item
          label="Loại tổ chức"
          name="kind"
          rules={[{ required: true, message: 'Vui lòng chọn loại tổ chức' }]}
        >
          <Select
            loading={kinds.isPending}
            options={(kinds.data ?? []).map((k) => ({ value: k.code, label: k.name }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item label="Mã tổ chức" name="code">
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item label="Tổ chức cấp trên" name="parentId" extra="Ví dụ: chi bộ trực thuộc Đảng ủy xã.">
          <Select
            allowClear
            options={parents}
            placeholder="Không có"
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

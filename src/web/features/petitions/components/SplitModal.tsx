import { Alert, Button, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { PetitionKind } from '../../../../domain/petition-workflow';
import { useSplitPetition } from '../api';
import { applyFieldErrors } from '../formErrors';
import { kindOptions } from '../labels';
import type { Petition } from '../types';

interface Part {
  kind?: PetitionKind;
  subject?: string;
  content?: string;
}

/** Tách đơn: a petition holding several matters becomes 2–10 new petitions, each with its own code. */
export function SplitModal(props: { petition: Petition; open: boolean; onClose: () => void }) {
  const { petition, open, onClose } = props;
  const [form] = Form.useForm<{ parts: Part[] }>();
  const split = useSplitPetition(petition.id);
  const [errors, setErrors] = useState<string[]>([]);
  const [codes, setCodes] = useState<string[] | null>(null);

  const close = () => {
    setErrors([]);
    setCodes(null);
    split.reset();
    onClose();
  };
  const submit = (v: { parts: Part[] }) => {
    setErrors([]);
    const parts = v.parts.map((p) => ({
      kind: p.kind as PetitionKind,
      subject: (p.subject ?? '').trim(),
      content: (p.content ?? '').trim(),
    }));
    split.mutate(
      { parts },
      {
        onSuccess: (r) => setCodes(r.parts),
        onError: (e) => setErrors(applyFieldErrors(form, e, [])),
      },
    );
  };
  const initial: Part = { kind: petition.kind ?? undefined };

  return (
    <Modal
      title={`Tách đơn ${petition.trackingCode}`}
      open={open}
      onCancel={close}
      destroyOnHidden
      width={720}
      footer={
        codes
          ? [
              <Button key="close" type="primary" onClick={close}>
                Đóng
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={close}>
                Hủy
              </Button>,
              <Button key="ok" type="primary" loading={split.isPending} onClick={() => form.submit()}>
                Tách đơn
              </Button>,
            ]
      }
    >
      {codes ? (
        <Alert
          type="success"
          showIcon
          title="Đã tách đơn thành các đơn mới"
          description={
            <Space orientation="vertical" data-testid="split-codes">
              {codes.map((c) => (
                <Typography.Text key={c} copyable strong>
                  {c}
                </Typography.Text>
              ))}
            </Space>
          }
        />
      ) : (
        <Form
          form={form}
          layout="vertical"
          name="petition-split"
          initialValues={{ parts: [initial, initial] }}
          onFinish={submit}
        >
          {errors.length > 0 && (
            <Alert type="error" showIcon title={errors.join('; ')} style={{ marginBottom: 16 }} />
          )}
          <Form.List name="parts">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <div
                    key={field.key}
                    style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: 12, marginBottom: 12 }}
                  >
                    <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                      <Typography.Text strong>Đơn {index + 1}</Typography.Text>
                      {fields.length > 2 && (
                        <Button type="link" danger size="small" onClick={() => remove(field.name)}>
                          Bỏ phần này
                        </Button>
                      )}
                    </Space>
                    <Form.Item
                      label={`Loại đơn ${index + 1}`}
                      name={[field.name, 'kind']}
                      rules={[{ required: true, message: 'Chọn loại đơn' }]}
                    >
                      <Select options={kindOptions} placeholder="Chọn loại đơn" />
                    </Form.Item>
                    <Form.Item
                      label={`Tiêu đề ${index + 1}`}
                      name={[field.name, 'subject']}
                      rules={[
                        { required: true, whitespace: true, message: 'Nhập tiêu đề' },
                        { min: 5, max: 300, message: 'Tiêu đề từ 5 đến 300 ký tự' },
                      ]}
                    >
                      <Input />
                    </Form.Item>
                    <Form.Item
                      label={`Nội dung ${index + 1}`}
                      name={[field.name, 'content']}
                      rules={[
                        { required: true, whitespace: true, message: 'Nhập nội dung' },
                        { min: 10, message: 'Nội dung ít nhất 10 ký tự' },
                      ]}
                    >
                      <Input.TextArea rows={3} />
                    </Form.Item>
                  </div>
                ))}
                {fields.length < 10 && (
                  <Button onClick={() => add(initial)} block>
                    Thêm phần
                  </Button>
                )}
              </>
            )}
          </Form.List>
        </Form>
      )}
    </Modal>
  );
}

import { Alert, Button, Card, Col, Form, Input, Row, Typography, Upload, type UploadFile } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { applyFieldErrors, clearEditedErrors, orNull } from '../../petitions/formErrors';
import { newIdempotencyKey, useCitizenSession, useSubmitPublicPetition } from '../api';
import type { PublicKind, PublicSubmission } from '../types';
import { KindChoice } from './KindChoice';
import { PublicUnitPicker } from './PublicUnitPicker';

interface Values {
  kind?: PublicKind;
  unitId?: string;
  subject?: string;
  content?: string;
  location?: string;
  accusedName?: string;
  sender?: { name?: string; idNumber?: string; phone?: string; email?: string; address?: string };
  files?: UploadFile[];
}

const MAX_FILES = 3;
const MAX_BYTES = 5 * 1024 * 1024;
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx';

/** The chosen files themselves: the browser streams them as parts of the form, never as base64. */
function filesOf(files: UploadFile[] | undefined): File[] {
  return (files ?? []).flatMap((f) => (f.originFileObj ? [f.originFileObj] : []));
}

const shown = [
  'kind',
  'unitId',
  'subject',
  'content',
  'location',
  'accusedName',
  'sender.name',
  'sender.idNumber',
  'sender.phone',
  'sender.email',
  'sender.address',
];

function toBody(v: Values): PublicSubmission {
  const s = v.sender ?? {};
  return {
    kind: v.kind ?? 'feedback',
    unitId: v.unitId ?? '',
    subject: v.subject?.trim() ?? '',
    content: v.content?.trim() ?? '',
    location: orNull(v.location),
    accusedName: v.kind === 'denunciation' ? orNull(v.accusedName) : null,
    sender: {
      name: s.name?.trim() ?? '',
      idNumber: orNull(s.idNumber),
      phone: orNull(s.phone),
      email: orNull(s.email),
      address: orNull(s.address),
    },
  };
}

/** The citizen's form; one Idempotency-Key per filling, so "Gửi lại" after a lost answer is safe. */
export function SubmitForm({
  presetUnitCode,
  onSent,
}: {
  presetUnitCode?: string;
  onSent: (sent: { trackingCode: string; pin: string }) => void;
}) {
  const [form] = Form.useForm<Values>();
  const submit = useSubmitPublicPetition();
  const key = useRef(newIdempotencyKey());
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const kind = Form.useWatch('kind', form);
  const citizen = useCitizenSession().data ?? null;

  // A signed-in citizen need not type his name again.
  useEffect(() => {
    if (citizen && !form.getFieldValue(['sender', 'name']))
      form.setFieldValue(['sender', 'name'], citizen.user.fullName);
  }, [citizen, form]);

  const send = (v: Values) => {
    setOtherErrors([]);
    submit.mutate(
      { body: toBody(v), files: filesOf(v.files), key: key.current, csrf: citizen?.csrfToken },
      {
        onSuccess: (r) => onSent(r),
        onError: (e) => setOtherErrors(applyFieldErrors(form, e, shown)),
      },
    );
  };

  return (
    <Form<Values>
      form={form}
      name="public-petition"
      layout="vertical"
      onFinish={send}
      scrollToFirstError
      initialValues={{ kind: 'feedback' }}
      onValuesChange={(changed: Record<string, unknown>) => clearEditedErrors(form, changed)}
      requiredMark="optional"
    >
      <Card title="1. Loại đơn và nơi gửi" size="small" style={{ marginBottom: 16 }}>
        <Form.Item label="Bạn muốn gửi" name="kind" rules={[{ required: true, message: 'Chọn loại đơn' }]}>
          <KindChoice />
        </Form.Item>
        <Form.Item
          label="Xã, phường nơi gửi đơn"
          name="unitId"
          extra="Nơi xảy ra vụ việc hoặc nơi bạn cư trú."
          rules={[{ required: true, message: 'Chọn xã, phường nơi gửi đơn' }]}
        >
          <PublicUnitPicker presetCode={presetUnitCode} />
        </Form.Item>
      </Card>
      <Card title="2. Nội dung" size="small" style={{ marginBottom: 16 }}>
        <Form.Item label="Tiêu đề" name="subject" rules={[{ required: true, message: 'Nhập tiêu đề' }]}>
          <Input maxLength={300} placeholder="Ví dụ: Đèn đường hỏng tại tổ 5, khu 3" />
        </Form.Item>
        <Form.Item label="Nội dung" name="content" rules={[{ required: true, message: 'Nhập nội dung' }]}>
          <Input.TextArea
            rows={6}
            maxLength={20000}
            showCount
            placeholder="Trình bày rõ sự việc: ở đâu, từ khi nào, ảnh hưởng thế nào, bạn đề nghị gì"
          />
        </Form.Item>
        <Form.Item label="Địa điểm xảy ra vụ việc" name="location">
          <Input maxLength={300} />
        </Form.Item>
        {kind === 'denunciation' && (
          <Form.Item label="Người hoặc cơ quan bị tố cáo" name="accusedName">
            <Input maxLength={200} />
          </Form.Item>
        )}
        <Form.Item
          label="Ảnh, tài liệu kèm theo"
          name="files"
          valuePropName="fileList"
          getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}
          extra={`Tối đa ${MAX_FILES} tệp PDF, JPG, PNG hoặc DOCX, mỗi tệp không quá 5 MB.`}
          rules={[
            {
              validator: (_, files?: UploadFile[]) => {
                const big = (files ?? []).find((f) => (f.size ?? 0) > MAX_BYTES);
                return big ? Promise.reject(new Error(`Tệp ${big.name} lớn hơn 5 MB`)) : Promise.resolve();
              },
            },
          ]}
        >
          <Upload
            accept={ACCEPT}
            multiple
            maxCount={MAX_FILES}
            beforeUpload={() => false}
            data-testid="portal-files"
          >
            <Button>Chọn tệp</Button>
          </Upload>
        </Form.Item>
      </Card>
      <Card title="3. Thông tin người gửi" size="small" style={{ marginBottom: 16 }}>
        {citizen && (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 16 }}
            title={`Bạn đang đăng nhập với tài khoản ${citizen.user.fullName}: đơn này sẽ có trong mục "Đơn của tôi".`}
            data-testid="portal-signed-in"
          />
        )}
        {kind === 'denunciation' && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title="Họ tên, địa chỉ và thông tin cá nhân của người tố cáo được mã hóa và giữ bí mật; chỉ cán bộ được giao giải quyết mới được xem."
          />
        )}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              label="Họ và tên"
              name={['sender', 'name']}
              rules={[{ required: true, message: 'Nhập họ và tên' }]}
            >
              <Input maxLength={200} autoComplete="name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="Số CCCD" name={['sender', 'idNumber']}>
              <Input maxLength={12} inputMode="numeric" placeholder="12 chữ số" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="Điện thoại"
              name={['sender', 'phone']}
              extra="Để cơ quan liên hệ khi cần làm rõ nội dung."
            >
              <Input maxLength={13} inputMode="tel" autoComplete="tel" placeholder="Ví dụ: 0912345678" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="Thư điện tử"
              name={['sender', 'email']}
              rules={[{ type: 'email', message: 'Địa chỉ thư điện tử không hợp lệ' }]}
            >
              <Input maxLength={200} autoComplete="email" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label="Địa chỉ" name={['sender', 'address']}>
              <Input maxLength={300} autoComplete="street-address" />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      {otherErrors.length > 0 && (
        <Alert type="error" showIcon title={otherErrors.join('; ')} style={{ marginBottom: 16 }} />
      )}
      {submit.isError && (
        <Typography.Paragraph type="secondary">
          Nếu mất kết nối, bạn có thể bấm gửi lại: đơn sẽ không bị ghi hai lần.
        </Typography.Paragraph>
      )}
      <Button
        type="primary"
        size="large"
        htmlType="submit"
        loading={submit.isPending}
        data-testid="portal-submit"
      >
        {submit.isError ? 'Gửi lại' : 'Gửi đơn'}
      </Button>
    </Form>
  );
}

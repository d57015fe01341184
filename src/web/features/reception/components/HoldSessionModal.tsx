import { Alert, App, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { NO_DELEGATION_FROM } from '../../../../domain/reception';
import { formatDate } from '../../../lib/format';
import { useMarkSessionHeld } from '../api';
import { applyNestedProblem, clearChangedErrors } from '../formErrors';
import { channelLabels } from '../labels';
import type { ReceptionSession, VisitChannel } from '../types';

interface Values {
  heldByName?: string;
  channel: VisitChannel;
}

const channelOptions = (Object.keys(channelLabels) as VisitChannel[]).map((c) => ({
  value: c,
  label: channelLabels[c],
}));

/** Records who actually received at a planned session: someone other than the leader is a delegation. */
export function HoldSessionModal({
  session,
  onClose,
}: {
  session: ReceptionSession | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const hold = useMarkSessionHeld();
  const { message } = App.useApp();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const heldBy = Form.useWatch('heldByName', form);
  const delegated = session !== null && heldBy !== undefined && heldBy.trim() !== session.leaderName;

  const submit = (v: Values) => {
    if (!session) return;
    setOtherErrors([]);
    hold.mutate(
      { id: session.id, input: { heldByName: v.heldByName?.trim() ?? '', channel: v.channel } },
      {
        onSuccess: () => {
          message.success('Đã ghi nhận buổi tiếp');
          onClose();
        },
        onError: (e) => setOtherErrors(applyNestedProblem(form, e, ['heldByName', 'channel'])),
      },
    );
  };

  return (
    <Modal
      title={session ? `Ghi nhận buổi tiếp ngày ${formatDate(session.plannedOn)}` : ''}
      open={session !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="Ghi nhận đã tiếp"
      confirmLoading={hold.isPending}
      destroyOnHidden
    >
      {session && (
        <Form
          form={form}
          layout="vertical"
          name="hold-form"
          onValuesChange={(changed) => clearChangedErrors(form, changed)}
          onFinish={submit}
          initialValues={{ heldByName: session.leaderName, channel: session.channel }}
        >
          {otherErrors.length > 0 && (
            <Alert type="error" showIcon title={otherErrors.join('; ')} style={{ marginBottom: 16 }} />
          )}
          <Form.Item
            label="Người trực tiếp tiếp"
            name="heldByName"
            rules={[{ required: true, message: 'Nhập họ tên người tiếp' }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label="Kênh tiếp" name="channel">
            <Radio.Group optionType="button" options={channelOptions} />
          </Form.Item>
          {delegated && (
            <Alert
              type={session.plannedOn >= NO_DELEGATION_FROM ? 'warning' : 'info'}
              showIcon
              title="Buổi tiếp do người được ủy quyền tiếp"
              description={
                session.plannedOn >= NO_DELEGATION_FROM
                  ? 'Từ 01/7/2026, buổi tiếp ủy quyền không được tính là lãnh đạo trực tiếp tiếp (Luật số 136/2025/QH15).'
                  : 'Trước 01/7/2026, buổi tiếp ủy quyền vẫn được tính cho lãnh đạo.'
              }
            />
          )}
        </Form>
      )}
    </Modal>
  );
}

import { Alert, App, Form, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { applyProblemToForm } from '../../../api/formErrors';
import type { UnitWithAncestors } from '../../../api/types';
import { UnitPicker } from '../../../components/UnitPicker';
import { useMoveUnit } from '../api';

interface Props {
  unit: UnitWithAncestors;
  open: boolean;
  onClose: () => void;
  onMoved: (id: string) => void;
}

export function MoveUnitModal({ unit, open, onClose, onMoved }: Props) {
  const [form] = Form.useForm<{ parentId: string }>();
  const move = useMoveUnit(unit.id);
  const { message } = App.useApp();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const currentParent = unit.ancestors.at(-1);

  useEffect(() => {
    if (open) {
      form.resetFields();
      setOtherErrors([]);
    }
  }, [open, form]);

  // A unit cannot go under itself or under one of its own descendants.
  const isInsideMovedUnit = (candidate: UnitWithAncestors) =>
    candidate.id === unit.id || candidate.path.startsWith(`${unit.path}.`) || candidate.id === unit.parentId;

  const submit = ({ parentId }: { parentId: string }) =>
    move.mutate(parentId, {
      onSuccess: (moved) => {
        message.success(`Đã chuyển ${moved.name}`);
        onMoved(moved.id);
      },
      onError: (e) => setOtherErrors(applyProblemToForm(form, e, ['parentId'])),
    });

  return (
    <Modal
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="Chuyển"
      confirmLoading={move.isPending}
      title={`Chuyển đơn vị cấp trên của ${unit.name}`}
      forceRender
    >
      <Typography.Paragraph>
        Đơn vị cấp trên hiện tại: <strong>{currentParent?.name ?? '—'}</strong>. Toàn bộ các đơn vị trực thuộc
        sẽ được chuyển theo.
      </Typography.Paragraph>
      {otherErrors.length > 0 && (
        <Alert type="error" showIcon title={otherErrors.join('; ')} style={{ marginBottom: 16 }} />
      )}
      <Form form={form} name="unit-move" layout="vertical" onFinish={submit}>
        <Form.Item
          label="Đơn vị cấp trên mới"
          name="parentId"
          rules={[{ required: true, message: 'Vui lòng chọn đơn vị cấp trên mới' }]}
        >
          <UnitPicker
            isDisabled={isInsideMovedUnit}
            placeholder="Tìm đơn vị cấp trên mới"
            data-testid="move-parent"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

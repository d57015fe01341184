import { Alert, DatePicker, Flex, Form, Input, Radio, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { kindOptions } from '../labels';
import type { Petition, WorkflowAction } from '../types';
import { ForwardTargetSelect } from './ForwardTargetSelect';
import { HandlerSelect } from './HandlerSelect';

const competenceOptions = [
  { value: 'in', label: 'Thuộc thẩm quyền' },
  { value: 'out', label: 'Không thuộc thẩm quyền' },
];
const complexityOptions = [
  { value: 'normal', label: 'Bình thường' },
  { value: 'complex', label: 'Phức tạp' },
  { value: 'especially_complex', label: 'Đặc biệt phức tạp' },
];
const instanceOptions = [
  { value: 1, label: 'Lần đầu' },
  { value: 2, label: 'Lần hai' },
];

const dateInput = (
  <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
);

const documentPaths = ['documentNo', 'documentDate'];

/** The paper a step issues, by its usual name. */
const documentNames: Partial<Record<WorkflowAction, string>> = {
  accept: 'Số thông báo thụ lý',
  guide: 'Số văn bản hướng dẫn',
  forward: 'Số phiếu chuyển đơn',
  extend: 'Số quyết định gia hạn',
};

/** The number and date of the paper the step issues; optional, recorded in the petition's history. */
function DocumentFields({ action }: { action: WorkflowAction }) {
  const name = documentNames[action];
  if (!name) return null;
  return (
    <Flex gap={12}>
      <Form.Item label={name} name="documentNo" style={{ flex: 1 }}>
        <Input maxLength={100} placeholder="Ví dụ: 15/TB-UBND" />
      </Form.Item>
      <Form.Item label="Ngày văn bản" name="documentDate" style={{ flex: 1 }}>
        {dateInput}
      </Form.Item>
    </Flex>
  );
}

/** The dotted paths each action's form has a field for (server errors elsewhere go above the form). */
export function actionFieldPaths(
  action: WorkflowAction,
  kind: string | undefined,
  withHandler: boolean,
): string[] {
  switch (action) {
    case 'classify':
      return ['kind', 'competence', 'complexity', 'note', ...(kind === 'complaint' ? ['instance'] : [])];
    case 'assign':
      return ['handlerId', 'note'];
    case 'accept':
      return ['on', 'note', ...documentPaths, ...(withHandler ? ['handlerId'] : [])];
    case 'guide':
      return ['target', 'note', ...documentPaths];
    case 'forward':
      return ['targetUnitId', 'target', 'note', ...documentPaths];
    case 'extend':
      return ['note', ...documentPaths];
    case 'resolve':
      return ['decisionNo', 'decisionDate', 'resultSummary', 'note'];
    default:
      return ['note'];
  }
}

function NoteField({ action }: { action: WorkflowAction }) {
  if (action === 'file')
    return (
      <Form.Item label="Lý do lưu đơn" name="note" rules={[{ required: true, message: 'Ghi lý do lưu đơn' }]}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
    );
  if (action === 'extend')
    return (
      <Form.Item
        label="Lý do gia hạn"
        name="note"
        extra="Ghi số, ngày quyết định gia hạn (Luật Tố cáo 2018, Điều 30)."
        rules={[{ required: true, message: 'Ghi lý do gia hạn' }]}
      >
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
    );
  return (
    <Form.Item label="Ghi chú nội bộ" name="note" extra="Không hiển thị cho công dân.">
      <Input.TextArea rows={2} maxLength={5000} />
    </Form.Item>
  );
}

/** Where the petition should go according to the body it is about: a suggestion, with its basis. */
function CompetenceHintNote({ hint }: { hint: NonNullable<Petition['competenceHint']> }) {
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="competence-hint"
      title={
        hint.competence === 'in'
          ? `Gợi ý: thuộc thẩm quyền của ${hint.unitName} (${hint.reason}).`
          : `Gợi ý: không thuộc thẩm quyền, chuyển đến ${hint.unitName} (${hint.reason}).`
      }
      description={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          Căn cứ: {hint.basis}
        </Typography.Text>
      }
    />
  );
}

/** The fields one workflow step needs, with the law it follows where there is one. */
export function ActionFields(props: {
  action: WorkflowAction;
  petition: Petition;
  kind: string | undefined;
  withHandler: boolean;
}) {
  const { action, petition, kind, withHandler } = props;
  const decided = petition.kind === 'complaint' || petition.kind === 'denunciation';
  return (
    <>
      {(action === 'classify' || action === 'forward') && petition.competenceHint && (
        <CompetenceHintNote hint={petition.competenceHint} />
      )}
      {action === 'classify' && (
        <>
          <Form.Item label="Loại đơn" name="kind" rules={[{ required: true, message: 'Chọn loại đơn' }]}>
            <Select options={kindOptions} data-testid="action-kind" />
          </Form.Item>
          <Form.Item
            label="Thẩm quyền"
            name="competence"
            rules={[{ required: true, message: 'Xác định thẩm quyền giải quyết' }]}
          >
            <Radio.Group options={competenceOptions} />
          </Form.Item>
          <Form.Item label="Độ phức tạp" name="complexity">
            <Select options={complexityOptions} />
          </Form.Item>
          {kind === 'complaint' && (
            <Form.Item label="Lần giải quyết" name="instance">
              <Radio.Group options={instanceOptions} />
            </Form.Item>
          )}
        </>
      )}
      {(action === 'assign' || (action === 'accept' && withHandler)) && (
        <Form.Item
          label="Cán bộ thụ lý"
          name="handlerId"
          rules={[{ required: true, message: 'Chọn cán bộ thụ lý' }]}
        >
          <HandlerSelect petitionId={petition.id} />
        </Form.Item>
      )}
      {action === 'accept' && (
        <Form.Item label="Ngày thụ lý" name="on" extra="Hạn giải quyết được tính từ ngày thụ lý.">
          {dateInput}
        </Form.Item>
      )}
      {action === 'forward' && (
        <Form.Item
          label="Đơn vị nhận trong hệ thống"
          name="targetUnitId"
          extra="Đơn được lập tại đơn vị nhận, kèm tệp đính kèm, và cán bộ ở đó được thông báo. Để trống nếu cơ quan nhận ngoài hệ thống (tòa án, công an…)."
        >
          <ForwardTargetSelect
            initial={
              petition.competenceHint?.competence === 'out'
                ? { id: petition.competenceHint.unitId, name: petition.competenceHint.unitName }
                : null
            }
          />
        </Form.Item>
      )}
      {(action === 'guide' || action === 'forward') && (
        <Form.Item
          label="Cơ quan có thẩm quyền"
          name="target"
          dependencies={action === 'forward' ? ['targetUnitId'] : []}
          extra={
            action === 'guide'
              ? 'Việc hướng dẫn chỉ thực hiện một lần (Thông tư 05/2021/TT-TTCP).'
              : 'Chuyển đơn một lần đến cơ quan có thẩm quyền và thông báo cho người gửi. Khi đã chọn đơn vị nhận, có thể ghi rõ cơ quan của đơn vị đó.'
          }
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, v?: string) =>
                v?.trim() || (action === 'forward' && getFieldValue('targetUnitId'))
                  ? Promise.resolve()
                  : Promise.reject(new Error('Ghi cơ quan có thẩm quyền')),
            }),
          ]}
        >
          <Input maxLength={300} placeholder="Ví dụ: Tòa án nhân dân khu vực 1 - Quảng Ninh" />
        </Form.Item>
      )}
      {action === 'resolve' && (
        <>
          <Form.Item
            label={petition.kind === 'denunciation' ? 'Số kết luận' : 'Số quyết định'}
            name="decisionNo"
            rules={decided ? [{ required: true, message: 'Ghi số quyết định hoặc kết luận' }] : []}
          >
            <Input maxLength={100} placeholder="Ví dụ: 45/QĐ-UBND" />
          </Form.Item>
          <Form.Item
            label="Ngày ban hành"
            name="decisionDate"
            rules={decided ? [{ required: true, message: 'Ghi ngày ban hành' }] : []}
          >
            {dateInput}
          </Form.Item>
          <Form.Item
            label="Tóm tắt kết quả giải quyết"
            name="resultSummary"
            extra="Nội dung này hiển thị cho công dân khi tra cứu đơn."
            rules={[{ required: true, message: 'Tóm tắt kết quả giải quyết' }]}
          >
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
        </>
      )}
      <DocumentFields action={action} />
      <NoteField action={action} />
    </>
  );
}

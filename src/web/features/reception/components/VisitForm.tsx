import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Space,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { RefusalReason } from '../../../../domain/reception';
import { useCurrentUser } from '../../../app/session';
import { UnitPicker } from '../../../components/UnitPicker';
import { useCreateVisit } from '../api';
import { applyNestedProblem, clearChangedErrors } from '../formErrors';
import { channelLabels, kindLabels } from '../labels';
import type { VisitChannel, VisitCitizen, VisitCreate, VisitKind, VisitOutcome } from '../types';
import { CitizensList, emptyCitizen } from './CitizensList';
import { MatterField } from './MatterField';
import { OutcomeFields } from './OutcomeFields';
import { SessionSelect } from './SessionSelect';

interface Values {
  unitId?: string;
  receivedAt?: Dayjs | null;
  place?: string;
  kind: VisitKind;
  channel: VisitChannel;
  receiverIsLeader?: boolean;
  receiverName?: string;
  sessionId?: string | null;
  matterId?: string | null;
  groupSize?: number | null;
  citizens?: Partial<VisitCitizen>[];
  content?: string;
  outcome?: VisitOutcome;
  refusalReason?: RefusalReason;
  refusalNote?: string;
  guidance?: string;
  denunciation?: boolean;
}

const alwaysShown = [
  'unitId',
  'receivedAt',
  'place',
  'kind',
  'channel',
  'receiverIsLeader',
  'receiverName',
  'groupSize',
  'matterId',
  'citizens',
  'citizens.*.fullName',
  'citizens.*.idNumber',
  'citizens.*.address',
  'citizens.*.phone',
  'citizens.*.isRepresentative',
  'content',
  'outcome',
];

/** The fields on screen for an outcome: an error on a hidden field goes above the form instead. */
function shownFields(v: Values): string[] {
  return [
    ...alwaysShown,
    ...(v.kind === 'leader_periodic' ? ['sessionId'] : []),
    ...(v.outcome === 'refused' ? ['refusalReason', 'refusalNote'] : []),
    ...(v.outcome === 'guided' ? ['guidance'] : []),
    ...(v.outcome === 'petition_received' ? ['denunciation'] : []),
  ];
}

const trimmed = (s: string | undefined | null) => (s?.trim() ? s.trim() : null);

function toInput(v: Values): VisitCreate {
  return {
    unitId: v.unitId ?? '',
    receivedAt: v.receivedAt ? v.receivedAt.toISOString() : undefined,
    place: v.place?.trim() ?? '',
    kind: v.kind,
    channel: v.channel,
    // Left empty, the server records the signed-in user as the receiver.
    receiverName: trimmed(v.receiverName) ?? undefined,
    receiverIsLeader: Boolean(v.receiverIsLeader),
    sessionId: v.kind === 'leader_periodic' ? (v.sessionId ?? null) : null,
    matterId: v.matterId ?? null,
    groupSize: v.groupSize ?? 1,
    citizens: (v.citizens ?? []).map((c) => ({
      fullName: c.fullName?.trim() ?? '',
      idNumber: trimmed(c.idNumber),
      address: trimmed(c.address),
      phone: trimmed(c.phone),
      isRepresentative: Boolean(c.isRepresentative),
    })),
    content: v.content?.trim() ?? '',
    outcome: v.outcome ?? 'guided',
    refusalReason: v.outcome === 'refused' ? (v.refusalReason ?? null) : null,
    refusalNote: v.outcome === 'refused' ? trimmed(v.refusalNote) : null,
    guidance: v.outcome === 'guided' ? trimmed(v.guidance) : null,
    denunciation: v.outcome === 'petition_received' && Boolean(v.denunciation),
  };
}

const kindOptions = (Object.keys(kindLabels) as VisitKind[]).map((k) => ({
  value: k,
  label: kindLabels[k].label,
}));
const channelOptions = (Object.keys(channelLabels) as VisitChannel[]).map((c) => ({
  value: c,
  label: channelLabels[c],
}));

/** Ghi lượt tiếp công dân: one visit of a citizen or a group, saved to the logbook with its receipt number. */
export function VisitForm() {
  const user = useCurrentUser();
  const home = user.grants[0];
  const [form] = Form.useForm<Values>();
  const create = useCreateVisit();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const kind = Form.useWatch('kind', form);
  const outcome = Form.useWatch('outcome', form);
  const unitId = Form.useWatch('unitId', form);
  const receivedAt = Form.useWatch('receivedAt', form);
  const citizens = Form.useWatch('citizens', form);
  const idNumbers = (citizens ?? []).map((c) => c?.idNumber?.trim() ?? '').filter(Boolean);

  const submit = (v: Values) => {
    setOtherErrors([]);
    create.mutate(toInput(v), {
      onSuccess: (visit) => {
        message.success(`Đã ghi lượt tiếp, phiếu số ${visit.receiptNo}`);
        navigate(`/tiep-cong-dan/luot/${visit.id}`);
      },
      onError: (e) => setOtherErrors(applyNestedProblem(form, e, shownFields(v))),
    });
  };

  return (
    <Form<Values>
      form={form}
      name="visit-form"
      layout="vertical"
      onFinish={submit}
      scrollToFirstError
      initialValues={{
        unitId: home?.unitId,
        receivedAt: dayjs(),
        kind: 'regular',
        channel: 'in_person',
        receiverIsLeader: false,
        groupSize: 1,
        citizens: [{ ...emptyCitizen }],
        outcome: 'guided',
      }}
      onValuesChange={(changed: Partial<Values>) => {
        clearChangedErrors(form, changed);
        // A periodic reception is the leader's own by definition (Luật TCD Điều 12, 15, 18).
        if (changed.kind === 'leader_periodic') form.setFieldValue('receiverIsLeader', true);
      }}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {otherErrors.length > 0 && <Alert type="error" showIcon title={otherErrors.join('; ')} />}
        <Card size="small" title="Thông tin lượt tiếp">
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Form.Item label="Đơn vị" name="unitId" rules={[{ required: true, message: 'Chọn đơn vị' }]}>
                <UnitPicker initialLabel={home?.unitName} allowClear={false} data-testid="visit-unit" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item label="Thời điểm tiếp" name="receivedAt">
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="DD/MM/YYYY HH:mm"
                  style={{ width: '100%' }}
                  disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item label="Kênh tiếp" name="channel">
                <Radio.Group optionType="button" options={channelOptions} />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item
                label="Địa điểm"
                name="place"
                rules={[{ required: true, message: 'Nhập địa điểm tiếp' }]}
              >
                <Input maxLength={300} placeholder="Ví dụ: Trụ sở tiếp công dân phường" />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item label="Hình thức tiếp" name="kind">
                <Radio.Group optionType="button" options={kindOptions} />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item label="Người tiếp" name="receiverName" extra="Để trống nếu chính bạn tiếp.">
                <Input maxLength={200} placeholder={user.fullName} />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item label=" " name="receiverIsLeader" valuePropName="checked">
                <Checkbox>Lãnh đạo trực tiếp tiếp</Checkbox>
              </Form.Item>
            </Col>
            {kind === 'leader_periodic' && unitId && (
              <Col xs={24} lg={12}>
                <Form.Item label="Buổi tiếp định kỳ" name="sessionId">
                  <SessionSelect unitId={unitId} day={receivedAt ?? null} />
                </Form.Item>
              </Col>
            )}
          </Row>
        </Card>
        <Card size="small" title="Công dân">
          <Form.Item
            label="Số người"
            name="groupSize"
            extra="Tổng số người đến, kể cả những người không ghi tên dưới đây."
          >
            <InputNumber min={1} max={10000} style={{ width: 140 }} />
          </Form.Item>
          <CitizensList />
          <Form.Item
            label="Vụ việc"
            style={{ marginTop: 16 }}
            name="matterId"
            extra="Công dân trở lại về việc đã trình bày: gộp vào vụ việc cũ để thống kê đúng số vụ việc."
          >
            <MatterField unitId={unitId} idNumbers={idNumbers} />
          </Form.Item>
        </Card>
        <Card size="small" title="Nội dung và kết quả">
          <Form.Item label="Nội dung" name="content" rules={[{ required: true, message: 'Nhập nội dung' }]}>
            <Input.TextArea rows={4} maxLength={5000} showCount placeholder="Nội dung công dân trình bày" />
          </Form.Item>
          <OutcomeFields outcome={outcome} />
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            Lưu lượt tiếp
          </Button>
          <Button onClick={() => navigate('/tiep-cong-dan')}>Hủy</Button>
        </Space>
      </Space>
    </Form>
  );
}

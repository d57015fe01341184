import { Alert, Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../../app/session';
import { UnitPicker } from '../../../components/UnitPicker';
import { formatDate, formatNumber } from '../../../lib/format';
import { useCreatePetition, useVisitForIntake } from '../api';
import { applyFieldErrors, clearEditedErrors } from '../formErrors';
import { channelOptions, kindOptions } from '../labels';
import type { PetitionCreated } from '../types';
import { fromVisit, type IntakeValues, shownPaths, toInput } from './intakeValues';
import { RespondentSelect } from './RespondentSelect';
import { SenderFields } from './SenderFields';

type Values = IntakeValues;

/** Tiếp nhận đơn: a petition from any channel, possibly handed in at a reception visit. */
export function PetitionForm({
  visitId,
  onCreated,
}: {
  visitId?: string;
  onCreated: (r: PetitionCreated) => void;
}) {
  const user = useCurrentUser();
  const home = user.grants[0];
  const [form] = Form.useForm<Values>();
  const create = useCreatePetition();
  const navigate = useNavigate();
  const visit = useVisitForIntake(visitId);
  const [unitLabel, setUnitLabel] = useState(home?.unitName);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const channel = Form.useWatch('channel', form);
  const kind = Form.useWatch('kind', form);
  const anonymous = Form.useWatch('anonymous', form) ?? false;

  useEffect(() => {
    if (!visit.data) return;
    setUnitLabel(visit.data.unitName);
    form.setFieldsValue(fromVisit(visit.data));
  }, [visit.data, form]);

  const submit = (v: Values) => {
    setOtherErrors([]);
    create.mutate(toInput(v), {
      onSuccess: onCreated,
      onError: (e) => setOtherErrors(applyFieldErrors(form, e, shownPaths(v))),
    });
  };

  return (
    <Form<Values>
      form={form}
      name="petition-form"
      layout="vertical"
      onFinish={submit}
      scrollToFirstError
      initialValues={{
        unitId: home?.unitId,
        channel: 'in_person',
        receivedOn: dayjs(),
        signerCount: 1,
        anonymous: false,
        visitId,
      }}
      onValuesChange={(changed: Record<string, unknown>) => {
        clearEditedErrors(form, changed);
        if (changed.anonymous === true) form.setFieldValue('sender', undefined);
      }}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {otherErrors.length > 0 && <Alert type="error" showIcon title={otherErrors.join('; ')} />}
        {visit.data && (
          <Alert
            type="info"
            showIcon
            data-testid="intake-from-visit"
            title={`Đơn nhận tại lượt tiếp công dân, phiếu số ${visit.data.receiptNo} ngày ${formatDate(visit.data.receivedOn)}`}
            description={
              visit.data.citizensSealed
                ? 'Người tố cáo đã được bảo mật từ lượt tiếp: đơn tố cáo tự gắn với thông tin đã mã hóa, không cần nhập lại.'
                : visit.data.groupSize > 1
                  ? `Đoàn ${formatNumber(visit.data.groupSize)} người; thông tin người đại diện đã được điền sẵn.`
                  : 'Thông tin công dân đã được điền sẵn.'
            }
          />
        )}
        <Card size="small" title="Tiếp nhận">
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Form.Item
                label="Đơn vị tiếp nhận"
                name="unitId"
                rules={[{ required: true, message: 'Chọn đơn vị' }]}
              >
                <UnitPicker initialLabel={unitLabel} allowClear={false} data-testid="petition-unit" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item label="Ngày nhận" name="receivedOn">
                <DatePicker
                  format="DD/MM/YYYY"
                  style={{ width: '100%' }}
                  allowClear={false}
                  disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item label="Nguồn đơn" name="channel">
                <Select options={channelOptions} data-testid="petition-channel" />
              </Form.Item>
            </Col>
            {channel === 'forwarded' && (
              <Col xs={24} lg={12}>
                <Form.Item
                  label="Cơ quan chuyển"
                  name="forwardedBy"
                  rules={[{ required: true, message: 'Nhập cơ quan chuyển đơn' }]}
                >
                  <Input maxLength={300} placeholder="Ví dụ: Thanh tra tỉnh Quảng Ninh" />
                </Form.Item>
              </Col>
            )}
            <Col xs={24} lg={12}>
              <Form.Item
                label="Lượt tiếp"
                name="visitId"
                extra="Mã lượt tiếp công dân, khi đơn được nhận tại buổi tiếp (để trống nếu không có)."
                rules={[{ pattern: /^[0-9a-f-]{36}$/i, message: 'Mã lượt tiếp không hợp lệ' }]}
              >
                <Input maxLength={36} allowClear />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title="Nội dung đơn">
          <Row gutter={16}>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item label="Loại đơn" name="kind" extra="Có thể để trống và phân loại sau.">
                <Select
                  allowClear
                  placeholder="Chưa phân loại"
                  options={kindOptions}
                  data-testid="petition-kind"
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item label="Số người ký" name="signerCount">
                <InputNumber min={1} max={10000} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item label="Địa điểm xảy ra vụ việc" name="location">
                <Input maxLength={300} placeholder="Ví dụ: Tổ 5, khu 3, phường Hà Tu" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item label="Tiêu đề" name="subject" rules={[{ required: true, message: 'Nhập tiêu đề' }]}>
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item
                label="Nội dung"
                name="content"
                rules={[{ required: true, message: 'Nhập nội dung đơn' }]}
              >
                <Input.TextArea rows={5} maxLength={20000} showCount />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item
                label={
                  kind === 'complaint'
                    ? 'Cơ quan có quyết định, hành vi bị khiếu nại'
                    : kind === 'denunciation'
                      ? 'Cơ quan quản lý người bị tố cáo'
                      : 'Cơ quan phụ trách nội dung đơn'
                }
                name="respondentOrgId"
                extra="Hệ thống gợi ý thẩm quyền giải quyết và nơi chuyển đơn theo cơ quan này."
              >
                <RespondentSelect />
              </Form.Item>
            </Col>
            {kind === 'denunciation' && (
              <>
                <Col xs={24} lg={12}>
                  <Form.Item label="Người bị tố cáo" name="accusedName">
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
                <Col xs={24} lg={12}>
                  <Form.Item label="Chức vụ, nơi công tác của người bị tố cáo" name="accusedPosition">
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
              </>
            )}
          </Row>
        </Card>
        <Card size="small" title="Người gửi">
          <SenderFields anonymous={anonymous} isDenunciation={kind === 'denunciation'} />
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            Lưu đơn
          </Button>
          <Button onClick={() => navigate('/don-thu')}>Hủy</Button>
        </Space>
      </Space>
    </Form>
  );
}

import { Alert, Button, Checkbox, Col, Form, Input, Row, Typography } from 'antd';
import { representativeLimits } from '../../../../domain/reception';
import { DeleteOutlined, PlusOutlined } from '../../../components/icons';

export const emptyCitizen = { fullName: '', idNumber: '', address: '', phone: '', isRepresentative: false };

const head = (text: string) => (
  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
    {text}
  </Typography.Text>
);

/** The people who came: one row each (a large group lists its representatives and whoever gave a name). */
export function CitizensList() {
  const groupSize = Form.useWatch<number | undefined>('groupSize') ?? 1;
  const limits = representativeLimits(groupSize);
  return (
    <>
      {limits && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="representative-hint"
          title={`Đoàn ${groupSize} người: cử từ ${limits.min} đến ${limits.max} người đại diện trình bày nội dung; đánh dấu "Người đại diện" ở các dòng tương ứng.`}
          description={`Căn cứ: ${limits.basis}.`}
        />
      )}
      <Form.List name="citizens">
        {(fields, { add, remove }, { errors }) => (
          <>
            <Row gutter={8} style={{ marginBottom: 4 }}>
              <Col span={6}>{head('Họ và tên *')}</Col>
              <Col span={4}>{head('Số CCCD')}</Col>
              <Col span={6}>{head('Địa chỉ')}</Col>
              <Col span={4}>{head('Điện thoại')}</Col>
              <Col span={3}>{head('Người đại diện')}</Col>
            </Row>
            {fields.map((field, index) => (
              <Row gutter={8} key={field.key} data-testid={`citizen-row-${index}`}>
                <Col span={6}>
                  <Form.Item
                    name={[field.name, 'fullName']}
                    rules={[{ required: true, message: 'Nhập họ và tên' }]}
                    style={{ marginBottom: 8 }}
                  >
                    <Input aria-label={`Họ và tên công dân ${index + 1}`} maxLength={200} />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item name={[field.name, 'idNumber']} style={{ marginBottom: 8 }}>
                    <Input aria-label={`Số CCCD công dân ${index + 1}`} maxLength={12} inputMode="numeric" />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item name={[field.name, 'address']} style={{ marginBottom: 8 }}>
                    <Input aria-label={`Địa chỉ công dân ${index + 1}`} maxLength={300} />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item name={[field.name, 'phone']} style={{ marginBottom: 8 }}>
                    <Input aria-label={`Điện thoại công dân ${index + 1}`} maxLength={13} inputMode="tel" />
                  </Form.Item>
                </Col>
                <Col span={3}>
                  <Form.Item
                    name={[field.name, 'isRepresentative']}
                    valuePropName="checked"
                    style={{ marginBottom: 8 }}
                  >
                    <Checkbox aria-label={`Công dân ${index + 1} là người đại diện`}>Đại diện</Checkbox>
                  </Form.Item>
                </Col>
                <Col span={1}>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={`Xóa công dân ${index + 1}`}
                    disabled={fields.length === 1}
                    onClick={() => remove(field.name)}
                  />
                </Col>
              </Row>
            ))}
            {errors.length > 0 && (
              <Form.Item style={{ marginBottom: 8 }}>
                <Form.ErrorList errors={errors} />
              </Form.Item>
            )}
            <Button icon={<PlusOutlined />} onClick={() => add({ ...emptyCitizen })} style={{ marginTop: 4 }}>
              Thêm công dân
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}

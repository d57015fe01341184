import { Col, Form, Input, Row, Switch, Typography } from 'antd';

/** The sender's identity, or the switch that records the letter as anonymous and clears it. */
export function SenderFields({ anonymous, isDenunciation }: { anonymous: boolean; isDenunciation: boolean }) {
  return (
    <>
      <Form.Item label="Đơn nặc danh" name="anonymous" valuePropName="checked" style={{ marginBottom: 12 }}>
        <Switch checkedChildren="Có" unCheckedChildren="Không" />
      </Form.Item>
      {anonymous ? (
        <Typography.Paragraph type="secondary">
          Đơn không ghi hoặc không xác định được người gửi.
          {isDenunciation &&
            ' Tố cáo nặc danh không được thụ lý giải quyết như tố cáo; nếu nội dung rõ ràng, có chứng cứ cụ thể thì kiểm tra theo thẩm quyền hoặc chuyển cơ quan có thẩm quyền (Luật Tố cáo 2018, Điều 25).'}
        </Typography.Paragraph>
      ) : (
        <Row gutter={16}>
          {isDenunciation && (
            <Col span={24}>
              <Typography.Paragraph type="warning">
                Thông tin người tố cáo được mã hóa và giữ bí mật; chỉ cán bộ được giao thụ lý mới được xem
                (Luật Tố cáo 2018, Điều 47).
              </Typography.Paragraph>
            </Col>
          )}
          <Col xs={24} lg={12}>
            <Form.Item
              label="Họ và tên người gửi"
              name={['sender', 'name']}
              rules={[{ required: true, message: 'Nhập họ và tên người gửi' }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item label="Số CCCD" name={['sender', 'idNumber']}>
              <Input maxLength={12} inputMode="numeric" placeholder="12 chữ số" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item label="Điện thoại" name={['sender', 'phone']}>
              <Input maxLength={13} inputMode="tel" placeholder="Ví dụ: 0912345678" />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item label="Địa chỉ" name={['sender', 'address']}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item label="Thư điện tử" name={['sender', 'email']}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
      )}
    </>
  );
}

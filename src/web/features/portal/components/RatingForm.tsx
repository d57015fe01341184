import { Alert, Button, Card, Form, Input, Rate, Typography } from 'antd';
import { problemMessage } from '../../../api/client';
import { useRatePetition } from '../api';

const tooltips = ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'];

/** The sender rates the answer once; that closes the petition. */
export function RatingForm({ code }: { code: string }) {
  const rate = useRatePetition(code);
  return (
    <Card size="small" title="Đánh giá kết quả giải quyết" data-testid="portal-rating">
      <Typography.Paragraph type="secondary">
        Đơn của bạn đã được giải quyết. Mức độ hài lòng của bạn giúp cơ quan phục vụ tốt hơn.
      </Typography.Paragraph>
      {rate.isError && (
        <Alert type="error" showIcon title={problemMessage(rate.error)} style={{ marginBottom: 12 }} />
      )}
      <Form<{ rating?: number; comment?: string; pin?: string }>
        layout="vertical"
        name="rating"
        onFinish={(v) =>
          rate.mutate({
            rating: v.rating ?? 0,
            comment: v.comment?.trim() || null,
            pin: v.pin?.trim() || undefined,
          })
        }
      >
        <Form.Item
          label="Mức độ hài lòng"
          name="rating"
          rules={[{ required: true, message: 'Chọn từ 1 đến 5 sao' }]}
        >
          <Rate tooltips={tooltips} style={{ fontSize: 32 }} />
        </Form.Item>
        <Form.Item
          label="Mã PIN"
          name="pin"
          extra="6 chữ số in trên giấy biên nhận hoặc hiện khi gửi đơn; không cần nếu bạn đã đăng nhập và đây là đơn của bạn."
          rules={[{ pattern: /^\d{6}$/, message: 'Mã PIN gồm 6 chữ số' }]}
        >
          <Input inputMode="numeric" maxLength={6} autoComplete="off" style={{ maxWidth: 200 }} />
        </Form.Item>
        <Form.Item label="Ý kiến thêm" name="comment">
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={rate.isPending} data-testid="portal-rate-submit">
          Gửi đánh giá
        </Button>
      </Form>
    </Card>
  );
}

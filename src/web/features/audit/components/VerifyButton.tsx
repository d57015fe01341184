import { Alert, Button, Space } from 'antd';
import { problemMessage } from '../../../api/client';
import { SafetyCertificateOutlined } from '../../../components/icons';
import { formatNumber } from '../../../lib/format';
import { useVerifyAudit } from '../api';

/** Recomputes the hash chain on the server and says whether any entry was altered or removed. */
export function VerifyButton() {
  const verify = useVerifyAudit();
  const result = verify.data;
  return (
    <Space orientation="vertical" align="end" style={{ width: '100%' }}>
      <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
        Kiểm tra tính toàn vẹn
      </Button>
      {verify.isError && <Alert type="error" showIcon title={problemMessage(verify.error)} />}
      {result?.ok && (
        <Alert
          type="success"
          showIcon
          data-testid="audit-verify-result"
          title={`Nhật ký toàn vẹn: đã kiểm tra ${formatNumber(result.checked)} bản ghi, không phát hiện sửa đổi.`}
        />
      )}
      {result && !result.ok && (
        <Alert
          type="error"
          showIcon
          data-testid="audit-verify-result"
          title="Phát hiện nhật ký bị sửa đổi hoặc mất bản ghi"
          description={`Đã kiểm tra ${formatNumber(result.checked)} bản ghi. Chuỗi bị đứt tại bản ghi ${result.brokenAt?.id ?? '(không xác định)'}.`}
        />
      )}
    </Space>
  );
}

import { Alert, App, Button, Card, List, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiProblem, problemMessage } from '../../../api/client';
import { useCan } from '../../../app/session';
import { formatDate } from '../../../lib/format';
import { type Attachment, downloadAttachment, useAttachments, useUploadAttachment } from '../api';

const accept = '.pdf,.jpg,.jpeg,.png,.docx';
const allowed = /\.(pdf|jpe?g|png|docx)$/i;
const maxBytes = 5 * 1024 * 1024;
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** 2048 → "2 KB", 1572864 → "1,5 MB" (vi-VN decimal comma). */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${decimal.format(bytes / (1024 * 1024))} MB`;
  return `${decimal.format(Math.max(bytes / 1024, 0.1))} KB`;
}

/** The server's own message for a refused upload: its first field error, else its title. */
function uploadError(error: unknown): string {
  if (error instanceof ApiProblem && error.errors[0]?.message) return error.errors[0].message;
  return problemMessage(error);
}

/** Tệp đính kèm: the petition's papers; staff with petition.write add more (PDF, JPG, PNG, DOCX ≤ 5 MB). */
export function AttachmentsCard({ petitionId }: { petitionId: string }) {
  const files = useAttachments(petitionId);
  const upload = useUploadAttachment(petitionId);
  const canWrite = useCan('petition.write');
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const [downloading, setDownloading] = useState<string | null>(null);

  const download = async (file: Attachment) => {
    setDownloading(file.id);
    try {
      await downloadAttachment(petitionId, file);
    } catch (e) {
      message.error(problemMessage(e));
    } finally {
      setDownloading(null);
    }
  };

  const send = (file: File) => {
    setError(null);
    if (!allowed.test(file.name)) {
      setError('Chỉ nhận tệp PDF, JPG, PNG hoặc DOCX');
      return;
    }
    if (file.size > maxBytes) {
      setError(`Tệp ${file.name} lớn hơn 5 MB`);
      return;
    }
    upload.mutate(file, {
      onSuccess: (a) => message.success(`Đã đính kèm tệp ${a.fileName}`),
      onError: (e) => setError(uploadError(e)),
    });
  };

  return (
    <Card
      size="small"
      title="Tệp đính kèm"
      data-testid="attachments-card"
      extra={
        canWrite && (
          <Upload
            accept={accept}
            showUploadList={false}
            beforeUpload={(file) => {
              send(file);
              return false; // sent by our own mutation, with the CSRF header
            }}
          >
            <Button size="small" loading={upload.isPending} data-testid="attachment-upload">
              Tải tệp lên
            </Button>
          </Upload>
        )
      }
    >
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          closable={{ onClose: () => setError(null) }}
          style={{ marginBottom: 12 }}
          data-testid="attachment-error"
        />
      )}
      {files.isError ? (
        <Alert type="error" showIcon title={problemMessage(files.error)} />
      ) : (
        <List<Attachment>
          size="small"
          loading={files.isPending}
          dataSource={files.data ?? []}
          locale={{ emptyText: 'Chưa có tệp đính kèm' }}
          data-testid="attachment-list"
          renderItem={(file) => (
            <List.Item
              actions={[
                <Button
                  key="download"
                  type="link"
                  size="small"
                  loading={downloading === file.id}
                  onClick={() => download(file)}
                >
                  Tải về
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={<Typography.Text>{file.fileName}</Typography.Text>}
                description={`${formatSize(file.sizeBytes)} · ${formatDate(file.createdAt)}`}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

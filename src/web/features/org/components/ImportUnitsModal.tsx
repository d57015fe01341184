import { Alert, Button, Modal, Radio, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiProblem, problemMessage } from '../../../api/client';
import { InboxOutlined } from '../../../components/icons';
import { formatNumber } from '../../../lib/format';
import { type ImportResult, type ImportRowError, useImportUnits } from '../api';

type Mode = 'all' | 'valid';

interface Outcome {
  dryRun: boolean;
  result: ImportResult | null;
  /** Row errors of a refused import (mode all answers 422 with the same rows). */
  errors: ImportRowError[];
  message?: string;
}

/** Vietnamese names of the file's columns, shown beside the column name the user typed. */
const columnNames: Record<string, string> = {
  ma: 'Mã',
  ten: 'Tên',
  loai: 'Loại',
  ma_cap_tren: 'Mã cấp trên',
  vung_kho_khan: 'Vùng khó khăn',
  hieu_luc_tu: 'Hiệu lực từ',
};

function columnLabel(field: string): string {
  const name = columnNames[field];
  return name ? `${name} (${field})` : field;
}

/**
 * Row errors of a refused import. The contract promises { row, field }; the server currently answers
 * { path: "rows.3.ten", message: "Dòng 3: …" }, so both shapes are read.
 */
function rowErrors(error: unknown): ImportRowError[] {
  if (!(error instanceof ApiProblem)) return [];
  return error.errors.map((e) => {
    const match = /^rows\.(\d+)\.(.+)$/.exec(e.path ?? '');
    const row = e.row ?? (match ? Number(match[1]) : 0);
    const field = e.field ?? (match ? (match[2] ?? '') : (e.path ?? ''));
    return { row, field, message: e.message.replace(/^Dòng \d+:\s*/, '') };
  });
}

function OutcomeView({ outcome }: { outcome: Outcome }) {
  const { result, errors, dryRun } = outcome;
  const ok = result && errors.length === 0;
  const summary = result
    ? dryRun
      ? `Kiểm tra ${formatNumber(result.total)} dòng: ${formatNumber(result.total - errors.length)} dòng hợp lệ, ${formatNumber(errors.length)} dòng lỗi.`
      : `Đã nhập ${formatNumber(result.imported)}/${formatNumber(result.total)} dòng.`
    : (outcome.message ?? 'Không nhập được tệp.');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert
        type={ok ? 'success' : result ? 'warning' : 'error'}
        showIcon
        title={summary}
        data-testid="import-summary"
      />
      {errors.length > 0 && (
        <Table<ImportRowError>
          size="small"
          rowKey={(r) => `${r.row}-${r.field}-${r.message}`}
          dataSource={errors}
          pagination={{ pageSize: 8, hideOnSinglePage: true }}
          data-testid="import-errors"
          columns={[
            { title: 'Dòng', dataIndex: 'row', width: 70 },
            { title: 'Trường', dataIndex: 'field', width: 190, render: (f: string) => columnLabel(f) },
            { title: 'Lỗi', dataIndex: 'message' },
          ]}
        />
      )}
    </Space>
  );
}

export function ImportUnitsModal({
  open,
  onClose,
  onImported,
}: {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<Mode>('all');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const importUnits = useImportUnits();

  const run = (dryRun: boolean) => {
    if (!file) return;
    setOutcome(null);
    importUnits.mutate(
      { file, mode, dryRun },
      {
        onSuccess: (result) => {
          setOutcome({ dryRun, result, errors: result.errors });
          if (!dryRun && result.imported > 0) onImported();
        },
        onError: (e) =>
          setOutcome({ dryRun, result: null, errors: rowErrors(e), message: problemMessage(e) }),
      },
    );
  };

  const close = () => {
    setFile(null);
    setOutcome(null);
    onClose();
  };

  return (
    <Modal
      open={open}
      onCancel={close}
      title="Nhập đơn vị từ tệp"
      width={720}
      footer={[
        <Button key="close" onClick={close}>
          Đóng
        </Button>,
        <Button key="check" disabled={!file} loading={importUnits.isPending} onClick={() => run(true)}>
          Kiểm tra trước
        </Button>,
        <Button
          key="import"
          type="primary"
          disabled={!file}
          loading={importUnits.isPending}
          onClick={() => run(false)}
        >
          Nhập
        </Button>,
      ]}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ margin: 0 }}>
          Tệp CSV hoặc Excel (.xlsx), dòng đầu là tiêu đề với các cột:{' '}
          <Typography.Text code>ma</Typography.Text>, <Typography.Text code>ten</Typography.Text>,{' '}
          <Typography.Text code>loai</Typography.Text>, <Typography.Text code>ma_cap_tren</Typography.Text>,{' '}
          <Typography.Text code>vung_kho_khan</Typography.Text> (ghi &quot;x&quot; nếu là vùng khó khăn) và
          tùy chọn <Typography.Text code>hieu_luc_tu</Typography.Text> (năm-tháng-ngày, ví dụ 2025-07-01).
        </Typography.Paragraph>
        <Upload.Dragger
          accept=".csv,.xlsx"
          maxCount={1}
          data-testid="import-file"
          beforeUpload={(f) => {
            setFile(f);
            setOutcome(null);
            return false; // keep the file here; it is sent with the chosen mode, not on drop
          }}
          onRemove={() => setFile(null)}
          fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">Bấm hoặc kéo thả tệp vào đây</p>
          <p className="ant-upload-hint">Dung lượng tối đa 5 MB</p>
        </Upload.Dragger>
        <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)} data-testid="import-mode">
          <Space orientation="vertical">
            <Radio value="all">Chỉ nhập khi tất cả các dòng hợp lệ</Radio>
            <Radio value="valid">Nhập các dòng hợp lệ, bỏ qua dòng lỗi</Radio>
          </Space>
        </Radio.Group>
        {outcome && <OutcomeView outcome={outcome} />}
      </Space>
    </Modal>
  );
}

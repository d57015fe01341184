import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { downloadFile } from '../download';
import { DownloadOutlined } from '../icons';

export interface ExportButtonProps {
  /** API path of the report, e.g. /api/reports/reception.xlsx. */
  path: string;
  /** The report is cut per child unit, so it always needs one; none disables the button. */
  unitId: string | undefined;
  from: string;
  to: string;
  label: string;
  fallbackName: string;
  testId?: string;
}

/** Downloads a report form as Excel for the unit and period on screen. */
export function ExportButton({ path, unitId, from, to, label, fallbackName, testId }: ExportButtonProps) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (!unitId) return;
    setBusy(true);
    try {
      const name = await downloadFile(path, { unitId, from, to }, fallbackName);
      message.success(`Đã tải xuống ${name}`);
    } catch (error) {
      message.error(error instanceof Error ? error.message : 'Không tải được tệp, vui lòng thử lại sau');
    } finally {
      setBusy(false);
    }
  };
  const button = (
    <Button icon={<DownloadOutlined />} loading={busy} disabled={!unitId} onClick={run} data-testid={testId}>
      {label}
    </Button>
  );
  return unitId ? button : <Tooltip title="Chọn một đơn vị để xuất biểu">{button}</Tooltip>;
}

import { Alert, App, Button, DatePicker, Drawer, Flex, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { DeleteOutlined, PlusOutlined } from '../../../components/icons';
import { applyNestedProblem, clearChangedErrors } from '../../reception/formErrors';
import { type CalendarYear, useSaveCalendarYear } from '../api';
import { DayRangeAdder } from './DayRangeAdder';

interface Values {
  daysOff: { date: Dayjs | null; name: string }[];
  workingDays: (Dayjs | null)[];
  basis: string;
}

const shown = ['daysOff', 'daysOff.*.date', 'daysOff.*.name', 'workingDays', 'workingDays.*', 'basis'];

function initialValues(calendar: CalendarYear): Values {
  return {
    daysOff: calendar.daysOff.map((d) => ({ date: dayjs(d.date), name: d.name })),
    workingDays: calendar.workingDays.map((d) => dayjs(d)),
    // A computed year has no decision yet: its explanatory basis is not a document number.
    basis: calendar.source === 'computed' ? '' : calendar.basis,
  };
}

const iso = (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : '');

/** Enters the year's days off as decided by the Prime Minister (calendar.write). */
export function YearDecisionDrawer(props: { calendar: CalendarYear; open: boolean; onClose: () => void }) {
  const { calendar, open, onClose } = props;
  const [form] = Form.useForm<Values>();
  const save = useSaveCalendarYear();
  const { message } = App.useApp();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const yearStart = dayjs(`${calendar.year}-01-01`);

  const submit = (v: Values) => {
    const input = {
      daysOff: (v.daysOff ?? []).map((d) => ({ date: iso(d.date), name: d.name ?? '' })),
      workingDays: (v.workingDays ?? []).map(iso),
      basis: v.basis ?? '',
    };
    save.mutate(
      { year: calendar.year, input },
      {
        onSuccess: () => {
          message.success(`Đã lưu lịch nghỉ năm ${calendar.year}`);
          onClose();
        },
        onError: (e) => setOtherErrors(applyNestedProblem(form, e, shown)),
      },
    );
  };

  return (
    <Drawer
      title={`Nhập lịch nghỉ lễ, Tết năm ${calendar.year}`}
      open={open}
      onClose={onClose}
      size={720}
      destroyOnHidden
      afterOpenChange={() => setOtherErrors([])}
      extra={
        <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
          Lưu lịch nghỉ
        </Button>
      }
    >
      <Form
        form={form}
        layout="vertical"
        name="year-decision"
        onValuesChange={(changed) => clearChangedErrors(form, changed)}
        initialValues={initialValues(calendar)}
        onFinish={submit}
      >
        {otherErrors.length > 0 && (
          <Alert type="error" showIcon title={otherErrors.join('; ')} style={{ marginBottom: 16 }} />
        )}
        <Form.Item
          label="Căn cứ (văn bản quyết định)"
          name="basis"
          rules={[{ required: true, message: 'Ghi rõ văn bản quyết định (số, ngày)' }]}
        >
          <Input.TextArea rows={2} maxLength={500} placeholder="Ví dụ: Thông báo số …/TB-BNV ngày …" />
        </Form.Item>
        <Typography.Title level={5}>Ngày nghỉ (trừ thứ Bảy, Chủ nhật)</Typography.Title>
        <Form.List name="daysOff">
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="flex-start">
                  <Form.Item
                    name={[field.name, 'date']}
                    rules={[{ required: true, message: 'Chọn ngày' }]}
                    style={{ width: 160, marginBottom: 8 }}
                  >
                    <DatePicker format="DD/MM/YYYY" placeholder="Ngày" defaultPickerValue={yearStart} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[{ required: true, message: 'Nhập tên ngày nghỉ' }]}
                    style={{ flex: 1, marginBottom: 8 }}
                  >
                    <Input placeholder="Tên ngày nghỉ, ví dụ Tết Nguyên đán" maxLength={200} />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label="Xóa ngày nghỉ"
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              {errors.length > 0 && (
                <Form.Item style={{ marginBottom: 8 }}>
                  <Form.ErrorList errors={errors} />
                </Form.Item>
              )}
              <Flex gap={8} wrap style={{ marginBottom: 16 }}>
                <Button icon={<PlusOutlined />} onClick={() => add({ date: null, name: '' })}>
                  Thêm ngày nghỉ
                </Button>
                <DayRangeAdder
                  year={calendar.year}
                  onAdd={(days) => {
                    for (const d of days) add({ date: d.date, name: d.name });
                  }}
                />
              </Flex>
            </>
          )}
        </Form.List>
        <Typography.Title level={5}>Ngày làm bù (thứ Bảy đi làm)</Typography.Title>
        <Form.List name="workingDays">
          {(fields, { add, remove }, { errors }) => (
            <>
              <Flex gap={8} wrap>
                {fields.map((field) => (
                  <Flex key={field.key} gap={4} align="flex-start">
                    <Form.Item
                      name={field.name}
                      rules={[{ required: true, message: 'Chọn ngày' }]}
                      style={{ marginBottom: 8 }}
                    >
                      <DatePicker format="DD/MM/YYYY" placeholder="Ngày" defaultPickerValue={yearStart} />
                    </Form.Item>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label="Xóa ngày làm bù"
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                ))}
              </Flex>
              {errors.length > 0 && (
                <Form.Item style={{ marginBottom: 8 }}>
                  <Form.ErrorList errors={errors} />
                </Form.Item>
              )}
              <Button icon={<PlusOutlined />} onClick={() => add(null)}>
                Thêm ngày làm bù
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}

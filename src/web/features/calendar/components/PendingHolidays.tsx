import { Alert, App, Flex, List, Switch, Tag, Typography } from 'antd';
import { problemMessage } from '../../../api/client';
import { useCan } from '../../../app/session';
import { type PendingHoliday, useTogglePendingHoliday } from '../api';

/** Holidays announced by the Party but not yet in the Labour Code: applied only once an administrator says so. */
export function PendingHolidays({ items }: { items: PendingHoliday[] }) {
  const canWrite = useCan('calendar.write');
  const toggle = useTogglePendingHoliday();
  const { message } = App.useApp();
  if (items.length === 0) return null;
  return (
    <>
      {toggle.isError && <Alert type="error" showIcon title={problemMessage(toggle.error)} />}
      <List
        size="small"
        dataSource={items}
        renderItem={(p) => (
          <List.Item
            key={p.key}
            actions={
              canWrite
                ? [
                    <Switch
                      key="switch"
                      checked={p.enabled}
                      loading={toggle.isPending}
                      aria-label={`Áp dụng ${p.name}`}
                      data-testid={`pending-${p.key}`}
                      onChange={(enabled) =>
                        toggle.mutate(
                          { key: p.key, enabled },
                          {
                            onSuccess: () =>
                              message.success(enabled ? `Đã áp dụng ${p.name}` : `Đã bỏ áp dụng ${p.name}`),
                          },
                        )
                      }
                    />,
                  ]
                : undefined
            }
          >
            <List.Item.Meta
              title={
                <Flex gap={8} wrap align="center">
                  <span>
                    {p.name} ({p.key.split('-').reverse().join('/')})
                  </span>
                  <Tag color={p.enabled ? 'green' : 'default'}>
                    {p.enabled ? 'Đang áp dụng' : 'Chưa áp dụng'}
                  </Tag>
                </Flex>
              }
              description={<Typography.Text type="secondary">{p.basis}</Typography.Text>}
            />
          </List.Item>
        )}
      />
    </>
  );
}

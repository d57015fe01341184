import { Alert, Card, Empty, Skeleton, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ApiProblem, problemMessage } from '../../../api/client';
import { formatDate } from '../../../lib/format';
import { kindLabel, statusColor } from '../../petitions/labels';
import { type MyPetition, useMyPetitions } from '../api';
import { PortalLayout } from '../components/PortalLayout';

/** Đơn của tôi: the petitions a signed-in citizen has sent, newest first. */
export function MyPetitionsPage() {
  const mine = useMyPetitions();
  const signedOut = mine.error instanceof ApiProblem && mine.error.status === 401;
  return (
    <PortalLayout>
      <Card title="Đơn của tôi">
        {mine.isPending && <Skeleton active />}
        {signedOut && (
          <Alert
            type="info"
            showIcon
            title="Bạn cần đăng nhập để xem các đơn đã gửi"
            description={
              <span>
                <Link to="/">Đăng nhập</Link> rồi quay lại trang này, hoặc{' '}
                <Link to="/cong-dan/tra-cuu">tra cứu đơn theo mã</Link>.
              </span>
            }
            data-testid="my-petitions-signin"
          />
        )}
        {mine.isError && !signedOut && <Alert type="error" showIcon title={problemMessage(mine.error)} />}
        {mine.data &&
          (mine.data.length === 0 ? (
            <Empty description="Bạn chưa gửi đơn nào" />
          ) : (
            <Table<MyPetition>
              rowKey="trackingCode"
              size="small"
              pagination={false}
              dataSource={mine.data}
              scroll={{ x: true }}
              columns={[
                {
                  title: 'Mã đơn',
                  dataIndex: 'trackingCode',
                  render: (code: string) => (
                    <Link
                      to={`/cong-dan/tra-cuu/${encodeURIComponent(code)}`}
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {code}
                    </Link>
                  ),
                },
                { title: 'Tiêu đề', dataIndex: 'subject' },
                { title: 'Loại đơn', dataIndex: 'kind', render: (k: MyPetition['kind']) => kindLabel(k) },
                { title: 'Nơi nhận', dataIndex: 'unitName' },
                {
                  title: 'Ngày nhận',
                  dataIndex: 'receivedOn',
                  render: (d: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(d)}</span>,
                },
                {
                  title: 'Tình trạng',
                  dataIndex: 'statusName',
                  render: (name: string, r) => <Tag color={statusColor(r.status)}>{name}</Tag>,
                },
                {
                  title: 'Hạn giải quyết',
                  dataIndex: 'dueOn',
                  render: (d: string | null) =>
                    d ? formatDate(d) : <Typography.Text type="secondary">—</Typography.Text>,
                },
              ]}
            />
          ))}
      </Card>
    </PortalLayout>
  );
}

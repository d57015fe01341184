import { Button, Result } from 'antd';
import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router';

type Kind = 'forbidden' | 'notFound' | 'crash';

const texts: Record<Kind, { status: '403' | '404' | '500'; title: string; subTitle: string }> = {
  forbidden: {
    status: '403',
    title: 'Không có quyền truy cập',
    subTitle:
      'Tài khoản của bạn không được phân quyền sử dụng chức năng này. Vui lòng liên hệ quản trị đơn vị.',
  },
  notFound: {
    status: '404',
    title: 'Không tìm thấy trang',
    subTitle: 'Trang bạn tìm không tồn tại hoặc đã được chuyển sang địa chỉ khác.',
  },
  crash: {
    status: '500',
    title: 'Đã xảy ra lỗi',
    subTitle: 'Màn hình gặp sự cố ngoài dự kiến. Vui lòng tải lại trang hoặc thử lại sau.',
  },
};

export function ErrorPage({ kind }: { kind: Kind }) {
  const navigate = useNavigate();
  const text = texts[kind];
  return (
    <Result
      status={text.status}
      title={text.title}
      subTitle={text.subTitle}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          Về trang chủ
        </Button>
      }
    />
  );
}

/** The router's errorElement: a 404 from the router or an exception thrown while rendering. */
export function RouteErrorPage() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return <ErrorPage kind={notFound ? 'notFound' : 'crash'} />;
}

import { useQueryClient } from '@tanstack/react-query';
import { Button, Result, Spin } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { problemMessage, setUnauthorizedHandler } from '../api/client';
import { authKeys, useSession } from '../features/auth/api';
import { ForcedPasswordChangePage } from '../features/auth/pages/ForcedPasswordChangePage';
import { LoginPage } from '../features/auth/pages/LoginPage';
import { SessionProvider } from './session';

function FullPage({ children }: { children: ReactNode }) {
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      {children}
    </div>
  );
}

/** Renders the app for a signed-in user, and the login page whenever the session is missing or ends. */
export function AuthGate({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const session = useSession();

  useEffect(() => {
    // Any 401 (an expired session mid-work) drops the cached user, which brings the login page back.
    setUnauthorizedHandler(() => client.setQueryData(authKeys.me, null));
    return () => setUnauthorizedHandler(null);
  }, [client]);

  if (session.isPending) {
    return (
      <FullPage>
        <Spin size="large" description="Đang tải…" />
      </FullPage>
    );
  }
  if (session.isError) {
    return (
      <FullPage>
        <Result
          status="warning"
          title="Không tải được thông tin phiên làm việc"
          subTitle={problemMessage(session.error)}
          extra={
            <Button type="primary" onClick={() => session.refetch()}>
              Thử lại
            </Button>
          }
        />
      </FullPage>
    );
  }
  if (!session.data) return <LoginPage />;
  if (session.data.user.mustChangePassword) {
    return <ForcedPasswordChangePage onDone={() => client.invalidateQueries({ queryKey: authKeys.me })} />;
  }
  return <SessionProvider user={session.data.user}>{children}</SessionProvider>;
}

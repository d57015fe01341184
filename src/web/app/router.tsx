import { Spin } from 'antd';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './AppLayout';
import { AuthGate } from './AuthGate';
import { ErrorPage, RouteErrorPage } from './ErrorPage';
import { type AppModule, appModules, isAllowed } from './modules';
import { useCurrentUser } from './session';

/** A module's page, or the 403 page when the user's grants do not allow it. */
function Guarded({ module }: { module: AppModule }) {
  const user = useCurrentUser();
  if (!isAllowed(module, user.permissions)) return <ErrorPage kind="forbidden" />;
  const { Page } = module;
  return <Page />;
}

function toRoute(module: AppModule): RouteObject {
  const element = <Guarded module={module} />;
  return module.path === '' ? { index: true, element } : { path: module.path, element };
}

/**
 * The citizens' portal lives outside the login gate: no session is asked for, and its code is loaded
 * only when a citizen opens it.
 */
const portalRoutes: RouteObject[] = [
  { path: '/cong-dan', element: <Navigate to="/cong-dan/gui-don" replace /> },
  {
    path: '/cong-dan/gui-don',
    lazy: () => import('../features/portal/pages/SubmitPage').then((m) => ({ Component: m.SubmitPage })),
  },
  {
    path: '/cong-dan/tra-cuu/:code?',
    lazy: () => import('../features/portal/pages/TrackPage').then((m) => ({ Component: m.TrackPage })),
  },
  {
    path: '/cong-dan/don-cua-toi',
    lazy: () =>
      import('../features/portal/pages/MyPetitionsPage').then((m) => ({ Component: m.MyPetitionsPage })),
  },
].map((route) => ({
  ...route,
  errorElement: <RouteErrorPage />,
  // Shown while a portal page's code loads on the first visit.
  hydrateFallbackElement: <Spin size="large" style={{ display: 'block', margin: '120px auto' }} />,
}));

export const router = createBrowserRouter([
  ...portalRoutes,
  {
    path: '/',
    element: (
      <AuthGate>
        <AppLayout />
      </AuthGate>
    ),
    errorElement: <RouteErrorPage />,
    children: [
      {
        // Pathless so that an error inside a page is shown within the layout, with the menu still there.
        errorElement: <RouteErrorPage />,
        children: [...appModules.map(toRoute), { path: '*', element: <ErrorPage kind="notFound" /> }],
      },
    ],
  },
]);

import { createBrowserRouter, type RouteObject } from 'react-router';
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

export const router = createBrowserRouter([
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

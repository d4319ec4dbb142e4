import { createBrowserRouter } from 'react-router';
import { Loading } from '@web/components/Loading';
import { NotFoundPage } from '@web/pages/NotFoundPage';
import { HomeRedirect } from './HomeRedirect';
import { AppLayout, type RouteHandle } from './layout/AppLayout';
import { ANALYST_ROLES } from './navigation';
import { RequireAuth } from './RequireAuth';
import { RequireRole } from './RequireRole';
import { RouteError } from './RouteError';

/** Each page is its own chunk, so the first load carries only the shell. */
export const router = createBrowserRouter([
  {
    Component: AppLayout,
    ErrorBoundary: RouteError,
    HydrateFallback: () => <Loading />,
    children: [
      {
        path: 'sign-in',
        lazy: async () => ({ Component: (await import('@web/pages/SignInPage')).SignInPage }),
      },
      {
        path: 'set-password',
        lazy: async () => ({ Component: (await import('@web/pages/SetPasswordPage')).SetPasswordPage }),
      },
      {
        Component: RequireAuth,
        children: [
          { index: true, Component: HomeRedirect },
          {
            path: 'upload',
            lazy: async () => ({ Component: (await import('@web/pages/UploadPage')).UploadPage }),
          },
          {
            path: 'submissions',
            lazy: async () => ({ Component: (await import('@web/pages/SubmissionsPage')).SubmissionsPage }),
          },
          {
            path: 'submissions/:id',
            handle: { wide: true } satisfies RouteHandle,
            lazy: async () => ({ Component: (await import('@web/pages/ReviewPage')).ReviewPage }),
          },
          {
            path: 'landlords/:id',
            handle: { wide: true } satisfies RouteHandle,
            lazy: async () => ({ Component: (await import('@web/pages/LandlordPage')).LandlordPage }),
          },
          {
            element: <RequireRole roles={ANALYST_ROLES} />,
            children: [
              {
                path: 'overview',
                lazy: async () => ({ Component: (await import('@web/pages/OverviewPage')).OverviewPage }),
              },
              {
                path: 'compare',
                handle: { wide: true } satisfies RouteHandle,
                lazy: async () => ({ Component: (await import('@web/pages/ComparePage')).ComparePage }),
              },
              {
                path: 'provisions',
                lazy: async () => ({ Component: (await import('@web/pages/ProvisionsPage')).ProvisionsPage }),
              },
              {
                path: 'provisions/:provision',
                handle: { wide: true } satisfies RouteHandle,
                lazy: async () => ({ Component: (await import('@web/pages/ProvisionPage')).ProvisionPage }),
              },
              {
                path: 'landlords',
                lazy: async () => ({ Component: (await import('@web/pages/LandlordsPage')).LandlordsPage }),
              },
              {
                path: 'search',
                lazy: async () => ({ Component: (await import('@web/pages/SearchPage')).SearchPage }),
              },
              {
                path: 'checks',
                lazy: async () => ({ Component: (await import('@web/pages/ChecksPage')).ChecksPage }),
              },
            ],
          },
        ],
      },
      // Also shown in place of pages a role may not open, so it is part of the first load.
      { path: '*', Component: NotFoundPage },
    ],
  },
]);

import { Navigate, createBrowserRouter } from 'react-router';
import { Loading } from '@web/components/Loading';
import { AppLayout, type RouteHandle } from './layout/AppLayout';
import { RequireAuth } from './RequireAuth';
import { RouteError } from './RouteError';

/** Each page is its own chunk, so the first load carries only the shell. */
export const router = createBrowserRouter([
  {
    Component: AppLayout,
    ErrorBoundary: RouteError,
    HydrateFallback: () => <Loading />,
    children: [
      { path: 'sign-in', lazy: async () => ({ Component: (await import('@web/pages/SignInPage')).SignInPage }) },
      { path: 'set-password', lazy: async () => ({ Component: (await import('@web/pages/SetPasswordPage')).SetPasswordPage }) },
      {
        Component: RequireAuth,
        children: [
          { index: true, element: <Navigate to="/submissions" replace /> },
          { path: 'upload', lazy: async () => ({ Component: (await import('@web/pages/UploadPage')).UploadPage }) },
          {
            path: 'submissions',
            lazy: async () => ({ Component: (await import('@web/pages/SubmissionsPage')).SubmissionsPage }),
          },
          {
            path: 'submissions/:id',
            handle: { wide: true } satisfies RouteHandle,
            lazy: async () => ({ Component: (await import('@web/pages/ReviewPage')).ReviewPage }),
          },
        ],
      },
      { path: '*', lazy: async () => ({ Component: (await import('@web/pages/NotFoundPage')).NotFoundPage }) },
    ],
  },
]);

import { lazy } from 'react';

/** Charts live in their own chunk: only pages that draw one download recharts. */
export const StackedShareChart = lazy(() => import('./StackedShareChart'));
export const RankedBarChart = lazy(() => import('./RankedBarChart'));
export const PairedBarChart = lazy(() => import('./PairedBarChart'));

import { useMemo } from 'react';
import type { CodeVersionValue } from '@app/contracts';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '@web/lib/query-keys';
import { fetchCodeVersions, fetchCrosswalk, fetchProvisions } from '../api/analytics-api';

/** Reference data changes only with a new catalog release. */
const REFERENCE_STALE_MS = 60 * 60_000;

export function useProvisionCatalog(version: CodeVersionValue = '2024') {
  return useQuery({
    queryKey: queryKeys.codes.provisions(version),
    queryFn: ({ signal }) => fetchProvisions(version, signal),
    staleTime: REFERENCE_STALE_MS,
  });
}

export function useCrosswalk() {
  return useQuery({
    queryKey: queryKeys.codes.crosswalk,
    queryFn: ({ signal }) => fetchCrosswalk(signal),
    staleTime: REFERENCE_STALE_MS,
  });
}

/** Section titles of a Code version, by section number. */
export function useSectionTitles(version: CodeVersionValue = '2024'): Record<number, string> {
  const versions = useQuery({
    queryKey: queryKeys.codes.versions,
    queryFn: ({ signal }) => fetchCodeVersions(signal),
    staleTime: REFERENCE_STALE_MS,
  });
  // One object per response, so memoised tables keyed on it (the heat map) do not redraw on every render.
  return useMemo(() => {
    const sections = versions.data?.find((item) => item.version === version)?.sections ?? [];
    return Object.fromEntries(sections.map((section) => [section.number, section.title]));
  }, [versions.data, version]);
}

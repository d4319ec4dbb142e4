import type { FilterSelect } from '@web/components/FilterSelects';
import { useLandlords } from '@web/features/landlords/hooks/useLandlords';
import { LANDLORD_TYPE_OPTIONS, SIZE_BAND_OPTIONS, regionOptions } from '../utils/filter-options';
import type { PeerGroupDraft } from '../utils/peer-group-draft';

/** Landlord type, region and size: the selects of the peer group every analytics view filters by. */
export function usePeerGroupSelects(): FilterSelect<keyof PeerGroupDraft>[] {
  const landlords = useLandlords();
  return [
    {
      name: 'landlordType',
      id: 'type',
      label: 'Landlord type',
      options: LANDLORD_TYPE_OPTIONS,
      anyText: 'All types',
    },
    { name: 'region', label: 'Region', options: regionOptions(landlords.data), anyText: 'All regions' },
    { name: 'sizeBand', id: 'size', label: 'Size', options: SIZE_BAND_OPTIONS, anyText: 'All sizes' },
  ];
}

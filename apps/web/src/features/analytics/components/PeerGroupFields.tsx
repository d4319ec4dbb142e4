import { SelectField } from '@web/components/SelectField';
import { useLandlords } from '@web/features/landlords/hooks/useLandlords';
import { LANDLORD_TYPE_OPTIONS, SIZE_BAND_OPTIONS, regionOptions } from '../utils/filter-options';
import type { PeerGroupDraft } from '../utils/peer-group-draft';

interface Props {
  /** Ids are `<idPrefix>-type`, `-region` and `-size`. */
  idPrefix: string;
  /** The value and change handler of each select, as useFilterDraft's `field` gives them. */
  field: (name: keyof PeerGroupDraft) => { value: string; onChange: (value: string) => void };
}

/** Landlord type, region and size: the peer group every analytics view filters by. */
export function PeerGroupFields({ idPrefix, field }: Props) {
  const landlords = useLandlords();
  const fields = [
    {
      name: 'landlordType',
      id: 'type',
      label: 'Landlord type',
      options: LANDLORD_TYPE_OPTIONS,
      all: 'types',
    },
    { name: 'region', id: 'region', label: 'Region', options: regionOptions(landlords.data), all: 'regions' },
    { name: 'sizeBand', id: 'size', label: 'Size', options: SIZE_BAND_OPTIONS, all: 'sizes' },
  ] as const;
  return fields.map((spec) => (
    <SelectField
      key={spec.name}
      id={`${idPrefix}-${spec.id}`}
      label={spec.label}
      options={spec.options}
      anyText={`All ${spec.all}`}
      {...field(spec.name)}
    />
  ));
}

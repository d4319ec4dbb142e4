import { SelectField } from '@web/components/SelectField';
import { useLandlords } from '@web/features/landlords/hooks/useLandlords';
import { LANDLORD_TYPE_OPTIONS, SIZE_BAND_OPTIONS, regionOptions } from '../utils/filter-options';
import type { PeerGroupDraft } from '../utils/peer-group-draft';

interface Props {
  /** Ids are `<idPrefix>-type`, `-region` and `-size`. */
  idPrefix: string;
  draft: PeerGroupDraft;
  set: (name: keyof PeerGroupDraft) => (value: string) => void;
}

/** Landlord type, region and size: the peer group every analytics view filters by. */
export function PeerGroupFields({ idPrefix, draft, set }: Props) {
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
  return fields.map((field) => (
    <SelectField
      key={field.name}
      id={`${idPrefix}-${field.id}`}
      label={field.label}
      value={draft[field.name]}
      options={field.options}
      anyText={`All ${field.all}`}
      onChange={set(field.name)}
    />
  ));
}

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
  return (
    <>
      <SelectField
        id={`${idPrefix}-type`}
        label="Landlord type"
        value={draft.landlordType}
        options={LANDLORD_TYPE_OPTIONS}
        anyText="All types"
        onChange={set('landlordType')}
      />
      <SelectField
        id={`${idPrefix}-region`}
        label="Region"
        value={draft.region}
        options={regionOptions(landlords.data)}
        anyText="All regions"
        onChange={set('region')}
      />
      <SelectField
        id={`${idPrefix}-size`}
        label="Size"
        value={draft.sizeBand}
        options={SIZE_BAND_OPTIONS}
        anyText="All sizes"
        onChange={set('sizeBand')}
      />
    </>
  );
}

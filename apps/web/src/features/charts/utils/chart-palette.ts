/**
 * Government Statistical Service categorical colours: distinguishable with common colour-vision deficiencies
 * and at least 3:1 against white. Charts also label every series in a legend and a table, so colour never
 * carries meaning alone.
 */
export const CHART_COLOURS = {
  yes: '#12436D',
  partial: '#28A197',
  no: '#801650',
  peer: '#F46A25',
  neutral: '#3D3D3D',
} as const;

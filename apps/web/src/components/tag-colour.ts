/** The GOV.UK tag colours; undefined is the default (dark blue). */
export type TagColour =
  'grey' | 'green' | 'turquoise' | 'blue' | 'light-blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';

export interface TagSpec {
  text: string;
  colour?: TagColour;
}

/**
 * What a header cell's words say about its column. 'tick' is one of several answer columns headed "Yes",
 * "No", "N/A"; 'combined' holds evidence and commentary together; 'extra' is a column landlords add that the
 * normalised submission has no place for (RAG, owner, target date, obligation); 'blank' is an empty header.
 */
export type HeaderRole =
  'number' | 'requirement' | 'status' | 'tick' | 'evidence' | 'commentary' | 'combined' | 'extra' | 'blank';

// Matched against the header text with spaces, colons and dashes removed: PDF extraction splits words ("Code sectio n").
const TICK_WORDS = /^(?:yes|y|no|n|partial(?:ly)?|n\/a|na|notapplicable)\??$/;
const EVIDENCE_WORDS =
  /evidence|howwe(?:comply|meet|achieve|dothis)|how(?:do|does)(?:we|the)(?:landlord)?(?:comply|meet)|whatwedo|supportinginformation/;
// "Actions to achieve compliance" is about actions, not the answer.
const ACTION_WORDS =
  /^(?:(?:further|improvement|required|planned|next)?actions?|actionplan|nextsteps|improvements?(?:plan|actions?)?|gaps?(?:andactions?)?)(?![a-z]*(?:status|rating))/;
const STATUS_WORDS =
  /compl(?:y|ies|iant|iance)|yes\/no|^y\/n|\(y\/n\)|status|met\?|^met$|^met\/|^rating|selfassess|^assessment$|^(?:our|current)?position$|^achieved\??$|^answer$/;
const COMMENTARY_WORDS =
  /comment|explanation|^notes?$|narrative|remarks|^actions?|furtheraction|actionrequired/;
const REQUIREMENT_WORDS =
  /requirement|thecodesays|codetext|codewording|provision(?:text|wording)|description|^standard|^expectation/;
const NUMBER_WORDS =
  /^(?:code)?(?:provision|section|clause|para(?:graph)?|ref(?:erence)?|no\.?|number|item|#)(?:no\.?|number|ref)?$/;
const EXTRA_WORDS =
  /^(?:rag(?:rating|status)?|owner|lead(?:officer)?|responsible(?:officer|person)?|responsibility|(?:target|due|completion|review|revised)?dates?|target|deadline|timescales?|priority|risk|page(?:ref)?|links?|obligation|must\/should|mustorshould|type|lastreviewed|updated)$/;

/** The role a header cell names, or null when its words say nothing the parser knows. */
export function headerRole(text: string): HeaderRole | null {
  if (text.length > 200) return null;
  const spaced = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!spaced) return 'blank';
  if (spaced.length > 80) return null;
  const t = spaced.replace(/[\s:\-–—]+/g, '');
  if (TICK_WORDS.test(t)) return 'tick';
  if (EXTRA_WORDS.test(t)) return 'extra';
  const evidence = EVIDENCE_WORDS.test(t);
  const commentary = COMMENTARY_WORDS.test(t) || ACTION_WORDS.test(t);
  if (evidence && commentary) return 'combined';
  if (evidence) return 'evidence';
  if (ACTION_WORDS.test(t)) return 'commentary';
  if (STATUS_WORDS.test(t)) return 'status';
  if (commentary) return 'commentary';
  if (REQUIREMENT_WORDS.test(t)) return 'requirement';
  if (NUMBER_WORDS.test(t) || /^(?:code)?provision/.test(t)) return 'number';
  return null;
}

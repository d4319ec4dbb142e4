/** Text as markup: the three characters HTML and XML text must escape. */
export const escapeMarkup = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Text as XML or HTML safe inside a double-quoted attribute too. */
export const escapeXml = (text: string): string => escapeMarkup(text).replace(/"/g, '&quot;');

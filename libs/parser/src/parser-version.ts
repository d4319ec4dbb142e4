/** Bump when a change to the parser can change its output for the same bytes; stored with every submission. */
export const PARSER_VERSION = '1.3.0';

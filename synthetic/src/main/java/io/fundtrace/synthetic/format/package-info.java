/**
 * Valid identifiers for synthetic rows: GB 11643 person IDs, GB 32100 credit codes and 文号
 * document numbers, with their check digits. The ingest validates these in SQL; these classes only make them.
 */
package io.fundtrace.synthetic.format;

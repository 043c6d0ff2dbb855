// Bad-input corpus, workbook structure: empty and odd workbooks, headers, formulas, filters, sheets
// named like ours, user data right of the table, several tables, re-runs.
import { describeCorpus } from './support/run-case';

describeCorpus('workbook', ['workbook']);

// Bad-input corpus, files and usage: things that are not workbooks (text, truncated, ZIP, Word,
// legacy .xls, encrypted .xlsx), missing files and folders, and command-line mistakes.
import { describeCorpus } from './support/run-case';

describeCorpus('files', ['file', 'usage']);

// Bad-input corpus, text: formula look-alikes, 32,767-character cells, Uyghur script with bidi marks,
// zero-width and look-alike letters, emoji, control characters, full-width letters; and CSV files in
// every encoding and layout Excel users send.
import { describeCorpus } from './support/run-case';

describeCorpus('text', ['text', 'csv']);

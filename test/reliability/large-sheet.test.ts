// Large sheets: the largest sheet the suite can afford, every cell checked, and the one-line message
// past the memory limit (the limit is mocked low so that the case stays small).
import { describeCorpus } from './support/run-case';

describeCorpus('large', ['large']);

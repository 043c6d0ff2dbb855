// Yes/no answers and free-text statements: labour-transfer participation, operations in the Region,
// recorded UFLPA detentions, and the denials that are not evidence of a link.
import { excerpt, type RowCell } from '../cells';
import type { Finding } from '../types';
import { deniedBefore } from './denial';

export type Answer = 'yes' | 'no' | 'unknown';

const YES = /^(y|yes|yes\b.*|true|1|x|✓|✔|☑|是|是的|有|参与|已参与|参加|已参加|participat(ed|es|ing)|confirmed|si|sí|oui|ja)$/;
const NO = /^(n|no|no\b.*|false|0|✗|✘|☐|否|无|没有|未参与|未参加|不涉及|none|never|not applicable|n\/a|na|nein|non)$/;

export function readAnswer(norm: string): Answer {
  const t = norm.replace(/[.!。！]+$/, '').trim();
  if (YES.test(t)) return 'yes';
  if (NO.test(t)) return 'no';
  return 'unknown';
}

const TRANSFER_LATIN =
  /(labou?r|worker|workforce)s?\s*(transfer|transferred|placement|program|programme|scheme)|transferr?ed\s*(workers|labou?r|from)|workers?\s*(were\s*)?transferr?ed|surplus\s*labou?r|poverty[-\s]*alleviation|pairing\s*(assistance|aid|program)|mutual\s*pairing|xinjiang\s*aid|aid[-\s]*xinjiang|vocational\s*(skills\s*)?(education\s*)?training\s*cent|state[-\s]*(sponsored|organi[sz]ed)\s*(labou?r|workers|transfer)|government[-\s]*(organi[sz]ed|arranged)\s*(labou?r|workers|transfer)/;
const TRANSFER_ZH = /(劳动力转移|转移就业|转移劳动力|富余劳动力|劳务输出|输出劳务|组织化转移|对口援疆|援疆|结对帮扶|扶贫车间|职业技能教育培训|新疆籍.{0,6}(工人|员工|务工|就业|人员)|转移.{0,4}(工人|人员|劳动力))/;
/** Labour-transfer wording in a free-text cell (not a denial of it), or null. */
export function transferMention(cell: RowCell): string | null {
  for (const re of [TRANSFER_LATIN, TRANSFER_ZH]) {
    const m = re.exec(cell.norm);
    if (m && !deniedBefore(cell.norm, m.index)) return m[0];
  }
  return null;
}

function base(cell: RowCell): Pick<Finding, 'column' | 'cell' | 'matched' | 'risk'> {
  return { column: cell.header, cell: cell.address, matched: excerpt(cell.raw), risk: false };
}

export function labourTransferFindings(cells: RowCell[]): Finding[] {
  const out: Finding[] = [];
  for (const cell of cells) {
    if (cell.role === 'labourTransfer') {
      const answer = readAnswer(cell.norm);
      if (answer === 'yes') {
        out.push({ ...base(cell), category: 'A.3', confidence: 'high', matcher: 'labourTransfer', detail: 'labour-transfer participation answered yes', key: 'A.3|labourTransfer|answer' });
        continue;
      }
      if (answer === 'no') continue;
    }
    const mention = transferMention(cell);
    if (mention) {
      out.push({
        ...base(cell),
        category: 'A.3',
        confidence: 'medium',
        matcher: 'labourTransfer',
        detail: `mentions "${mention}" (state-sponsored labour transfer wording; analyst to confirm)`,
        key: 'A.3|labourTransfer|mention',
      });
    }
  }
  return out;
}

export function operationsFinding(cell: RowCell): Finding | null {
  if (readAnswer(cell.norm) !== 'yes') return null;
  return { ...base(cell), category: 'A.2', confidence: 'high', matcher: 'operations', detail: 'operations in the Uyghur Region answered yes', key: 'A.2|operations|answer' };
}

const DETENTION = /detain|detention|exclu(ded|sion)|denied\s*entry|denial\s*of\s*entry|entry\s*denied|withh(e|o)ld|\bwro\b|seiz(ed|ure)|refused\s*entry|扣留|扣押|暂扣|拒绝入境|禁止入境/;

/** A recorded UFLPA detention, exclusion or denial of entry: medium A.4 on its own, and C.2 applies. */
export function detentionFinding(cell: RowCell): Finding | null {
  const m = DETENTION.exec(cell.norm);
  if (!m || deniedBefore(cell.norm, m.index)) return null;
  return { ...base(cell), category: 'A.4', confidence: 'medium', matcher: 'cbp', detail: 'a UFLPA detention, exclusion or denial of entry is recorded', key: 'A.4|cbp|detention' };
}

// The form's check of a worker report, field by field, before it is sent: each problem names its field
// and says what is wrong in words the form shows beside it (message keys; the values fill them in). The
// background checks the same limits again with ReportInput (a message is never trusted), so this is for
// saying clearly what to fix; nothing is sent, or stored, until it passes.
import { isKindId } from '../../policy/kinds';
import { HOW_KNOWN, ReportDate, REPORT_LIMITS, type ReportInput } from './worker-report';

export interface ReportFields {
  kind: string;
  where: string;
  when: string;
  how: string;
  note: string;
}

export interface ReportProblem {
  field: keyof ReportFields;
  /** Message key (public/_locales/en/messages.json) and its substitutions. */
  key: string;
  values: string[];
}

/** The problems with what the form holds (none: `input` is what to send). `today` is YYYY-MM-DD, local. */
export function checkReport(
  fields: ReportFields,
  today: string,
): { problems: ReportProblem[]; input: ReportInput | null } {
  const problems: ReportProblem[] = [];
  const where = fields.where.trim();
  const note = fields.note.trim();
  if (!isKindId(fields.kind)) problems.push({ field: 'kind', key: 'reportNeedsKind', values: [] });
  if (!where) problems.push({ field: 'where', key: 'reportNeedsWhere', values: [] });
  else if (where.length > REPORT_LIMITS.where)
    problems.push({
      field: 'where',
      key: 'reportWhereTooLong',
      values: [String(REPORT_LIMITS.where), String(where.length)],
    });
  if (!fields.when.trim()) problems.push({ field: 'when', key: 'reportNeedsWhen', values: [] });
  else if (!ReportDate.safeParse(fields.when.trim()).success)
    problems.push({ field: 'when', key: 'reportWhenNotDate', values: [fields.when.trim()] });
  else if (fields.when.trim() > today)
    problems.push({ field: 'when', key: 'reportWhenFuture', values: [fields.when.trim(), today] });
  if (!(HOW_KNOWN as readonly string[]).includes(fields.how))
    problems.push({ field: 'how', key: 'reportNeedsHow', values: [] });
  if (note.length > REPORT_LIMITS.note)
    problems.push({
      field: 'note',
      key: 'reportNoteTooLong',
      values: [String(REPORT_LIMITS.note), String(note.length)],
    });
  if (problems.length > 0) return { problems, input: null };
  const input: ReportInput = {
    kind: fields.kind as ReportInput['kind'],
    where,
    when: fields.when.trim(),
    how: fields.how as ReportInput['how'],
  };
  if (note) input.note = note;
  return { problems, input };
}

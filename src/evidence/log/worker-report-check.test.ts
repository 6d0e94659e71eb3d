import { describe, expect, it } from 'vitest';
import { checkReport, type ReportFields } from './worker-report-check';
import { ReportInput } from './worker-report';

const good: ReportFields = {
  kind: 'biometrics',
  where: '  Depot  ',
  when: '2026-12-01',
  how: 'told',
  note: '',
};
const TODAY = '2026-12-06';

describe('checking a worker report before it is sent', () => {
  it('gives what to send, trimmed, without an empty note, and the background schema accepts it', () => {
    const { problems, input } = checkReport(good, TODAY);
    expect(problems).toEqual([]);
    expect(input).toEqual({ kind: 'biometrics', where: 'Depot', when: '2026-12-01', how: 'told' });
    expect(ReportInput.safeParse(input).success).toBe(true);
  });

  it('keeps a note within 500 characters', () => {
    expect(checkReport({ ...good, note: 'n'.repeat(500) }, TODAY).input?.note).toHaveLength(500);
  });

  it('names every field that is wrong, each with its own reason', () => {
    const { problems, input } = checkReport(
      { kind: 'nothing', where: ' ', when: '2026-02-30', how: '', note: 'n'.repeat(501) },
      TODAY,
    );
    expect(input).toBeNull();
    expect(problems).toEqual([
      { field: 'kind', key: 'reportNeedsKind', values: [] },
      { field: 'where', key: 'reportNeedsWhere', values: [] },
      { field: 'when', key: 'reportWhenNotDate', values: ['2026-02-30'] },
      { field: 'how', key: 'reportNeedsHow', values: [] },
      { field: 'note', key: 'reportNoteTooLong', values: ['500', '501'] },
    ]);
  });

  it('refuses a date after today and a place longer than 200 characters', () => {
    const { problems } = checkReport({ ...good, when: '2026-12-07', where: 'w'.repeat(201) }, TODAY);
    expect(problems).toEqual([
      { field: 'where', key: 'reportWhereTooLong', values: ['200', '201'] },
      { field: 'when', key: 'reportWhenFuture', values: ['2026-12-07', TODAY] },
    ]);
  });

  it('asks for a date when there is none', () => {
    expect(checkReport({ ...good, when: '' }, TODAY).problems).toEqual([
      { field: 'when', key: 'reportNeedsWhen', values: [] },
    ]);
  });
});

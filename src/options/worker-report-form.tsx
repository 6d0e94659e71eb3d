// The worker's own report of monitoring a browser cannot see (evidence/log/worker-report.ts): a small
// form, checked field by field on the page (worker-report-check.ts), then sent to the background, which
// checks it again and seals it into the log. What was typed stays in the form until it is recorded, so a
// mistake costs nothing; the reports recorded so far are listed under it.
import { useEffect, useState } from 'preact/hooks';
import { localDay } from '../core/local-day';
import { checkReport, type ReportFields, type ReportProblem } from '../evidence/log/worker-report-check';
import { HOW_KNOWN, REPORT_LIMITS } from '../evidence/log/worker-report';
import type { SealedReport } from '../evidence/seal/log-record';
import { KIND_IDS, kindNameKey } from '../policy/kinds';
import { sendMessage } from '../shared/browser-messaging';
import { readWorkerReports } from '../shared/evidence-log-read';
import { t } from '../shared/i18n';
import { failureText } from './failure-text';
import { announceLogChanged, onLogChanged } from './log-changed';

const EMPTY: ReportFields = { kind: '', where: '', when: '', how: '', note: '' };

export function WorkerReportForm() {
  const [fields, setFields] = useState<ReportFields>(EMPTY);
  const [problems, setProblems] = useState<ReportProblem[]>([]);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const [reports, setReports] = useState<SealedReport[]>([]);
  const load = () => void readWorkerReports().then(setReports);
  useEffect(() => {
    load();
    return onLogChanged(load);
  }, []);

  const set = (field: keyof ReportFields) => (event: Event) =>
    setFields({ ...fields, [field]: (event.target as HTMLInputElement).value });
  const problemOf = (field: keyof ReportFields) => problems.find((p) => p.field === field);
  const shown = (field: keyof ReportFields) => {
    const problem = problemOf(field);
    return problem ? (
      <span class="error" id={`report-${field}-error`} data-testid={`report-${field}-error`}>
        {t(problem.key, ...problem.values)}
      </span>
    ) : null;
  };
  const described = (field: keyof ReportFields) =>
    problemOf(field) ? { 'aria-invalid': true, 'aria-describedby': `report-${field}-error` } : {};

  const record = async (event: Event) => {
    event.preventDefault();
    const checked = checkReport(fields, localDay(Date.now()));
    setProblems(checked.problems);
    if (!checked.input) {
      setStatus({ error: true, text: t('reportFixFirst') });
      return;
    }
    try {
      const { seq } = await sendMessage('record-worker-report', checked.input);
      setFields(EMPTY);
      setStatus({ error: false, text: t('reportRecorded', String(seq)) });
      announceLogChanged();
      load();
    } catch (error) {
      setStatus({ error: true, text: t('reportNotRecorded', failureText(error)) });
    }
  };

  return (
    <section id="worker-report" aria-labelledby="report-h" data-testid="worker-report">
      <h2 id="report-h">{t('reportTitle')}</h2>
      <p>{t('reportIntro')}</p>
      <form class="worker-report" onSubmit={(e) => void record(e)} noValidate>
        <label>
          {t('reportKind')}
          <select data-testid="report-kind" value={fields.kind} onChange={set('kind')} {...described('kind')}>
            <option value="">{t('reportKindChoose')}</option>
            {KIND_IDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(kindNameKey(kind))}
              </option>
            ))}
          </select>
          {shown('kind')}
        </label>
        <label>
          {t('reportWhere')}
          <input data-testid="report-where" value={fields.where} onInput={set('where')} {...described('where')} />
          {shown('where')}
        </label>
        <label>
          {t('reportWhen')}
          <input
            type="date"
            data-testid="report-when"
            value={fields.when}
            onInput={set('when')}
            {...described('when')}
          />
          {shown('when')}
        </label>
        <fieldset {...described('how')}>
          <legend>{t('reportHow')}</legend>
          {HOW_KNOWN.map((how) => (
            <label key={how}>
              <input
                type="radio"
                name="report-how"
                value={how}
                data-testid={`report-how-${how}`}
                checked={fields.how === how}
                onChange={set('how')}
              />{' '}
              {t(`reportHow_${how}`)}
            </label>
          ))}
          {shown('how')}
        </fieldset>
        <label>
          {t('reportNote')}
          <textarea
            rows={3}
            data-testid="report-note"
            maxLength={REPORT_LIMITS.note * 2}
            value={fields.note}
            onInput={set('note')}
            {...described('note')}
          />
          {shown('note')}
        </label>
        <button type="submit" data-testid="report-save">
          {t('reportSave')}
        </button>
        {status && (
          <p class={status.error ? 'error' : 'ok'} role={status.error ? 'alert' : 'status'} data-testid="report-status">
            {status.text}
          </p>
        )}
      </form>
      <h3>{t('reportListTitle')}</h3>
      {reports.length === 0 ? (
        <p data-testid="report-list-empty">{t('reportListEmpty')}</p>
      ) : (
        <ul data-testid="report-list">
          {reports.map((r) => (
            <li key={r.seq}>
              {t(
                'reportListRow',
                t(kindNameKey(r.report.kind)),
                r.report.where,
                r.report.when,
                t(`reportHow_${r.report.how}`),
              )}
              {r.note && <blockquote>{r.note.text}</blockquote>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

// Numbered questions for management, each computed from what the report found and each with the law or
// guidance it rests on: UK GDPR Article 5(1)(a) (processed lawfully, fairly and transparently), Article 13
// (what people must be told when their data is collected), Article 15 (the right of access), Article 35
// (a data protection impact assessment where monitoring is likely to be high risk), and the ICO's
// "Monitoring workers" guidance (2023). A question is asked only when the data gives a reason to ask it.
import { englishText } from '../../core/english-text';
import type { ReportModel } from './report-model';
import { joinAnd } from './report-words';

export interface Question {
  text: string;
  reference: string;
}

const ICO = 'ICO, "Monitoring workers" (2023)';

export function questionsFor(model: ReportModel): Question[] {
  const questions: Question[] = [];
  const observed = model.products.filter((p) => !p.pageOnly);
  for (const c of model.contradictions ?? []) {
    if (c.products.length === 0) continue;
    questions.push({
      text: `How is the use of ${joinAnd(c.products)} consistent with the policy's statement "${c.quote}"?`,
      reference: `UK GDPR Article 5(1)(a); ${ICO}`,
    });
  }
  const identity = model.identity ?? [];
  if (identity.length > 0) {
    const names = identity.map((i) => i.product);
    questions.push({
      text: `Why is the worker's identity sent to ${joinAnd(names)}, what ${names.length === 1 ? 'does that vendor' : 'do those vendors'} do with it, and under what agreement?`,
      reference: 'UK GDPR Articles 5(1)(a) and 13',
    });
  }
  const undeclared = observed.filter((p) => p.status === 'undeclared').map((p) => p.product);
  if (undeclared.length > 0) {
    questions.push({
      text: `Why ${undeclared.length === 1 ? 'is' : 'are'} ${joinAnd(undeclared)} not in the monitoring policy, and when will workers be told what ${undeclared.length === 1 ? 'it collects' : 'they collect'}, why and for how long?`,
      reference: `UK GDPR Article 13; ${ICO}`,
    });
  }
  if (!model.declaration && observed.length > 0) {
    questions.push({
      text: 'Where is the monitoring policy that tells workers about these tools?',
      reference: `UK GDPR Article 13; ${ICO}`,
    });
  }
  const gaps = model.transparencyGaps ?? [];
  if (gaps.length > 0) {
    questions.push({
      text: `The policy does not say ${joinAnd(gaps.map((point) => englishText(`ico_${point}`)))}. When will it?`,
      reference: `UK GDPR Article 13; ${ICO}`,
    });
  }
  const recorders = observed.filter(
    (p) =>
      p.capabilities.includes('typed_text') ||
      p.capabilities.includes('screen_capture') ||
      p.category === 'session_recording' ||
      p.category === 'employee_monitoring',
  );
  if (recorders.length > 0) {
    questions.push({
      text: `Was a data protection impact assessment carried out for ${joinAnd(recorders.map((p) => p.product))}, and were workers or their union consulted? Please share it.`,
      reference: `UK GDPR Article 35; ${ICO}`,
    });
  }
  if (observed.length > 0) {
    questions.push({
      text: 'How can a worker get a copy of the data these tools hold about them?',
      reference: 'UK GDPR Article 15',
    });
  }
  return questions;
}

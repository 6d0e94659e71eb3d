import { describe, expect, it } from 'vitest';
import { questionsFor } from './report-questions';
import { reportModel, reportProduct } from './test-report-model';

describe('questions for management', () => {
  it('asks only what the data gives a reason to ask, each with its legal reference', () => {
    const model = reportModel({
      products: [
        reportProduct({
          product: 'Fullstory',
          category: 'session_recording',
          capabilities: ['typed_text'],
          status: 'undeclared',
        }),
        reportProduct({ product: 'Pendo', category: 'digital_adoption', capabilities: ['clicks'], status: 'product' }),
        reportProduct({ product: 'Planted', category: 'session_recording', status: 'undeclared', pageOnly: true }),
      ],
      contradictions: [
        {
          quote: 'We do not use keystroke logging.',
          by: 'capability',
          subject: 'what you type',
          products: ['Fullstory'],
          pageOnlyProducts: [],
        },
      ],
      identity: [{ product: 'Fullstory', forms: ['email:sha256'], members: 2 }],
      transparencyGaps: ['retention', 'rights'],
    });
    const questions = questionsFor(model);
    expect(questions).toEqual([
      {
        text: 'How is the use of Fullstory consistent with the policy\'s statement "We do not use keystroke logging."?',
        reference: 'UK GDPR Article 5(1)(a); ICO, "Monitoring workers" (2023)',
      },
      {
        text: "Why is the worker's identity sent to Fullstory, what does that vendor do with it, and under what agreement?",
        reference: 'UK GDPR Articles 5(1)(a) and 13',
      },
      {
        text: 'Why is Fullstory not in the monitoring policy, and when will workers be told what it collects, why and for how long?',
        reference: 'UK GDPR Article 13; ICO, "Monitoring workers" (2023)',
      },
      {
        text: 'The policy does not say how long it is kept and how to see and challenge it. When will it?',
        reference: 'UK GDPR Article 13; ICO, "Monitoring workers" (2023)',
      },
      {
        text: 'Was a data protection impact assessment carried out for Fullstory, and were workers or their union consulted? Please share it.',
        reference: 'UK GDPR Article 35; ICO, "Monitoring workers" (2023)',
      },
      { text: 'How can a worker get a copy of the data these tools hold about them?', reference: 'UK GDPR Article 15' },
    ]);
    // A page-only product is never the subject of a question.
    expect(JSON.stringify(questions)).not.toContain('Planted');
  });

  it('with nothing seen, nothing to ask', () => {
    expect(questionsFor(reportModel({ products: [], contradictions: [], identity: [], transparencyGaps: [] }))).toEqual(
      [],
    );
  });
});

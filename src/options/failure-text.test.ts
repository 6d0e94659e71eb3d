import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { failureText } from './failure-text';

describe('failureText', () => {
  it('names the field a validator refused', () => {
    const result = z.object({ declaration: z.string().max(600) }).safeParse({ declaration: 'x'.repeat(634) });
    expect(failureText(result.error)).toMatch(/^declaration: Too big/);
  });

  it("keeps the browser's error name and message, and never returns a blank", () => {
    expect(failureText(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(
      'QuotaExceededError: The quota has been exceeded.',
    );
    expect(failureText(new Error(''))).toBe('unknown error');
    expect(failureText('x'.repeat(1000))).toHaveLength(300);
  });
});

import { describe, expect, it } from 'vitest';
import { Deadline, DeadlineExceeded } from '../adapters/pdf/pdf-limits';

describe("OCR's own time on the document's deadline", () => {
  it('moves the deadline later, and it still fires', async () => {
    let fired = 0;
    const deadline = new Deadline(30, () => fired++);
    deadline.extend(120);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(deadline.expired).toBe(false);
    expect(fired).toBe(0);
    await expect(deadline.race(new Promise(() => undefined))).rejects.toBeInstanceOf(DeadlineExceeded);
    expect(fired).toBe(1);
    deadline.clear();
  });
});
